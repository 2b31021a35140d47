package vn.onestop.contracts.resultdata;

/**
 * How a {@link ResultFieldType#DATE} field stands to the day of the decision that issues the
 * result, in the province's time zone.
 */
public enum DecisionBound {

    /** Any date. */
    NONE,
    /** A fact that has happened: a birth, a death, a registration (on or before the decision day). */
    NOT_AFTER_DECISION,
    /** An end of validity: a result must not be born expired (on or after the decision day). */
    NOT_BEFORE_DECISION
}
