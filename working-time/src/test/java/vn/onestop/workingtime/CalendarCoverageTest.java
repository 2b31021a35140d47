package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onestop.workingtime.Vn.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A calendar knows which years' days off it holds; a deadline that reaches past them is flagged as
 * provisional instead of being silently early (a Tết counted as working time).
 */
class CalendarCoverageTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();

    @Test
    void theShippedCalendarDeclaresTheYearsItHoldsAndEveryDayItListsIsInThem() {
        YearRange covered = VN.coveredYears().orElseThrow();

        assertThat(VN.declaredCoveredYears()).contains(covered);
        assertThat(VN.holidays()).allSatisfy(h -> assertThat(covered.contains(h.date())).isTrue());
        assertThat(VN.makeUpWorkingDays()).allSatisfy(m -> assertThat(covered.contains(m.date())).isTrue());
        assertThat(VN.knowsDaysOffOf(covered.lastDay())).isTrue();
        assertThat(VN.knowsDaysOffOf(covered.lastDay().plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} working days: uncovered {2}")
    @CsvSource({
            // received, working days, uncovered years ("" = none)
            "2026-03-02T09:00, 7, ''",
            "2027-12-20T09:00, 3, ''",
            "2027-12-27T09:00, 7, 2028",
            "2028-03-01T09:00, 1, 2028",
            "2027-06-01T09:00, 500, 2028 2029",
    })
    void aDeadlineThatReachesPastTheCoveredYearsIsProvisionalAndSaysWhy(String received, int days, String uncovered) {
        Deadline deadline = Deadline.compute(VN, at(received), TimeLimit.workingDays(days));

        java.util.List<Integer> expected = uncovered.isEmpty() ? java.util.List.of()
                : java.util.Arrays.stream(uncovered.split(" ")).map(Integer::valueOf).toList();
        assertThat(deadline.uncoveredYears()).isEqualTo(expected);
        assertThat(deadline.provisional()).isEqualTo(!expected.isEmpty());
        if (expected.isEmpty()) {
            assertThat(deadline.calendarWarning()).isNull();
        } else {
            assertThat(deadline.calendarWarning()).contains("default", uncovered.split(" ")[0], "too early");
        }
    }

    @Test
    void aPauseThatPushesTheDueDateIntoAnUncoveredYearMakesItProvisional() {
        Deadline deadline = Deadline.compute(VN, at("2027-12-20T09:00"), TimeLimit.workingDays(3));
        assertThat(deadline.provisional()).isFalse();

        Deadline paused = deadline.pause(VN, PauseReason.SUPPLEMENT, at("2027-12-20T10:00"), at("2027-12-30T10:00"));

        assertThat(paused.due().getYear()).isEqualTo(2028);
        assertThat(paused.uncoveredYears()).containsExactly(2028);
    }

    @Test
    void theFlagSurvivesStorageAndIsShownToReaders() throws Exception {
        Deadline deadline = Deadline.compute(VN, at("2027-12-27T09:00"), TimeLimit.workingDays(7));

        String json = DeadlineJson.write(deadline);

        assertThat(DeadlineJson.read(json)).isEqualTo(deadline);
        var tree = new ObjectMapper().readTree(json);
        assertThat(tree.get("provisional").asBoolean()).isTrue();
        assertThat(tree.get("uncoveredYears").get(0).asInt()).isEqualTo(2028);
        assertThat(tree.get("calendarWarning").asText()).contains("2028");
        // a deadline inside the covered years reads as it always did
        String covered = DeadlineJson.write(Deadline.compute(VN, at("2026-03-02T09:00"), TimeLimit.workingDays(7)));
        assertThat(new ObjectMapper().readTree(covered).has("provisional")).isFalse();
        assertThat(new ObjectMapper().readTree(covered).has("uncoveredYears")).isFalse();
    }

    @Test
    void withoutADeclarationTheYearsAreThoseOfTheDaysListedAndWithoutDaysNothingIsFlagged() {
        WorkCalendar listed = WorkCalendar.builder().agency("x")
                .holiday(LocalDate.of(2030, 1, 1), "Tết Dương lịch", "test")
                .holiday(LocalDate.of(2031, 9, 2), "Quốc khánh", "test").build();
        WorkCalendar weekendsOnly = WorkCalendar.builder().agency("y").build();

        assertThat(listed.coveredYears()).contains(new YearRange(2030, 2031));
        assertThat(weekendsOnly.coveredYears()).isEmpty();
        assertThat(Deadline.compute(weekendsOnly, at("2040-01-02T09:00"), TimeLimit.workingDays(5)).provisional())
                .isFalse();
    }

    @Test
    void coveredYearsMustHoldEveryListedDayAndBeReadable() {
        assertThatThrownBy(() -> WorkCalendar.builder().coveredYears(new YearRange(2026, 2026))
                .holiday(LocalDate.of(2027, 1, 1), "Tết Dương lịch", "test").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holidays[0].date").hasMessageContaining("outside coveredYears 2026");
        assertThatThrownBy(() -> new YearRange(2027, 2026)).hasMessageContaining("before from");
        assertThatThrownBy(() -> WorkCalendars.parse("{\"coveredYears\": {\"from\": 2026, \"through\": \"2027\"}}"))
                .hasMessageContaining("coveredYears.through");
        assertThatThrownBy(() -> WorkCalendars.parse("{\"coveredYears\": {\"from\": 2026, \"to\": 2027}}"))
                .hasMessageContaining("coveredYears.to");

        WorkCalendar parsed = WorkCalendars.parse(WorkCalendars.toJson(VN));
        assertThat(parsed).isEqualTo(VN);
        assertThat(parsed.declaredCoveredYears()).isEqualTo(VN.declaredCoveredYears());
    }

    @ParameterizedTest(name = "on {0}: {1} days left, warning {2}")
    @CsvSource({
            // today, days left until 2027-12-31, warned
            "2026-12-06, 390, false",
            "2027-09-30, 92, false",
            "2027-10-01, 91, true",
            "2027-12-31, 0, true",
            "2028-01-02, -2, true",
    })
    void operatorsAreWarnedWellBeforeTheCoveredYearsRunOut(String today, long daysLeft, boolean warned) {
        CalendarCoverage coverage = CalendarCoverage.of(VN, LocalDate.parse(today), CalendarCoverage.DEFAULT_WARNING_DAYS);

        assertThat(coverage.through()).isEqualTo(2027);
        assertThat(coverage.daysLeft()).isEqualTo(daysLeft);
        if (warned) {
            assertThat(coverage.warning()).contains("'default'", "through 2027", daysLeft < 0 ? "since 2028-01-01" : "2028");
        } else {
            assertThat(coverage.warning()).isNull();
        }
    }

    @Test
    void theComingDaysOffThatAreStillGuessesAreListed() {
        CalendarCoverage coverage = CalendarCoverage.of(VN, LocalDate.of(2027, 4, 1), CalendarCoverage.DEFAULT_WARNING_DAYS);

        assertThat(coverage.unverified()).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2027-"))
                .noneMatch(d -> d.compareTo("2027-04-01") < 0);
        assertThat(coverage.unverified()).anyMatch(d -> d.startsWith("2027-04-16") && d.contains("Hùng Vương"));
        assertThat(CalendarCoverage.of(WorkCalendar.builder().agency("y").build(), LocalDate.of(2040, 1, 1), 92))
                .isEqualTo(new CalendarCoverage("y", null, null, java.util.List.of(), null));
    }

    @Test
    void aReleaseThatShipsNextYearExtendsAStoredCalendarWithoutTouchingTheYearsItHolds() {
        WorkCalendar stored = VN.toBuilder().removeHoliday(LocalDate.of(2027, 9, 3)).build();
        WorkCalendar shipped = VN.toBuilder().coveredYears(new YearRange(2025, 2028))
                .holiday(LocalDate.of(2028, 1, 1), "Tết Dương lịch", "Labour Code 2019 Art. 112").build();

        WorkCalendar extended = WorkCalendars.extend(stored, shipped).orElseThrow();

        assertThat(extended.coveredYears()).contains(new YearRange(2025, 2028));
        assertThat(extended.holiday(LocalDate.of(2028, 1, 1))).isPresent();
        assertThat(extended.holiday(LocalDate.of(2027, 9, 3))).as("the operator's correction stays").isEmpty();
        assertThat(WorkCalendars.extend(extended, shipped)).isEmpty();
        assertThat(WorkCalendars.extend(WorkCalendar.builder().build(), shipped)).isEmpty();
    }
}
