package vn.onestop.intake.catalog.domain;

/** In a bundle, the {@code from} member provides {@code to}'s component {@code component}. */
public record ChainEdge(String from, String to, String component, ChainEdgeType type) {
}
