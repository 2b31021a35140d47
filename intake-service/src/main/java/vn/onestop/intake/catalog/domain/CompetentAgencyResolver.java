package vn.onestop.intake.catalog.domain;

import vn.onestop.intake.catalog.domain.UnresolvedAgencyException.Reason;

/**
 * Names the agency that decides a dossier. The procedure says which type of agency at which level;
 * the place is the applicant's unit when known, else the receiving agency's unit: a commune-level
 * procedure goes to that commune's agency, a province-level one to the province's. Any service
 * centre of the province may receive any dossier (boundary-free intake), so the receiving agency
 * only needs to be a receiving agency of the same province as the applicant's unit.
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
                    Reason.UNKNOWN_APPLICANT_UNIT, "applicantUnit", "no administrative unit " + applicantUnitCode));
            placeField = "applicantUnit";
            AdministrativeUnit province = administration.top(place);
            if (!province.code().equals(administration.top(receivingUnit).code())) {
                throw new UnresolvedAgencyException(Reason.OUTSIDE_PROVINCE, "applicantUnit",
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
                            + " level; give the applicant's unit at " + competent.level() + " level");
        }
        return administration.agencyOf(competent.type(), unitAtLevel.code()).orElseThrow(() -> new UnresolvedAgencyException(
                Reason.NO_COMPETENT_AGENCY, applicantUnitCode == null ? "receivingAgency" : "applicantUnit",
                "no " + competent.type() + " agency in " + unitAtLevel.code() + " (" + unitAtLevel.name()
                        + ") for procedure " + procedure.id()));
    }
}
