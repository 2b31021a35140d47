package vn.onestop.intake.catalog.domain;

/**
 * Who decides a procedure, as the catalog states it: an agency type at an administrative level,
 * both codes of the administration data. {@link CompetentAgencyResolver} turns it into an agency.
 */
public record CompetentAgency(String type, String level) {
}
