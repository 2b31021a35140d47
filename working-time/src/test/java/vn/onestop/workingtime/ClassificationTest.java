package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onestop.workingtime.Vn.at;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();

    /** Tue 10 Mar 2026 09:00 + 7 wd: due Thu 19 Mar 09:00. */
    private static final Deadline DUE_THURSDAY_0900 =
            Deadline.compute(VN, at("2026-03-10T09:00"), TimeLimit.workingDays(7));
    /** Fri 13 Mar 07:00 + 1 wd: due Fri 13 Mar 17:00. */
    private static final Deadline DUE_FRIDAY_1700 =
            Deadline.compute(VN, at("2026-03-13T07:00"), TimeLimit.workingDays(1));
    /** Fri 13 Mar 10:00 + 1 wd: Fri 5 h, Mon 3 h, due Mon 16 Mar 10:00. */
    private static final Deadline DUE_MONDAY_1000 =
            Deadline.compute(VN, at("2026-03-13T10:00"), TimeLimit.workingDays(1));

    @ParameterizedTest(name = "[{index}] finished {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-19T09:00 | ON_TIME | exactly at the due instant
            2026-03-19T09:01 | ON_TIME | one minute after the due hour, on the due date: the portal compares dates
            2026-03-19T16:30 | ON_TIME | the afternoon of the due date
            2026-03-19T23:59 | ON_TIME | the last minute of the due date, local time
            2026-03-20T00:00 | LATE    | the first minute after the due date, local time
            2026-03-19T08:00 | ON_TIME | on the due day, before the due time
            2026-03-19T00:30 | ON_TIME | just after midnight local time (17:30 UTC the day before) is the due day
            2026-03-18T23:59 | EARLY   | the evening before the due day
            2026-03-18T16:59 | EARLY   | a working day before the due day
            2026-03-14T10:00 | EARLY   | a Saturday before the due day
            2026-03-20T08:00 | LATE    | the next day
            """)
    void finishedAgainstThursdayNine(String finished, FinishedStatus expected, String why) {
        assertThat(FinishedStatus.of(DUE_THURSDAY_0900, at(finished))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] finished {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-13T17:00 | ON_TIME
            2026-03-13T17:01 | ON_TIME
            2026-03-13T18:30 | ON_TIME
            2026-03-16T07:00 | LATE
            2026-03-13T07:30 | ON_TIME
            """)
    void finishedAgainstAnEndOfDayDue(String finished, FinishedStatus expected) {
        assertThat(FinishedStatus.of(DUE_FRIDAY_1700, at(finished))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] open at {0}: overdue in reports {1}, past the due instant {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-19T09:00 | false | false | at the due instant
            2026-03-19T09:01 | false | true  | the officers see it overdue; the reports judge by date
            2026-03-20T00:00 | false | true  | a period ending at midnight judges by its last day, the due date
            2026-03-20T00:01 | true  | true  | a minute into the next day
            2026-03-18T17:00 | false | false | the day before
            """)
    void openByDateForReportsAndByInstantForOfficers(String asOf, boolean overdueInReports, boolean pastDue, String why) {
        assertThat(FinishedStatus.overdueByDate(DUE_THURSDAY_0900.due().toInstant(), at(asOf), VN.zone()))
                .isEqualTo(overdueInReports);
        assertThat(FinishedStatus.pastDueInstant(DUE_THURSDAY_0900, at(asOf))).isEqualTo(pastDue);
    }

    @Test
    void finishingBeforeReceptionIsAnError() {
        assertThatThrownBy(() -> FinishedStatus.of(DUE_THURSDAY_0900, at("2026-03-09T10:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{index}] now {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-18T09:00 | AT_RISK | exactly one working day (8 h) left
            2026-03-18T08:59 | ON_TIME | 8 h 1 min left
            2026-03-18T12:00 | AT_RISK | lunch: 3.5 + 2 = 5.5 h left
            2026-03-17T17:00 | ON_TIME | evening before: Wed 8 h + Thu 2 h = 10 h left
            2026-03-19T09:00 | AT_RISK | at the due instant: not yet past it
            2026-03-19T09:01 | OVERDUE | one minute past the due
            2026-03-10T09:00 | ON_TIME | just received
            """)
    void openAgainstThursdayNine(String now, OpenStatus expected, String why) {
        assertThat(OpenStatus.of(VN, DUE_THURSDAY_0900, at(now))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] now {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-13T10:00 | AT_RISK | a one-working-day limit is at risk from the start: 8 h left
            2026-03-13T16:00 | AT_RISK | Fri 1 h + Mon 3 h left
            2026-03-14T12:00 | AT_RISK | Saturday: Monday's 3 h left
            2026-03-16T10:00 | AT_RISK | at the due instant
            2026-03-16T10:01 | OVERDUE | one minute past
            """)
    void openOverAWeekend(String now, OpenStatus expected, String why) {
        assertThat(OpenStatus.of(VN, DUE_MONDAY_1000, at(now))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] now {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-17T09:00 | AT_RISK | exactly two working days left
            2026-03-17T08:59 | ON_TIME | 16 h 1 min left
            """)
    void openWithATwoDayThreshold(String now, OpenStatus expected, String why) {
        assertThat(OpenStatus.of(VN, DUE_THURSDAY_0900, at(now), Duration.ofHours(16))).isEqualTo(expected);
    }
}
