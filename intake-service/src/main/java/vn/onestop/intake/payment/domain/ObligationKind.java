package vn.onestop.intake.payment.domain;

/** Why an applicant owes money for a dossier. */
public enum ObligationKind {
    /** A fee of the procedure (lệ phí, phí) for the channel the dossier came through, owed from reception. */
    FEE,
    /** A fee or tax an officer asked for during processing (REQUEST_PAYMENT): the clock waits for it. */
    REQUESTED
}
