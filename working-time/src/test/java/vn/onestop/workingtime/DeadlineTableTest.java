package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.workingtime.Vn.at;
import static vn.onestop.workingtime.Vn.odt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Due dates with Vietnam's default calendar (07:00–11:30, 13:30–17:00, Sat+Sun off, cut-off
 * 15:00, the shipped 2025–2026 holidays). Every expected value was worked out by hand; the
 * arithmetic is in the last column.
 */
class DeadlineTableTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();

    @Test
    void receivedTuesdayNineWithSevenWorkingDaysIsDueThursdayOfNextWeekAtNine() {
        Deadline d = Deadline.compute(VN, at("2026-03-10T09:00"), TimeLimit.workingDays(7));

        assertThat(d.receivedAt()).isEqualTo(odt("2026-03-10T09:00"));
        assertThat(d.clockStart()).isEqualTo(odt("2026-03-10T09:00"));
        assertThat(d.clockStartReason()).isEqualTo(SnapReason.NONE);
        assertThat(d.due()).isEqualTo(odt("2026-03-19T09:00"));
        assertThat(d.limit()).isEqualTo(TimeLimit.workingDays(7));
        assertThat(d.calendar()).isEqualTo("default");
        assertThat(d.zone()).isEqualTo(Vn.ZONE);
    }

    @ParameterizedTest(name = "[{index}] {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # received        | n  | unit          | clock start      | snap reason     | due              | why
            2026-03-10T09:00  | 7  | WORKING_DAYS  | 2026-03-10T09:00 | NONE            | 2026-03-19T09:00 | Tue 09:00 + 7 wd: each 8 h ends at 09:00 of the next working day; Sat/Sun 14-15 skipped
            2026-03-09T08:00  | 1  | WORKING_DAYS  | 2026-03-09T08:00 | NONE            | 2026-03-10T08:00 | inside the morning: 3.5 + 3.5 + 1 h
            2026-03-09T10:00  | 2  | WORKING_HOURS | 2026-03-09T10:00 | NONE            | 2026-03-09T14:00 | across lunch: 10:00-11:30 1.5 h, 13:30-14:00 0.5 h
            2026-03-09T11:29  | 1  | WORKING_HOURS | 2026-03-09T11:29 | NONE            | 2026-03-09T14:29 | one minute before lunch, 59 min after it
            2026-03-09T16:59  | 1  | WORKING_HOURS | 2026-03-09T16:59 | NONE            | 2026-03-10T07:59 | one minute before closing, 59 min next morning
            2026-03-09T07:00  | 1  | WORKING_DAYS  | 2026-03-09T07:00 | NONE            | 2026-03-09T17:00 | at opening + 8 h ends exactly at 17:00, not next day 07:00
            2026-03-09T08:30  | 3  | WORKING_HOURS | 2026-03-09T08:30 | NONE            | 2026-03-09T11:30 | lands exactly on the morning end: 11:30, not 13:30
            2026-03-13T07:00  | 1  | WORKING_DAYS  | 2026-03-13T07:00 | NONE            | 2026-03-13T17:00 | Friday opening + 8 h is Friday 17:00, not Monday 07:00
            2026-03-09T11:30  | 4  | WORKING_HOURS | 2026-03-09T13:30 | BETWEEN_PERIODS | 2026-03-10T07:30 | at 11:30 exactly: lunch; 13:30-17:00 3.5 h + 0.5 h
            2026-03-09T13:30  | 3  | WORKING_HOURS | 2026-03-09T13:30 | NONE            | 2026-03-09T16:30 | at 13:30 exactly the afternoon has started
            2026-03-09T12:00  | 1  | WORKING_DAYS  | 2026-03-09T13:30 | BETWEEN_PERIODS | 2026-03-10T11:30 | lunch reception: 3.5 h + 4.5 h ends at 11:30 exactly
            2026-03-09T17:00  | 1  | WORKING_DAYS  | 2026-03-10T07:00 | AFTER_CLOSING   | 2026-03-10T17:00 | at 17:00 exactly: after closing
            2026-03-09T18:30  | 2  | WORKING_DAYS  | 2026-03-10T07:00 | AFTER_CLOSING   | 2026-03-11T17:00 | after hours: Tue and Wed full
            2026-03-10T06:00  | 3  | WORKING_HOURS | 2026-03-10T07:00 | BEFORE_OPENING  | 2026-03-10T10:00 | before opening snaps to 07:00
            2026-03-07T10:00  | 1  | WORKING_DAYS  | 2026-03-09T07:00 | DAY_OFF         | 2026-03-09T17:00 | Saturday reception: Monday 07:00-17:00
            2026-03-08T23:59  | 5  | WORKING_HOURS | 2026-03-09T07:00 | DAY_OFF         | 2026-03-09T14:00 | Sunday night: 4.5 h + 0.5 h
            2026-03-13T15:00  | 1  | WORKING_DAYS  | 2026-03-13T15:00 | NONE            | 2026-03-16T15:00 | Friday 2 h + Monday 4.5 + 1.5 h
            2026-03-13T16:00  | 4  | WORKING_HOURS | 2026-03-13T16:00 | NONE            | 2026-03-16T10:00 | Friday 1 h + Monday 3 h
            2026-03-09T07:00  | 40 | WORKING_HOURS | 2026-03-09T07:00 | NONE            | 2026-03-13T17:00 | 40 h = five full days ending Friday 17:00
            2026-03-10T09:00  | 0  | WORKING_DAYS  | 2026-03-10T09:00 | NONE            | 2026-03-10T09:00 | zero limit: due at the clock start
            2026-03-07T10:00  | 0  | WORKING_HOURS | 2026-03-09T07:00 | DAY_OFF         | 2026-03-09T07:00 | zero limit on a Saturday: Monday opening
            2026-02-13T10:00  | 1  | WORKING_DAYS  | 2026-02-13T10:00 | NONE            | 2026-02-23T10:00 | Tết 2026: Fri 5 h, 14-22 Feb off, Mon 3 h
            2026-02-17T09:00  | 2  | WORKING_DAYS  | 2026-02-23T07:00 | DAY_OFF         | 2026-02-24T17:00 | received on Tết day 2: clock starts Mon 23 Feb
            2026-02-12T09:00  | 3  | WORKING_DAYS  | 2026-02-12T09:00 | NONE            | 2026-02-24T09:00 | Fri 13, Mon 23, Tue 24 at 09:00
            2026-02-02T08:00  | 15 | WORKING_DAYS  | 2026-02-02T08:00 | NONE            | 2026-03-02T08:00 | 9 days to Fri 13 Feb, Tết break, 5 days to Fri 27, Mon 2 Mar
            2026-01-09T09:00  | 1  | WORKING_DAYS  | 2026-01-09T09:00 | NONE            | 2026-01-10T09:00 | make-up Saturday 10 Jan 2026 is worked
            2026-01-10T10:00  | 1  | WORKING_DAYS  | 2026-01-10T10:00 | NONE            | 2026-01-12T10:00 | received on the make-up Saturday itself
            2025-12-31T14:00  | 1  | WORKING_DAYS  | 2025-12-31T14:00 | NONE            | 2026-01-05T14:00 | New Year 1 Jan + swapped 2 Jan + weekend: Wed 3 h, Mon 4.5 + 0.5 h
            2026-04-24T16:00  | 2  | WORKING_DAYS  | 2026-04-24T16:00 | NONE            | 2026-04-29T16:00 | Hùng Kings on Sun 26, compensatory Mon 27: Fri 1 h, Tue 8 h, Wed 4.5 + 2.5 h
            2026-04-29T10:00  | 1  | WORKING_DAYS  | 2026-04-29T10:00 | NONE            | 2026-05-04T10:00 | 30 Apr (Thu) and 1 May (Fri) next to the weekend: Wed 5 h, Mon 3 h
            2026-08-21T09:00  | 2  | WORKING_DAYS  | 2026-08-21T09:00 | NONE            | 2026-08-24T09:00 | make-up Saturday 22 Aug 2026 counts as day 1
            2026-08-28T14:00  | 1  | WORKING_DAYS  | 2026-08-28T14:00 | NONE            | 2026-09-03T14:00 | National Day 2026: 29 Aug-2 Sep off; Fri 3 h, Thu 4.5 + 0.5 h
            2025-04-25T09:00  | 1  | WORKING_DAYS  | 2025-04-25T09:00 | NONE            | 2025-04-26T09:00 | make-up Saturday 26 Apr 2025
            2025-04-29T09:00  | 1  | WORKING_DAYS  | 2025-04-29T09:00 | NONE            | 2025-05-05T09:00 | 30 Apr-4 May 2025 off: Tue 6 h, Mon 2 h
            2025-01-24T09:00  | 1  | WORKING_DAYS  | 2025-01-24T09:00 | NONE            | 2025-02-03T09:00 | Tết 2025: 25 Jan-2 Feb off
            2025-08-29T09:00  | 1  | WORKING_DAYS  | 2025-08-29T09:00 | NONE            | 2025-09-03T09:00 | National Day 2025: 1-2 Sep off after the weekend
            """)
    void workingDaysAndHours(String received, int value, TimeLimitUnit unit, String clockStart, SnapReason reason,
                             String due, String why) {
        Deadline d = Deadline.compute(VN, at(received), new TimeLimit(value, unit));

        assertThat(d.clockStart()).as("clock start").isEqualTo(odt(clockStart));
        assertThat(d.clockStartReason()).as("snap reason").isEqualTo(reason);
        assertThat(d.due()).as("due").isEqualTo(odt(due));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # received        | due              | why
            2026-03-10T09:00  | 2026-03-10T17:00 | in the morning: end of the same day
            2026-03-10T15:00  | 2026-03-10T17:00 | exactly at the 15:00 cut-off is not after it
            2026-03-10T15:01  | 2026-03-11T17:00 | one minute after the cut-off: next working day
            2026-03-10T06:30  | 2026-03-10T17:00 | before opening: same day
            2026-03-10T12:00  | 2026-03-10T17:00 | at lunch, before the cut-off: same day
            2026-03-10T17:30  | 2026-03-11T17:00 | after the last period: next working day
            2026-03-07T10:00  | 2026-03-09T17:00 | Saturday: next working day is Monday
            2026-03-13T16:00  | 2026-03-16T17:00 | Friday after the cut-off: Monday
            2026-02-13T15:30  | 2026-02-23T17:00 | Friday before Tết after the cut-off: after the 9-day break
            2026-01-09T16:00  | 2026-01-10T17:00 | Friday after the cut-off: the make-up Saturday
            2026-01-01T09:00  | 2026-01-05T17:00 | on New Year's Day: 2 Jan swapped off, weekend, Monday
            """)
    void sameDay(String received, String due, String why) {
        Deadline d = Deadline.compute(VN, at(received), TimeLimit.sameDay());

        assertThat(d.due()).isEqualTo(odt(due));
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # received        | n  | due              | why
            2026-03-10T09:00  | 3  | 2026-03-13T17:00 | Tue + 3 = Fri, end of day
            2026-03-10T09:00  | 4  | 2026-03-16T17:00 | Tue + 4 = Sat: moved to Monday
            2026-03-10T09:00  | 0  | 2026-03-10T17:00 | zero days: end of the reception day
            2026-02-10T10:00  | 7  | 2026-02-23T17:00 | Tue + 7 = Tue 17 Feb, Tết: moved past the break
            2026-04-20T10:00  | 10 | 2026-05-04T17:00 | Mon + 10 = Thu 30 Apr, holiday; 1 May, weekend: Monday 4 May
            2026-03-13T18:00  | 3  | 2026-03-19T17:00 | after hours Friday: counted from Monday 16, + 3 = Thu 19
            2026-08-18T09:00  | 4  | 2026-08-22T17:00 | Tue + 4 = the make-up Saturday 22 Aug, a working day
            2026-03-02T10:00  | 30 | 2026-04-01T17:00 | Mon 2 Mar + 30 = Wed 1 Apr
            """)
    void calendarDays(String received, int days, String due, String why) {
        Deadline d = Deadline.compute(VN, at(received), TimeLimit.calendarDays(days));

        assertThat(d.due()).isEqualTo(odt(due));
    }
}
