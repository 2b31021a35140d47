package vn.onestop.intake.catalog.domain;

/** How a statutory time limit is counted (BRIEF §5). */
public enum TimeLimitUnit {
    /** N × 8 working hours from receipt, skipping weekends and holidays. */
    WORKING_DAYS,
    WORKING_HOURS,
    /** Calendar days; never ends on a day off. */
    CALENDAR_DAYS,
    /** Due at the end of the day of receipt, or of the next working day when received after the cut-off. */
    SAME_DAY
}
