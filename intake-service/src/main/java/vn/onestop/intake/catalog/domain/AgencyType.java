package vn.onestop.intake.catalog.domain;

/** A kind of agency (PEOPLES_COMMITTEE, POLICE, SERVICE_CENTRE...); data, not an enum. */
public record AgencyType(String code, String name, String nameEn) {
}
