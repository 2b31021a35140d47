package vn.onestop.workingtime;

/** Why the clock started later than the reception instant. */
public enum SnapReason {
    /** Received inside a working period: the clock starts at reception. */
    NONE,
    /** Received on a working day before the first period: the clock starts at opening. */
    BEFORE_OPENING,
    /** Received between two periods (the lunch break): the clock starts with the next period. */
    BETWEEN_PERIODS,
    /** Received after the last period (or exactly at its end): next working day's opening. */
    AFTER_CLOSING,
    /** Received on a weekend day or holiday: next working day's opening. */
    DAY_OFF
}
