package vn.onestop.workingtime;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One working period of a working day, in local time of the calendar's zone, half-open
 * {@code [start, end)}: an instant at {@code end} is no longer inside the period, but a due date
 * that lands exactly on {@code end} stays there.
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(start, "start is required");
        Objects.requireNonNull(end, "end is required");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " is not after start " + start);
        }
    }

    public static WorkingPeriod of(String start, String end) {
        return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
