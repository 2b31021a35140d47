package vn.onestop.workingtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a finished dossier counts in reports (BRIEF §5, §8: on-time rate = early + on time), by the
 * rule of the National Public Service Portal and the provincial systems it is compared with: they
 * compare <b>dates</b>, not times (docs/indices.md §3).
 *
 * <ul>
 *   <li>{@link #EARLY}: finished on a date (in the calendar's zone) before the due date.</li>
 *   <li>{@link #ON_TIME}: finished on the due date, at any hour of it (also after the due hour).</li>
 *   <li>{@link #LATE}: finished on a date after the due date.</li>
 * </ul>
 * Dates are compared as calendar dates, so finishing on a Saturday before a Monday due date is
 * EARLY too. The due instant is {@link Deadline#due()}, i.e. after pauses; an apology letter's
 * new date does not turn a late dossier into an on-time one. The officers' alerts keep the exact
 * instant ({@link OpenStatus}, {@link #pastDueInstant}): a dossier decided at 16:00 on a day due at
 * 09:00 was overdue for the officers from 09:01 and counts on time in the reports.
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
        return byDate(deadline.due().toInstant(), finishedAt, deadline.zone());
    }

    /** The reporting rule on bare instants: the dates of {@code finishedAt} and {@code due} in {@code zone}. */
    public static FinishedStatus byDate(Instant due, Instant finishedAt, ZoneId zone) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(zone, "zone");
        LocalDate finishedDate = LocalDate.ofInstant(finishedAt, zone);
        LocalDate dueDate = LocalDate.ofInstant(due, zone);
        if (finishedDate.isAfter(dueDate)) {
            return LATE;
        }
        return finishedDate.isBefore(dueDate) ? EARLY : ON_TIME;
    }

    /**
     * Whether something still open at {@code asOf} counts as overdue in reports: its due date is
     * before the date of the last instant before {@code asOf} (so a period ending at midnight judges
     * by its last day).
     */
    public static boolean overdueByDate(Instant due, Instant asOf, ZoneId zone) {
        return LocalDate.ofInstant(due, zone).isBefore(LocalDate.ofInstant(asOf.minusNanos(1), zone));
    }

    /** The officers' rule: {@code at} is after the exact due instant (one minute late is late). */
    public static boolean pastDueInstant(Deadline deadline, Instant at) {
        return at.isAfter(deadline.due().toInstant());
    }
}
