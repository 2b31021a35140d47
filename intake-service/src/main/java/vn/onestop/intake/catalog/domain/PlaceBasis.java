package vn.onestop.intake.catalog.domain;

/**
 * Whose place names the competent agency of a procedure. Most procedures are decided where the
 * applicant lives or has its seat; some where the thing they are about is: land and construction
 * where the parcel lies (Land Law 2024, Construction Law), a death where the deceased last resided
 * (Law on Civil Status 2014 Art. 32; Law on Residence 2020 Art. 24). For those the submission names
 * that place ({@code subjectUnit}); the applicant's residence does not decide.
 */
public enum PlaceBasis {
    APPLICANT("the applicant's residence or seat"),
    PARCEL("the administrative unit where the land parcel lies"),
    DECEASED_LAST_RESIDENCE("the administrative unit of the deceased's last residence");

    private final String description;

    PlaceBasis(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
