package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onestop.workingtime.Vn.at;
import static vn.onestop.workingtime.Vn.odt;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Supplement and payment pauses move the due date by the working time spent paused. */
class PauseTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();

    /** Tue 10 Mar 2026 09:00 + 7 working days: due Thu 19 Mar 09:00. */
    private static Deadline tuesdaySevenDays() {
        return Deadline.compute(VN, at("2026-03-10T09:00"), TimeLimit.workingDays(7));
    }

    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # paused from     | resumed at       | paused working time | new due          | why
            2026-03-11T10:00  | 2026-03-11T15:00 | PT3H                | 2026-03-19T14:00 | across lunch: 1.5 + 1.5 h; Thu 09:00 + 2.5 h + 0.5 h
            2026-03-13T16:00  | 2026-03-16T08:00 | PT2H                | 2026-03-19T11:00 | over a weekend: Fri 1 h + Mon 1 h
            2026-03-11T11:45  | 2026-03-11T13:15 | PT0S                | 2026-03-19T09:00 | inside the lunch break: nothing moves
            2026-03-11T18:00  | 2026-03-12T06:00 | PT0S                | 2026-03-19T09:00 | overnight, outside working hours
            2026-03-10T09:00  | 2026-03-19T09:00 | PT56H               | 2026-03-30T09:00 | paused the whole 7 days: 7 more days, Fri 20 to Mon 30
            2026-03-19T08:00  | 2026-03-19T10:00 | PT2H                | 2026-03-19T11:00 | starts before the due, ends after it: all 2 h count
            """)
    void onePause(String from, String to, Duration paused, String newDue, String why) {
        Deadline before = tuesdaySevenDays();
        Deadline after = before.pause(VN, PauseReason.SUPPLEMENT, at(from), at(to));

        assertThat(after.due()).isEqualTo(odt(newDue));
        assertThat(after.pauses()).singleElement().satisfies(round -> {
            assertThat(round.pausedWorkingTime()).isEqualTo(paused);
            assertThat(round.oldDue()).isEqualTo(odt("2026-03-19T09:00"));
            assertThat(round.newDue()).isEqualTo(odt(newDue));
        });
        assertThat(before.due()).as("the value paused is unchanged").isEqualTo(odt("2026-03-19T09:00"));
    }

    @Test
    void pauseOverTheTetHolidayCountsOnlyWorkingDays() {
        // Mon 9 Feb 09:00 + 5 wd: Tue 10, Wed 11, Thu 12, Fri 13, (Tết 14-22 Feb), Mon 23 Feb 09:00.
        Deadline d = Deadline.compute(VN, at("2026-02-09T09:00"), TimeLimit.workingDays(5));
        assertThat(d.due()).isEqualTo(odt("2026-02-23T09:00"));

        // Paused Thu 12 Feb 16:00 to Mon 23 Feb 07:30: Thu 1 h + Fri 8 h + Mon 0.5 h = 9.5 h.
        // Mon 23 09:00 + 9.5 h: Mon 2.5 + 3.5 = 6 h, Tue 24 07:00 + 3.5 h = 10:30.
        Deadline paused = d.pause(VN, PauseReason.PAYMENT, at("2026-02-12T16:00"), at("2026-02-23T07:30"));

        assertThat(paused.pauses().get(0).pausedWorkingTime()).isEqualTo(Duration.ofMinutes(570));
        assertThat(paused.due()).isEqualTo(odt("2026-02-24T10:30"));
    }

    @Test
    void pauseOverTheNationalDayHolidayAndAMakeUpSaturday() {
        // Thu 20 Aug 2026 09:00 + 3 wd: Fri 21, Sat 22 (make-up), Mon 24 at 09:00.
        Deadline d = Deadline.compute(VN, at("2026-08-20T09:00"), TimeLimit.workingDays(3));
        assertThat(d.due()).isEqualTo(odt("2026-08-24T09:00"));

        // Paused Fri 21 Aug 16:00 to Thu 3 Sep 08:00: Fri 1 h, Sat 22 8 h (make-up), Mon 24-Fri 28 40 h,
        // 29 Aug-2 Sep off, Thu 3 Sep 1 h = 50 h = 6 wd + 2 h.
        // Mon 24 09:00 + 6 wd = Tue 25, Wed 26, Thu 27, Fri 28, Thu 3 Sep, Fri 4 Sep 09:00; + 2 h = 11:00.
        Deadline paused = d.pause(VN, PauseReason.SUPPLEMENT, at("2026-08-21T16:00"), at("2026-09-03T08:00"));

        assertThat(paused.pauses().get(0).pausedWorkingTime()).isEqualTo(Duration.ofHours(50));
        assertThat(paused.due()).isEqualTo(odt("2026-09-04T11:00"));
    }

    @Test
    void severalRoundsAreRecordedInOrder() {
        Deadline d = tuesdaySevenDays()
                // 3 h: Thu 19 09:00 -> 14:00
                .pause(VN, PauseReason.SUPPLEMENT, at("2026-03-11T10:00"), at("2026-03-11T15:00"))
                // Mon 16:00 -> Tue 08:00 = 2 h: 14:00 -> 16:00
                .pause(VN, PauseReason.PAYMENT, at("2026-03-16T16:00"), at("2026-03-17T08:00"))
                // Wed 07:00 -> 17:00 = 8 h: Thu 16:00 + 1 h, Fri 4.5 h, 13:30 + 2.5 h = Fri 16:00
                .pause(VN, PauseReason.SUPPLEMENT, at("2026-03-18T07:00"), at("2026-03-18T17:00"));

        assertThat(d.pauses()).extracting(PauseRound::reason)
                .containsExactly(PauseReason.SUPPLEMENT, PauseReason.PAYMENT, PauseReason.SUPPLEMENT);
        assertThat(d.pauses()).extracting(PauseRound::oldDue).containsExactly(
                odt("2026-03-19T09:00"), odt("2026-03-19T14:00"), odt("2026-03-19T16:00"));
        assertThat(d.pauses()).extracting(PauseRound::newDue).containsExactly(
                odt("2026-03-19T14:00"), odt("2026-03-19T16:00"), odt("2026-03-20T16:00"));
        assertThat(d.due()).isEqualTo(odt("2026-03-20T16:00"));
        assertThat(d.originalDue()).isEqualTo(odt("2026-03-19T09:00"));
        assertThat(d.pausedWorkingTime()).isEqualTo(Duration.ofHours(13));
        assertThat(d.steps()).filteredOn(s -> s.kind() == StepKind.PAUSE).hasSize(3);
    }

    @Test
    void aPauseThatEndsTheDayAtClosingContinuesAfterTheWeekend() {
        // Fri 13 Mar 07:00 + 1 wd = Fri 17:00; a 1 h pause moves it to Mon 16 Mar 08:00.
        Deadline d = Deadline.compute(VN, at("2026-03-13T07:00"), TimeLimit.workingDays(1))
                .pause(VN, PauseReason.SUPPLEMENT, at("2026-03-13T09:00"), at("2026-03-13T10:00"));

        assertThat(d.due()).isEqualTo(odt("2026-03-16T08:00"));
        int pause = d.steps().indexOf(d.steps().stream().filter(s -> s.kind() == StepKind.PAUSE).findFirst().orElseThrow());
        assertThat(d.steps().subList(pause + 1, d.steps().size())).containsExactly(
                ExplanationStep.skippedDay(LocalDate.parse("2026-03-14"), "weekend"),
                ExplanationStep.skippedDay(LocalDate.parse("2026-03-15"), "weekend"),
                ExplanationStep.workingPeriod(LocalDate.parse("2026-03-16"), LocalTime.of(7, 0), LocalTime.of(8, 0)));
    }

    @Test
    void aPauseStartedAfterTheDueDateIsRecordedButDoesNotMoveIt() {
        // Due Thu 19 Mar 09:00; paused Thu 10:00 to Fri 10:00 = 1.5 + 3.5 + 3 = 8 h of working time.
        Deadline d = tuesdaySevenDays()
                .pause(VN, PauseReason.SUPPLEMENT, at("2026-03-19T10:00"), at("2026-03-20T10:00"));

        assertThat(d.due()).isEqualTo(odt("2026-03-19T09:00"));
        assertThat(d.pauses().get(0).pausedWorkingTime()).isEqualTo(Duration.ofHours(8));
        assertThat(d.pausedWorkingTime()).isZero();
        assertThat(d.steps().get(d.steps().size() - 1).kind()).isEqualTo(StepKind.PAUSE_AFTER_DUE);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-11T15:00 | 2026-03-11T10:00 | resumedAt
            2026-03-10T08:00 | 2026-03-10T10:00 | before the dossier was received
            """)
    void invalidRoundsAreRejected(String from, String to, String message) {
        assertThatThrownBy(() -> tuesdaySevenDays().pause(VN, PauseReason.SUPPLEMENT, at(from), at(to)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void roundsMayNotOverlap() {
        Deadline once = tuesdaySevenDays().pause(VN, PauseReason.SUPPLEMENT, at("2026-03-11T10:00"), at("2026-03-11T15:00"));

        assertThatThrownBy(() -> once.pause(VN, PauseReason.PAYMENT, at("2026-03-11T14:00"), at("2026-03-12T10:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("previous pause round");
    }

    @Test
    void anotherAgencysCalendarIsRejected() {
        assertThatThrownBy(() -> tuesdaySevenDays().pause(CustomCalendarTest.SIX_DAY, PauseReason.SUPPLEMENT,
                at("2026-03-11T10:00"), at("2026-03-11T15:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("calendar:");
    }
}
