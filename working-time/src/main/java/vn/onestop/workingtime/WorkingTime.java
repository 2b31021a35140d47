package vn.onestop.workingtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Working-time arithmetic on instants, for one {@link WorkCalendar}. */
public final class WorkingTime {

    private WorkingTime() {
    }

    /**
     * The working time between two instants: the overlap of {@code [from, to]} with the working
     * periods of working days.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static Duration workingTimeBetween(WorkCalendar calendar, Instant from, Instant to) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Engine engine = new Engine(calendar);
        return engine.between(engine.local(from), engine.local(to));
    }

    /**
     * The earliest instant {@code t >= from} with {@code workingTimeBetween(from, t) == amount}.
     * Zero returns {@code from} itself; otherwise the result lies inside a working period or
     * exactly at a period's end (a sum that fills the afternoon ends at 17:00, not at the next
     * morning's 07:00).
     *
     * @throws IllegalArgumentException when {@code amount} is negative
     */
    public static Instant addWorkingTime(WorkCalendar calendar, Instant from, Duration amount) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        Engine engine = new Engine(calendar);
        return engine.offset(engine.add(engine.local(from), amount, null)).toInstant();
    }

    /**
     * The earliest instant {@code t <= to} with {@code workingTimeBetween(t, to) <= amount}: from
     * then on at most {@code amount} of working time is left until {@code to} (when a dossier due
     * at {@code to} with one working day left becomes at risk). The result lies inside a working
     * period or exactly at a period's end: with 8 working hours before a due date of Tuesday 17:00,
     * that is Monday 17:00, not Tuesday 07:00, since nothing is counted overnight. Zero gives the
     * end of the last working time before {@code to} ({@code to} itself inside a working period).
     *
     * @throws IllegalArgumentException when {@code amount} is negative
     */
    public static Instant earliestWithin(WorkCalendar calendar, Instant to, Duration amount) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        Engine engine = new Engine(calendar);
        return engine.offset(engine.earliestWithin(engine.local(to), amount)).toInstant();
    }

    /**
     * Where the clock starts for something received at {@code at}: {@code at} itself inside a
     * working period, otherwise the start of the next working period.
     */
    public static Instant clockStart(WorkCalendar calendar, Instant at) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(at, "at");
        Engine engine = new Engine(calendar);
        return engine.offset(engine.snap(engine.local(at), null).at()).toInstant();
    }
}
