package vn.onestop.intake.catalog.domain;

import vn.onestop.intake.catalog.domain.UnresolvedAgencyException.Reason;

/**
 * Names the agency that decides a dossier. The procedure says which type of agency at which level,
 * and whose place: for most the applicant's unit when known, else the receiving agency's unit; for
 * land and construction the parcel's unit, for a death the deceased's last residence
 * ({@link PlaceBasis}; the submission's {@code subjectUnit}, required then). A commune-level
 * procedure goes to that commune's agency, a province-level one to the province's. Any service
 * centre of the province may receive any dossier (boundary-free intake), so the receiving agency
 * only needs to be a receiving agency of the same province as the place.
 */
public final class CompetentAgencyResolver {

    private final Administration administration;

    public CompetentAgencyResolver(Administration administration) {
        this.administration = administration;
    }

    /** The competent agency in the receiving agency's own unit (or above it, for a higher-level procedure). */
    public Agency resolve(Procedure procedure, String receivingAgencyCode) {
        return resolve(procedure, receivingAgencyCode, null);
    }

    /**
     * @param applicantUnitCode the applicant's administrative unit (e.g. the commune of residence),
     *                          or null to use the receiving agency's unit
     * @throws UnresolvedAgencyException naming the reason and the input that was wrong
     */
    public Agency resolve(Procedure procedure, String receivingAgencyCode, String applicantUnitCode) {
        return resolve(procedure, receivingAgencyCode, applicantUnitCode, null);
    }

    /**
     * @param subjectUnitCode the unit of what the dossier is about (the land parcel, the deceased's last
     *                        residence), required when the procedure's {@link PlaceBasis} is not APPLICANT
     */
    public Agency resolve(Procedure procedure, String receivingAgencyCode, String applicantUnitCode,
                          String subjectUnitCode) {
        PlaceBasis basis = procedure.competentAgency().by();
        if (basis != PlaceBasis.APPLICANT) {
            if (subjectUnitCode == null) {
                throw new UnresolvedAgencyException(Reason.MISSING_SUBJECT_UNIT, "subjectUnit", "procedure "
                        + procedure.id() + " is decided by the agency of " + basis.description()
                        + ", not of the applicant's residence: give subjectUnit");
            }
            return resolveAt(procedure, receivingAgencyCode, subjectUnitCode, "subjectUnit", Reason.UNKNOWN_SUBJECT_UNIT);
        }
        return resolveAt(procedure, receivingAgencyCode, applicantUnitCode, "applicantUnit", Reason.UNKNOWN_APPLICANT_UNIT);
    }

    private Agency resolveAt(Procedure procedure, String receivingAgencyCode, String applicantUnitCode, String unitField,
                             Reason unknownUnit) {
        Agency receiving = administration.agency(receivingAgencyCode).orElseThrow(() -> new UnresolvedAgencyException(
                Reason.UNKNOWN_RECEIVING_AGENCY, "receivingAgency", "no agency " + receivingAgencyCode));
        if (!receiving.receivesDossiers()) {
            throw new UnresolvedAgencyException(Reason.NOT_A_RECEIVING_AGENCY, "receivingAgency",
                    "agency " + receiving.code() + " (" + receiving.name() + ") does not receive dossiers");
        }
        AdministrativeUnit receivingUnit = administration.unit(receiving.unit()).orElseThrow();
        AdministrativeUnit place = receivingUnit;
        String placeField = "receivingAgency";
        if (applicantUnitCode != null) {
            place = administration.unit(applicantUnitCode).orElseThrow(() -> new UnresolvedAgencyException(
                    unknownUnit, unitField, "no administrative unit " + applicantUnitCode));
            placeField = unitField;
            AdministrativeUnit province = administration.top(place);
            if (!province.code().equals(administration.top(receivingUnit).code())) {
                throw new UnresolvedAgencyException(Reason.OUTSIDE_PROVINCE, unitField,
                        "unit " + place.code() + " (" + place.name() + ") is outside " + administration.top(receivingUnit).name()
                                + ", where " + receiving.code() + " receives dossiers; boundary-free intake ends at the province");
            }
        }
        CompetentAgency competent = procedure.competentAgency();
        AdministrativeUnit unitAtLevel = administration.atLevel(place, competent.level()).orElse(null);
        if (unitAtLevel == null) {
            throw new UnresolvedAgencyException(Reason.UNIT_ABOVE_PROCEDURE_LEVEL, placeField,
                    "procedure " + procedure.id() + " is handled at " + competent.level() + " level but unit "
                            + place.code() + " (" + place.name() + ") is at " + place.level()
                            + " level; give the " + (unitField.equals("subjectUnit") ? "subject's" : "applicant's")
                            + " unit at " + competent.level() + " level");
        }
        return administration.agencyOf(competent.type(), unitAtLevel.code()).orElseThrow(() -> new UnresolvedAgencyException(
                Reason.NO_COMPETENT_AGENCY, applicantUnitCode == null ? "receivingAgency" : unitField,
                "no " + competent.type() + " agency in " + unitAtLevel.code() + " (" + unitAtLevel.name()
                        + ") for procedure " + procedure.id()));
    }
}
