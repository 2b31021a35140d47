package vn.onestop.rating.indices.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Calendar days {@code from} to {@code to}, both included, in the province's zone: the instants
 * [start of {@code from}, start of the day after {@code to}).
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
    }

    public static Period of(YearMonth month, ZoneId zone) {
        return new Period(month.atDay(1), month.atEndOfMonth(), zone);
    }

    public OffsetDateTime start() {
        return from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same number of days just before this one. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1), zone);
    }

    public boolean contains(OffsetDateTime t) {
        return t != null && !t.isBefore(start()) && t.isBefore(end());
    }
}
