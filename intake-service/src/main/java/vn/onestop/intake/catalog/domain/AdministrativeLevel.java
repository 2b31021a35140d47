package vn.onestop.intake.catalog.domain;

/**
 * A tier of local government (PROVINCE, COMMUNE since 1 Jul 2025). Levels are data: their order in
 * the administration file, top first, is the hierarchy, so a three-tier province is a data change.
 */
public record AdministrativeLevel(String code, String name, String nameEn, int rank) {
}
