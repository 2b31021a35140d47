package vn.onestop.workingtime;

/** The kinds of {@link ExplanationStep}; the fields each kind fills are listed on each constant. */
public enum StepKind {
    /** A day that was not counted: {@code date}, {@code reason} ("weekend" or the holiday's name). */
    SKIPPED_DAY,
    /** A weekend day that is worked and was counted: {@code date}, {@code reason} (its name). */
    MAKE_UP_WORKING_DAY,
    /** Working time counted: {@code date}, {@code from}, {@code to}, {@code duration}. */
    WORKING_PERIOD,
    /** A same-day dossier received after the cut-off: {@code date}, {@code from} (reception time), {@code to} (the cut-off), {@code reason}. */
    SAME_DAY_CUTOFF_PASSED,
    /** Calendar days counted: {@code date} (the day reached), {@code reason} ("N calendar days from D"). */
    CALENDAR_DAYS_COUNTED,
    /** Due at the end of a working day: {@code date}, {@code to} (closing time). */
    END_OF_WORKING_DAY,
    /** A pause round that moved the due date: {@code reason} (the {@link PauseReason}), {@code pausedFrom}, {@code resumedAt}, {@code duration} (paused working time), {@code oldDue}, {@code newDue}; followed by the periods added. */
    PAUSE,
    /** A pause round that started after the due date and did not move it; same fields as {@link #PAUSE}. */
    PAUSE_AFTER_DUE
}
