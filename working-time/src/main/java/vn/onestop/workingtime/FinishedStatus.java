package vn.onestop.workingtime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a finished dossier counts in reports (BRIEF §5, §8: on-time rate = early + on time).
 *
 * <ul>
 *   <li>{@link #EARLY}: finished on a date (in the calendar's zone) before the date of the due
 *       instant.</li>
 *   <li>{@link #ON_TIME}: finished on the due date, at or before the due instant.</li>
 *   <li>{@link #LATE}: finished after the due instant, even by one minute on the due date.</li>
 * </ul>
 * Dates are compared as calendar dates, so finishing on a Saturday before a Monday due date is
 * EARLY too. The due instant is {@link Deadline#due()}, i.e. after pauses; an apology letter's
 * new date does not turn a late dossier into an on-time one.
 */
public enum FinishedStatus {
    EARLY,
    ON_TIME,
    LATE;

    public static FinishedStatus of(Deadline deadline, Instant finishedAt) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (finishedAt.isBefore(deadline.receivedAt().toInstant())) {
            throw new IllegalArgumentException("finishedAt " + finishedAt + " is before the dossier was received ("
                    + deadline.receivedAt() + ")");
        }
        Instant due = deadline.due().toInstant();
        if (finishedAt.isAfter(due)) {
            return LATE;
        }
        LocalDate finishedDate = LocalDate.ofInstant(finishedAt, deadline.zone());
        LocalDate dueDate = LocalDate.ofInstant(due, deadline.zone());
        return finishedDate.isBefore(dueDate) ? EARLY : ON_TIME;
    }
}
