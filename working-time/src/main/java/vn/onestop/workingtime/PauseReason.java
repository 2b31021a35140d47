package vn.onestop.workingtime;

/** Why the clock was paused (national status codes 5 and 6). */
public enum PauseReason {
    /** Waiting for the applicant to supplement the dossier. */
    SUPPLEMENT,
    /** Waiting for a fee or tax (financial obligation) to be paid. */
    PAYMENT
}
