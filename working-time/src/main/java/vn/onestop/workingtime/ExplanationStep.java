package vn.onestop.workingtime;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of "why is my due date this": a counted working period, a skipped day and its reason,
 * a pause round, etc. A flat value (fields a kind does not use are null) so it serialises to
 * plain JSON and reads back without type information; see {@link StepKind} for which fields each
 * kind fills. Dates and times are local to the calendar's zone.
 */
public record ExplanationStep(
        StepKind kind,
        LocalDate date,
        LocalTime from,
        LocalTime to,
        Duration duration,
        String reason,
        OffsetDateTime pausedFrom,
        OffsetDateTime resumedAt,
        OffsetDateTime oldDue,
        OffsetDateTime newDue) {

    public ExplanationStep {
        Objects.requireNonNull(kind, "kind");
    }

    public static ExplanationStep skippedDay(LocalDate date, String reason) {
        return new ExplanationStep(StepKind.SKIPPED_DAY, date, null, null, null, reason, null, null, null, null);
    }

    public static ExplanationStep makeUpWorkingDay(LocalDate date, String name) {
        return new ExplanationStep(StepKind.MAKE_UP_WORKING_DAY, date, null, null, null, name, null, null, null, null);
    }

    public static ExplanationStep workingPeriod(LocalDate date, LocalTime from, LocalTime to) {
        return new ExplanationStep(StepKind.WORKING_PERIOD, date, from, to, Duration.between(from, to), null,
                null, null, null, null);
    }

    public static ExplanationStep sameDayCutoffPassed(LocalDate date, LocalTime receivedAt, LocalTime cutoff) {
        return new ExplanationStep(StepKind.SAME_DAY_CUTOFF_PASSED, date, receivedAt, cutoff, null,
                "received after the same-day cut-off " + cutoff + ": due at the end of the next working day",
                null, null, null, null);
    }

    public static ExplanationStep calendarDaysCounted(LocalDate reached, int days, LocalDate from) {
        return new ExplanationStep(StepKind.CALENDAR_DAYS_COUNTED, reached, null, null, null,
                days + " calendar days from " + from, null, null, null, null);
    }

    public static ExplanationStep endOfWorkingDay(LocalDate date, LocalTime closing) {
        return new ExplanationStep(StepKind.END_OF_WORKING_DAY, date, null, closing, null, null,
                null, null, null, null);
    }

    /** A {@link StepKind#PAUSE} or {@link StepKind#PAUSE_AFTER_DUE} step for {@code round}. */
    public static ExplanationStep pause(StepKind kind, PauseRound round) {
        if (kind != StepKind.PAUSE && kind != StepKind.PAUSE_AFTER_DUE) {
            throw new IllegalArgumentException("kind: " + kind + " is not a pause kind");
        }
        return new ExplanationStep(kind, null, null, null, round.pausedWorkingTime(), round.reason().name(),
                round.pausedFrom(), round.resumedAt(), round.oldDue(), round.newDue());
    }
}
