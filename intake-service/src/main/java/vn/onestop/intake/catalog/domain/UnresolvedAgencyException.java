package vn.onestop.intake.catalog.domain;

/**
 * No competent agency can be named for a procedure and a receiving agency. {@code field} is the
 * input that was wrong: {@code receivingAgency}, {@code applicantUnit}, {@code subjectUnit} or {@code procedureId}.
 */
public class UnresolvedAgencyException extends RuntimeException {

    public enum Reason {
        UNKNOWN_RECEIVING_AGENCY,
        NOT_A_RECEIVING_AGENCY,
        UNKNOWN_APPLICANT_UNIT,
        /** The procedure is decided where its subject is (a land parcel, a deceased's residence) and that place is missing. */
        MISSING_SUBJECT_UNIT,
        UNKNOWN_SUBJECT_UNIT,
        OUTSIDE_PROVINCE,
        /** The procedure is handled below the unit we know (a commune procedure received at a provincial centre). */
        UNIT_ABOVE_PROCEDURE_LEVEL,
        NO_COMPETENT_AGENCY
    }

    private final Reason reason;
    private final String field;

    public UnresolvedAgencyException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
