package vn.onestop.workingtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a dossier still in process stands at an instant {@code now}.
 *
 * <ul>
 *   <li>{@link #OVERDUE}: {@code now} is after the due instant.</li>
 *   <li>{@link #AT_RISK}: not past the due instant, and at most one working day
 *       ({@link WorkCalendar#workingDayLength()}, 8 working hours by default) of working time is
 *       left; exactly at the due instant and exactly one working day before it are AT_RISK.</li>
 *   <li>{@link #ON_TIME}: more than that is left.</li>
 * </ul>
 * For a paused dossier the due date only moves when the pause ends; callers that classify during
 * a pause should classify the deadline as if it resumed at {@code now}.
 */
public enum OpenStatus {
    ON_TIME,
    AT_RISK,
    OVERDUE;

    public static OpenStatus of(WorkCalendar calendar, Deadline deadline, Instant now) {
        Objects.requireNonNull(calendar, "calendar");
        return of(calendar, deadline, now, calendar.workingDayLength());
    }

    /** As {@link #of(WorkCalendar, Deadline, Instant)} with a different at-risk threshold. */
    public static OpenStatus of(WorkCalendar calendar, Deadline deadline, Instant now, Duration atRiskWithin) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(atRiskWithin, "atRiskWithin");
        Instant due = deadline.due().toInstant();
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        Duration left = WorkingTime.workingTimeBetween(calendar, now, due);
        return left.compareTo(atRiskWithin) <= 0 ? AT_RISK : ON_TIME;
    }
}
