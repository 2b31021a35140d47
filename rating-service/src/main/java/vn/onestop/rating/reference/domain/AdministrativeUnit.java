package vn.onestop.rating.reference.domain;

/** An administrative unit (province, commune or ward); {@code parent} null for the province. */
public record AdministrativeUnit(String code, String name, String nameEn, String level, String parent) {
}
