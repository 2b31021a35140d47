package vn.onestop.workingtime;

/** The outcome of {@link ApologyRule#evaluate}. */
public enum ApologyOutcome {
    /** Issued at least one working day before the deadline. */
    ACCEPTED,
    /** Issued before the deadline but less than one working day before it: valid, flagged late. */
    ACCEPTED_LATE,
    /** Not allowed; see the reason. */
    REFUSED
}
