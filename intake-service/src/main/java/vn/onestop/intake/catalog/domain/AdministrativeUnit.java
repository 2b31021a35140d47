package vn.onestop.intake.catalog.domain;

/** A province, commune or ward; {@code parent} is null only at the top level. */
public record AdministrativeUnit(String code, String name, String nameEn, String level, String parent) {
}
