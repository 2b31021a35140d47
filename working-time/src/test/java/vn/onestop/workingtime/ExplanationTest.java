package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.workingtime.Vn.at;
import static vn.onestop.workingtime.Vn.odt;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The explanation lists what was counted and skipped, in order. */
class ExplanationTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();
    private static final String TET = "Tết Nguyên đán";

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static LocalTime t(String time) {
        return LocalTime.parse(time);
    }

    @Test
    void periodsAndSkippedDaysAcrossTheTetBreak() {
        Deadline deadline = Deadline.compute(VN, at("2026-02-13T10:00"), TimeLimit.workingDays(1));

        assertThat(deadline.steps()).containsExactly(
                ExplanationStep.workingPeriod(d("2026-02-13"), t("10:00"), t("11:30")),
                ExplanationStep.workingPeriod(d("2026-02-13"), t("13:30"), t("17:00")),
                ExplanationStep.skippedDay(d("2026-02-14"), "weekend"),
                ExplanationStep.skippedDay(d("2026-02-15"), "weekend"),
                ExplanationStep.skippedDay(d("2026-02-16"), TET),
                ExplanationStep.skippedDay(d("2026-02-17"), TET),
                ExplanationStep.skippedDay(d("2026-02-18"), TET),
                ExplanationStep.skippedDay(d("2026-02-19"), TET),
                ExplanationStep.skippedDay(d("2026-02-20"), TET),
                ExplanationStep.skippedDay(d("2026-02-21"), "weekend"),
                ExplanationStep.skippedDay(d("2026-02-22"), "weekend"),
                ExplanationStep.workingPeriod(d("2026-02-23"), t("07:00"), t("10:00")));
        assertThat(deadline.steps().get(0).duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(deadline.steps().get(11).duration()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void daysSkippedBeforeTheClockStarts() {
        Deadline deadline = Deadline.compute(VN, at("2026-01-03T10:00"), TimeLimit.workingHours(1));

        assertThat(deadline.clockStartReason()).isEqualTo(SnapReason.DAY_OFF);
        assertThat(deadline.clockStart()).isEqualTo(odt("2026-01-05T07:00"));
        assertThat(deadline.steps()).containsExactly(
                ExplanationStep.skippedDay(d("2026-01-03"), "weekend"),
                ExplanationStep.skippedDay(d("2026-01-04"), "weekend"),
                ExplanationStep.workingPeriod(d("2026-01-05"), t("07:00"), t("08:00")));
    }

    @Test
    void aMakeUpWorkingDayIsAnnouncedBeforeItsPeriods() {
        Deadline deadline = Deadline.compute(VN, at("2026-01-09T16:00"), TimeLimit.workingHours(2));

        assertThat(deadline.due()).isEqualTo(odt("2026-01-10T08:00"));
        assertThat(deadline.steps()).containsExactly(
                ExplanationStep.workingPeriod(d("2026-01-09"), t("16:00"), t("17:00")),
                ExplanationStep.makeUpWorkingDay(d("2026-01-10"), "Làm bù cho ngày nghỉ hoán đổi 02/01/2026"),
                ExplanationStep.workingPeriod(d("2026-01-10"), t("07:00"), t("08:00")));
    }

    @Test
    void sameDayAfterTheCutoff() {
        Deadline deadline = Deadline.compute(VN, at("2026-03-13T15:30"), TimeLimit.sameDay());

        assertThat(deadline.steps()).containsExactly(
                ExplanationStep.sameDayCutoffPassed(d("2026-03-13"), t("15:30"), t("15:00")),
                ExplanationStep.skippedDay(d("2026-03-14"), "weekend"),
                ExplanationStep.skippedDay(d("2026-03-15"), "weekend"),
                ExplanationStep.endOfWorkingDay(d("2026-03-16"), t("17:00")));
    }

    @Test
    void calendarDaysLandingOnTet() {
        Deadline deadline = Deadline.compute(VN, at("2026-02-10T10:00"), TimeLimit.calendarDays(7));

        assertThat(deadline.steps()).containsExactly(
                ExplanationStep.calendarDaysCounted(d("2026-02-17"), 7, d("2026-02-10")),
                ExplanationStep.skippedDay(d("2026-02-17"), TET),
                ExplanationStep.skippedDay(d("2026-02-18"), TET),
                ExplanationStep.skippedDay(d("2026-02-19"), TET),
                ExplanationStep.skippedDay(d("2026-02-20"), TET),
                ExplanationStep.skippedDay(d("2026-02-21"), "weekend"),
                ExplanationStep.skippedDay(d("2026-02-22"), "weekend"),
                ExplanationStep.endOfWorkingDay(d("2026-02-23"), t("17:00")));
        assertThat(deadline.steps().get(0).reason()).isEqualTo("7 calendar days from 2026-02-10");
    }

    @Test
    void theTuesdayExampleCountsFifteenPeriodsOfFiftySixHours() {
        Deadline deadline = Deadline.compute(VN, at("2026-03-10T09:00"), TimeLimit.workingDays(7));

        var periods = deadline.steps().stream().filter(s -> s.kind() == StepKind.WORKING_PERIOD).toList();
        assertThat(periods).hasSize(15);
        assertThat(periods.get(0)).isEqualTo(ExplanationStep.workingPeriod(d("2026-03-10"), t("09:00"), t("11:30")));
        assertThat(periods.get(14)).isEqualTo(ExplanationStep.workingPeriod(d("2026-03-19"), t("07:00"), t("09:00")));
        assertThat(periods.stream().map(ExplanationStep::duration).reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofHours(56));
        assertThat(deadline.steps()).filteredOn(s -> s.kind() == StepKind.SKIPPED_DAY)
                .extracting(ExplanationStep::date).containsExactly(d("2026-03-14"), d("2026-03-15"));
    }

    @Test
    void aPauseRoundShowsOldAndNewDue() {
        Deadline deadline = Deadline.compute(VN, at("2026-03-10T09:00"), TimeLimit.workingDays(7))
                .pause(VN, PauseReason.SUPPLEMENT, at("2026-03-11T10:00"), at("2026-03-11T15:00"));

        int n = deadline.steps().size();
        assertThat(deadline.steps().subList(n - 3, n)).containsExactly(
                new ExplanationStep(StepKind.PAUSE, null, null, null, Duration.ofHours(3), "SUPPLEMENT",
                        odt("2026-03-11T10:00"), odt("2026-03-11T15:00"), odt("2026-03-19T09:00"), odt("2026-03-19T14:00")),
                ExplanationStep.workingPeriod(d("2026-03-19"), t("09:00"), t("11:30")),
                ExplanationStep.workingPeriod(d("2026-03-19"), t("13:30"), t("14:00")));
    }
}
