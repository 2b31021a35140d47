package vn.onestop.workingtime;

/** How a procedure's time limit is counted. */
public enum TimeLimitUnit {
    /** N × the working time of one working day (8 h by default), added from the clock start. */
    WORKING_DAYS,
    /** N working hours, added from the clock start. */
    WORKING_HOURS,
    /** N calendar days from the reception date; due at the end of that day, moved forward off days off. */
    CALENDAR_DAYS,
    /** End of the working day of receipt; after the same-day cut-off, end of the next working day. */
    SAME_DAY
}
