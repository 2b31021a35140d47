package vn.onestop.intake.catalog.domain;

/**
 * Who decides a procedure, as the catalog states it: an agency type at an administrative level,
 * both codes of the administration data, of the place named by {@code by} (the applicant's, the land
 * parcel's, the deceased's last residence). {@link CompetentAgencyResolver} turns it into an agency.
 */
public record CompetentAgency(String type, String level, PlaceBasis by) {

    public CompetentAgency {
        by = by == null ? PlaceBasis.APPLICANT : by;
    }

    public CompetentAgency(String type, String level) {
        this(type, level, PlaceBasis.APPLICANT);
    }
}
