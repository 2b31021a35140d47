package vn.onestop.rating.projection.service;

/**
 * The tables one projection writes: the live ones, or the shadow copies a rebuild fills before it
 * copies them over the live ones. Names are constants, never input.
 */
public record ProjectionTables(String facts, String events) {

    public static final ProjectionTables LIVE = new ProjectionTables("dossier_fact", "projection_event");
    public static final ProjectionTables SHADOW = new ProjectionTables("rebuild_dossier_fact", "rebuild_projection_event");
}
