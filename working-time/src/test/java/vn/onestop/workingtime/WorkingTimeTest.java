package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onestop.workingtime.Vn.at;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-09T07:00 | 2026-03-09T17:00 | PT8H    | a whole working day
            2026-03-09T10:00 | 2026-03-09T14:00 | PT2H    | lunch not counted: 1.5 + 0.5 h
            2026-03-09T12:00 | 2026-03-09T13:00 | PT0S    | inside lunch
            2026-03-09T10:00 | 2026-03-09T10:00 | PT0S    | the same instant
            2026-03-13T16:00 | 2026-03-16T08:00 | PT2H    | over a weekend
            2026-03-14T00:00 | 2026-03-16T00:00 | PT0S    | a weekend alone
            2026-02-13T07:00 | 2026-02-23T07:00 | PT8H    | Tết: only Friday 13 Feb counts
            2026-01-09T17:00 | 2026-01-12T07:00 | PT8H    | the make-up Saturday 10 Jan counts
            2026-03-09T05:00 | 2026-03-09T22:00 | PT8H    | before opening to after closing
            2026-03-02T00:00 | 2026-04-01T00:00 | PT176H  | March 2026: 22 working days
            """)
    void between(String from, String to, Duration expected, String why) {
        assertThat(WorkingTime.workingTimeBetween(VN, at(from), at(to))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-09T17:00 | PT0S   | 2026-03-09T17:00 | zero: the instant itself, even outside working time
            2026-03-09T17:00 | PT1M   | 2026-03-10T07:01 | from closing, one minute next morning
            2026-03-09T16:00 | PT1H   | 2026-03-09T17:00 | fills the afternoon: 17:00
            2026-03-09T10:30 | PT1H   | 2026-03-09T11:30 | fills the morning: 11:30
            2026-03-14T09:00 | PT1H   | 2026-03-16T08:00 | from a Saturday
            2026-02-13T16:00 | PT2H   | 2026-02-23T08:00 | across Tết
            """)
    void add(String from, Duration amount, String expected, String why) {
        assertThat(WorkingTime.addWorkingTime(VN, at(from), amount)).isEqualTo(at(expected));
    }

    /** When a dossier due at {@code to} has {@code amount} or less of working time left. */
    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-10T10:00 | PT8H   | 2026-03-09T10:00 | one working day before a Tuesday 10:00: Monday 10:00
            2026-03-10T17:00 | PT8H   | 2026-03-09T17:00 | used up at Tuesday's opening: nothing counts overnight, so Monday's closing
            2026-03-10T14:00 | PT1H   | 2026-03-10T11:00 | over lunch: 0.5 h of the afternoon, 0.5 h of the morning
            2026-03-10T13:30 | PT30M  | 2026-03-10T11:00 | from the afternoon's opening
            2026-03-16T09:00 | PT4H   | 2026-03-13T15:00 | over a weekend: 2 h on Monday, 2 h on Friday
            2026-02-23T08:00 | PT2H   | 2026-02-13T16:00 | across Tết
            2026-03-10T10:00 | PT0S   | 2026-03-10T10:00 | zero inside a working period: the instant itself
            2026-03-10T12:00 | PT0S   | 2026-03-10T11:30 | zero at lunch: the morning's end
            2026-03-14T12:00 | PT0S   | 2026-03-13T17:00 | zero on a Saturday: Friday's closing
            """)
    void earliestWithin(String to, Duration amount, String expected, String why) {
        assertThat(WorkingTime.earliestWithin(VN, at(to), amount)).isEqualTo(at(expected));
    }

    @Test
    void fromTheEarliestInstantWithinExactlyTheAmountIsLeftAndAMinuteEarlierMore() {
        for (String to : new String[] {"2026-02-23T07:00", "2026-03-09T11:30", "2026-03-13T18:00", "2026-01-12T07:45"}) {
            for (long minutes : new long[] {0, 1, 59, 270, 480, 481, 2400}) {
                Duration amount = Duration.ofMinutes(minutes);
                var from = WorkingTime.earliestWithin(VN, at(to), amount);
                assertThat(WorkingTime.workingTimeBetween(VN, from, at(to))).as(to + " - " + amount).isEqualTo(amount);
                assertThat(WorkingTime.workingTimeBetween(VN, from.minus(Duration.ofMinutes(1)), at(to)))
                        .as("a minute before " + from).isGreaterThan(amount);
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-09T17:00 | 2026-03-10T07:00
            2026-03-09T12:15 | 2026-03-09T13:30
            2026-03-09T09:15 | 2026-03-09T09:15
            2026-02-15T09:00 | 2026-02-23T07:00
            """)
    void clockStart(String at, String expected) {
        assertThat(WorkingTime.clockStart(VN, at(at))).isEqualTo(at(expected));
    }

    @Test
    void addingThenMeasuringGivesBackTheAmount() {
        for (String from : new String[] {"2026-02-12T10:10", "2026-03-09T11:30", "2026-03-13T18:00", "2026-01-09T16:45"}) {
            for (long minutes : new long[] {1, 59, 270, 480, 481, 2400}) {
                Duration amount = Duration.ofMinutes(minutes);
                var end = WorkingTime.addWorkingTime(VN, at(from), amount);
                assertThat(WorkingTime.workingTimeBetween(VN, at(from), end)).as(from + " + " + amount).isEqualTo(amount);
            }
        }
    }

    @Test
    void rejectsBackwardsIntervalsAndNegativeAmounts() {
        assertThatThrownBy(() -> WorkingTime.workingTimeBetween(VN, at("2026-03-10T10:00"), at("2026-03-10T09:00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingTime.addWorkingTime(VN, at("2026-03-10T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingTime.earliestWithin(VN, at("2026-03-10T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
