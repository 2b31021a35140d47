package vn.onestop.processing.deadline.domain;

import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkingTime;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What the deadline watch announces about a dossier's or a step's clock, and when it must next look
 * at it (docs/adr/0028-deadline-watch-by-stored-moment.md). Announced once each: at risk when
 * {@link Watched#atRiskWithin} or less of working time is left until the due instant; overdue once
 * the due instant has passed (an overdue clock that was never announced at risk is not announced at
 * risk after). A clock that stands (a dossier paused for a supplement or a payment, finished, or a
 * step done) announces nothing.
 *
 * <p>{@link #nextLook} is the first instant at which {@link #alertAt} can answer other than
 * {@link Alert#NONE} while nothing changes but the time: the watch stores it with the clock and
 * looks only at clocks whose moment has come.
 */
public final class WatchRule {

    /** The finest instant the database keeps. */
    private static final Duration TICK = Duration.of(1, ChronoUnit.MICROS);

    private WatchRule() {
    }

    public enum Alert { NONE, AT_RISK, OVERDUE }

    /**
     * One watched clock.
     *
     * @param due          the due instant; null when the dossier has none (nothing to watch)
     * @param atRiskWithin at most this much working time left makes it at risk
     * @param running      false while the clock stands
     */
    public record Watched(Instant due, Duration atRiskWithin, boolean running, boolean atRiskAnnounced,
                          boolean overdueAnnounced) {
        public Watched {
            Objects.requireNonNull(atRiskWithin, "atRiskWithin");
        }
    }

    /** A dossier is at risk with one working day or less left. */
    public static Duration dossierAtRiskWithin(WorkCalendar calendar) {
        return calendar.workingDayLength();
    }

    /**
     * A step is at risk with less than one working day or half its own budget left, whichever is
     * less: a one-hour step would otherwise be at risk from the start.
     */
    public static Duration stepAtRiskWithin(WorkCalendar calendar, Instant created, Instant due) {
        Duration half = due.isBefore(created) ? Duration.ZERO
                : WorkingTime.workingTimeBetween(calendar, created, due).dividedBy(2);
        return half.compareTo(calendar.workingDayLength()) < 0 ? half : calendar.workingDayLength();
    }

    /** What is to be announced at {@code now}. */
    public static Alert alertAt(WorkCalendar calendar, Watched clock, Instant now) {
        if (!clock.running() || clock.due() == null || clock.overdueAnnounced()) {
            return Alert.NONE;
        }
        if (now.isAfter(clock.due())) {
            return Alert.OVERDUE;
        }
        if (!clock.atRiskAnnounced()
                && WorkingTime.workingTimeBetween(calendar, now, clock.due()).compareTo(clock.atRiskWithin()) <= 0) {
            return Alert.AT_RISK;
        }
        return Alert.NONE;
    }

    /**
     * The first instant, to the microsecond, from which {@link #alertAt} announces something: the
     * at-risk moment while that is not announced, then the first microsecond after the due instant;
     * empty when the clock stands or everything was announced. It may lie in the past (a step opened
     * with less than its at-risk time left): the next round announces it.
     */
    public static Optional<Instant> nextLook(WorkCalendar calendar, Watched clock) {
        if (!clock.running() || clock.due() == null || clock.overdueAnnounced()) {
            return Optional.empty();
        }
        Instant overdue = clock.due().truncatedTo(ChronoUnit.MICROS).plus(TICK);
        if (clock.atRiskAnnounced()) {
            return Optional.of(overdue);
        }
        return Optional.of(ceil(WorkingTime.earliestWithin(calendar, clock.due(), clock.atRiskWithin())));
    }

    /** Rounded up: a moment rounded down could come before the rule holds, and be looked at for nothing. */
    private static Instant ceil(Instant instant) {
        Instant down = instant.truncatedTo(ChronoUnit.MICROS);
        return down.equals(instant) ? instant : down.plus(TICK);
    }
}
