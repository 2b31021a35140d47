package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onestop.workingtime.Vn.at;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApologyRuleTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();

    /** Tue 10 Mar 2026 09:00 + 7 wd: due Thu 19 Mar 09:00. */
    private static final Deadline DUE_THURSDAY_0900 =
            Deadline.compute(VN, at("2026-03-10T09:00"), TimeLimit.workingDays(7));
    /** Fri 13 Mar 10:00 + 1 wd: due Mon 16 Mar 10:00. */
    private static final Deadline DUE_MONDAY_1000 =
            Deadline.compute(VN, at("2026-03-13T10:00"), TimeLimit.workingDays(1));
    /** Mon 9 Feb 09:00 + 5 wd: due Mon 23 Feb 09:00, after the Tết break. */
    private static final Deadline DUE_AFTER_TET =
            Deadline.compute(VN, at("2026-02-09T09:00"), TimeLimit.workingDays(5));

    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # issued at       | new due          | earlier | outcome       | why
            2026-03-18T09:00  | 2026-03-23T17:00 | 0       | ACCEPTED      | exactly one working day before the deadline
            2026-03-16T10:00  | 2026-03-23T17:00 | 0       | ACCEPTED      | days ahead
            2026-03-18T09:01  | 2026-03-23T17:00 | 0       | ACCEPTED_LATE | 7 h 59 min before: late but before the deadline
            2026-03-19T09:00  | 2026-03-23T17:00 | 0       | ACCEPTED_LATE | at the deadline itself
            2026-03-19T09:01  | 2026-03-23T17:00 | 0       | REFUSED       | after the deadline
            2026-03-16T10:00  | 2026-03-23T17:00 | 1       | REFUSED       | a second reschedule
            2026-03-16T10:00  | 2026-03-19T09:00 | 0       | REFUSED       | new date equal to the old one
            2026-03-16T10:00  | 2026-03-18T17:00 | 0       | REFUSED       | new date before the old one
            """)
    void againstThursdayNine(String issued, String newDue, int earlier, ApologyOutcome outcome, String why) {
        ApologyDecision decision = ApologyRule.evaluate(VN, DUE_THURSDAY_0900, at(issued), at(newDue), earlier);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.allowed()).isEqualTo(outcome != ApologyOutcome.REFUSED);
        if (outcome == ApologyOutcome.ACCEPTED) {
            assertThat(decision.reason()).isNull();
        } else {
            assertThat(decision.reason()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-13T10:00 | ACCEPTED      | Friday 10:00: Fri 5 h + Mon 3 h = one working day
            2026-03-14T09:00 | ACCEPTED_LATE | Saturday: only Monday's 3 h left
            """)
    void overAWeekend(String issued, ApologyOutcome outcome, String why) {
        assertThat(ApologyRule.evaluate(VN, DUE_MONDAY_1000, at(issued), at("2026-03-18T17:00"), 0).outcome())
                .isEqualTo(outcome);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-13T09:00 | ACCEPTED      | Fri 13 Feb 09:00: Fri 6 h + Mon 23 Feb 2 h, Tết not counted
            2026-02-13T10:00 | ACCEPTED_LATE | one hour later: 7 h
            2026-02-18T10:00 | ACCEPTED_LATE | during Tết: 2 h
            """)
    void overTheTetBreak(String issued, ApologyOutcome outcome, String why) {
        assertThat(ApologyRule.evaluate(VN, DUE_AFTER_TET, at(issued), at("2026-02-27T17:00"), 0).outcome())
                .isEqualTo(outcome);
    }

    @Test
    void theMessageSaysWhy() {
        assertThat(ApologyRule.evaluate(VN, DUE_THURSDAY_0900, at("2026-03-16T10:00"), at("2026-03-23T17:00"), 1)
                .reason()).contains("once");
        assertThat(ApologyRule.evaluate(VN, DUE_THURSDAY_0900, at("2026-03-20T10:00"), at("2026-03-23T17:00"), 0)
                .reason()).contains("after the deadline");
    }

    @Test
    void aNegativeCountIsAnError() {
        assertThatThrownBy(() -> ApologyRule.evaluate(VN, DUE_THURSDAY_0900, at("2026-03-16T10:00"),
                at("2026-03-23T17:00"), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
