package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.workingtime.Vn.at;
import static vn.onestop.workingtime.Vn.odt;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Operators add a holiday after a receipt was issued: new computations see it, the promise on the
 * stored Deadline does not change (nothing reads the calendar lazily).
 */
class CalendarChangeTest {

    private static final WorkCalendar BEFORE = WorkCalendars.vietnamDefault();
    private static final WorkCalendar AFTER = BEFORE.toBuilder()
            .holiday(LocalDate.parse("2026-03-12"), "Ngày nghỉ đột xuất (test)", "test")
            .build();

    @Test
    void recomputingGivesAnotherDateButTheStoredDeadlineKeepsItsDue() {
        // Mon 9 Mar 09:00 + 5 wd: Tue 10, Wed 11, Thu 12, Fri 13, Mon 16 at 09:00.
        Deadline promised = Deadline.compute(BEFORE, at("2026-03-09T09:00"), TimeLimit.workingDays(5));
        String stored = DeadlineJson.write(promised);

        // With Thu 12 off: Tue 10, Wed 11, Fri 13, Mon 16, Tue 17 at 09:00.
        Deadline recomputed = Deadline.compute(AFTER, at("2026-03-09T09:00"), TimeLimit.workingDays(5));

        assertThat(promised.due()).isEqualTo(odt("2026-03-16T09:00"));
        assertThat(recomputed.due()).isEqualTo(odt("2026-03-17T09:00"));
        assertThat(promised.due()).isEqualTo(odt("2026-03-16T09:00"));
        assertThat(DeadlineJson.read(stored).due()).isEqualTo(odt("2026-03-16T09:00"));
    }

    @Test
    void aLaterPauseUsesTheNewCalendarOnlyForThePausedInterval() {
        Deadline promised = DeadlineJson.read(DeadlineJson.write(
                Deadline.compute(BEFORE, at("2026-03-09T09:00"), TimeLimit.workingDays(5))));

        // Paused Wed 11 16:00 to Fri 13 08:00: Wed 1 h, Thu 12 now a holiday, Fri 1 h = 2 h (10 h before the change).
        Deadline paused = promised.pause(AFTER, PauseReason.SUPPLEMENT, at("2026-03-11T16:00"), at("2026-03-13T08:00"));

        assertThat(paused.pauses().get(0).pausedWorkingTime()).isEqualTo(Duration.ofHours(2));
        assertThat(paused.due()).isEqualTo(odt("2026-03-16T11:00"));
    }
}
