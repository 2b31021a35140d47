package vn.onestop.intake.catalog.domain;

import vn.onestop.workingtime.TimeLimitUnit;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A time limit as the catalog publishes it, counted in working-time's units. {@code cutoff} is set for
 * {@link TimeLimitUnit#SAME_DAY} only (and {@code value} is then 1): a dossier received after it is
 * due the next working day.
 */
public record TimeLimit(int value, TimeLimitUnit unit, LocalTime cutoff) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
    }

    public static TimeLimit of(int value, TimeLimitUnit unit) {
        return new TimeLimit(value, unit, null);
    }

    public static TimeLimit sameDay(LocalTime cutoff) {
        return new TimeLimit(1, TimeLimitUnit.SAME_DAY, cutoff);
    }
}
