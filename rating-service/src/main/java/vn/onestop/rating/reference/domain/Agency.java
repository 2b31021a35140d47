package vn.onestop.rating.reference.domain;

/** An agency, located in an administrative unit at a level. */
public record Agency(String code, String name, String nameEn, String type, String level, String unit,
                     String parent, boolean receivesDossiers) {
}
