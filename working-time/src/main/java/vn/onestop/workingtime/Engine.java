package vn.onestop.workingtime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The arithmetic, on local date-times of one calendar. Durations are wall-clock differences of
 * local times, which is exact for zones without daylight saving time (Vietnam has none).
 * Every method that takes a step list appends to it what it counted and skipped; pass
 * {@code null} when no explanation is wanted.
 */
final class Engine {

    record Snap(LocalDateTime at, SnapReason reason) {
    }

    private final WorkCalendar calendar;
    private final List<WorkingPeriod> periods;

    Engine(WorkCalendar calendar) {
        this.calendar = calendar;
        this.periods = calendar.workingPeriods();
    }

    LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, calendar.zone());
    }

    OffsetDateTime offset(LocalDateTime local) {
        return local.atZone(calendar.zone()).toOffsetDateTime();
    }

    /** The first instant at or after {@code t} that lies inside a working period. */
    Snap snap(LocalDateTime t, List<ExplanationStep> steps) {
        LocalDate date = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        SnapReason reason;
        if (calendar.isWorkingDay(date)) {
            for (int i = 0; i < periods.size(); i++) {
                WorkingPeriod p = periods.get(i);
                if (time.isBefore(p.start())) {
                    return new Snap(date.atTime(p.start()),
                            i == 0 ? SnapReason.BEFORE_OPENING : SnapReason.BETWEEN_PERIODS);
                }
                if (time.isBefore(p.end())) {
                    return new Snap(t, SnapReason.NONE);
                }
            }
            reason = SnapReason.AFTER_CLOSING;
        } else {
            skip(date, steps);
            reason = SnapReason.DAY_OFF;
        }
        return new Snap(nextWorkingDay(date, steps).atTime(calendar.openingTime()), reason);
    }

    /**
     * The earliest instant {@code t >= from} with {@code amount} of working time between them: a
     * sum that ends exactly at a period's end stays at that end (17:00, 11:30), it does not jump
     * to the next period's start.
     */
    LocalDateTime add(LocalDateTime from, Duration amount, List<ExplanationStep> steps) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount: " + amount + " is negative");
        }
        if (amount.isZero()) {
            return from;
        }
        LocalDateTime start = snap(from, steps).at();
        LocalDate date = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        int index = periodIndexContaining(time);
        Duration remaining = amount;
        LocalDate announcedMakeUpDay = null;
        while (true) {
            if (!date.equals(announcedMakeUpDay)) {
                LocalDate d = date;
                calendar.makeUpWorkingDay(d).ifPresent(m -> add(steps, ExplanationStep.makeUpWorkingDay(d, m.name())));
                announcedMakeUpDay = date;
            }
            WorkingPeriod period = periods.get(index);
            Duration available = Duration.between(time, period.end());
            if (remaining.compareTo(available) <= 0) {
                LocalTime end = time.plus(remaining);
                add(steps, ExplanationStep.workingPeriod(date, time, end));
                return date.atTime(end);
            }
            add(steps, ExplanationStep.workingPeriod(date, time, period.end()));
            remaining = remaining.minus(available);
            index++;
            if (index == periods.size()) {
                index = 0;
                date = nextWorkingDay(date, steps);
            }
            time = periods.get(index).start();
        }
    }

    /**
     * The earliest {@code t <= to} with at most {@code amount} of working time between {@code t} and
     * {@code to}: walking back from {@code to} through the working periods, the instant where the
     * amount is used up; when it is used up exactly at a period's start, the non-working time before
     * that start adds nothing, so the answer is the end of the period before (17:00 the evening
     * before a morning's 07:00).
     */
    LocalDateTime earliestWithin(LocalDateTime to, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount: " + amount + " is negative");
        }
        Duration remaining = amount;
        LocalDate date = to.toLocalDate();
        for (int days = 0; days <= MAX_DAYS_BACK; days++, date = date.minusDays(1)) {
            if (!calendar.isWorkingDay(date)) {
                continue;
            }
            for (int i = periods.size() - 1; i >= 0; i--) {
                LocalDateTime start = date.atTime(periods.get(i).start());
                if (!start.isBefore(to)) {
                    continue;
                }
                LocalDateTime end = min(date.atTime(periods.get(i).end()), to);
                Duration available = Duration.between(start, end);
                if (remaining.compareTo(available) < 0) {
                    return end.minus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalArgumentException("less than " + amount + " of working time in the "
                + MAX_DAYS_BACK + " days before " + to);
    }

    /** How far back {@link #earliestWithin} looks: ten years of calendar days. */
    private static final int MAX_DAYS_BACK = 3660;

    Duration between(LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        Duration total = Duration.ZERO;
        for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                continue;
            }
            for (WorkingPeriod p : periods) {
                LocalDateTime s = max(d.atTime(p.start()), from);
                LocalDateTime e = min(d.atTime(p.end()), to);
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    /** The first working day after {@code date}, recording every day skipped on the way. */
    LocalDate nextWorkingDay(LocalDate date, List<ExplanationStep> steps) {
        LocalDate d = date.plusDays(1);
        while (!calendar.isWorkingDay(d)) {
            skip(d, steps);
            d = d.plusDays(1);
        }
        return d;
    }

    void skip(LocalDate date, List<ExplanationStep> steps) {
        add(steps, ExplanationStep.skippedDay(date, calendar.dayOffReason(date).orElseThrow()));
    }

    private int periodIndexContaining(LocalTime time) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).contains(time)) {
                return i;
            }
        }
        throw new IllegalStateException("snapped time " + time + " is in no working period");
    }

    private static void add(List<ExplanationStep> steps, ExplanationStep step) {
        if (steps != null) {
            steps.add(step);
        }
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
