package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.workingtime.Vn.at;
import static vn.onestop.workingtime.Vn.odt;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agency with its own calendar: 07:30–11:30 and 13:00–16:00 (a 7-hour day), a six-day week
 * (only Sunday off), a 14:00 same-day cut-off and a local holiday on Thursday 12 Mar 2026.
 */
class CustomCalendarTest {

    static final WorkCalendar SIX_DAY = WorkCalendar.builder()
            .agency("000.00.07.H12")
            .workingPeriods(WorkingPeriod.of("07:30", "11:30"), WorkingPeriod.of("13:00", "16:00"))
            .weekend(DayOfWeek.SUNDAY)
            .sameDayCutoff(LocalTime.of(14, 0))
            .holiday(LocalDate.parse("2026-03-12"), "Provincial festival", "test data")
            .build();

    @Test
    void aWorkingDayIsTheSumOfItsPeriods() {
        assertThat(SIX_DAY.workingDayLength()).isEqualTo(Duration.ofHours(7));
        assertThat(SIX_DAY.isWorkingDay(LocalDate.parse("2026-03-07"))).as("Saturday").isTrue();
        assertThat(SIX_DAY.isWorkingDay(LocalDate.parse("2026-03-08"))).as("Sunday").isFalse();
        assertThat(SIX_DAY.dayOffReason(LocalDate.parse("2026-03-12"))).contains("Provincial festival");
    }

    @ParameterizedTest(name = "[{index}] {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # received        | n | unit          | clock start      | snap reason     | due              | why
            2026-03-06T10:00  | 1 | WORKING_DAYS  | 2026-03-06T10:00 | NONE            | 2026-03-07T10:00 | 1 wd = 7 h: Fri 1.5 + 3 h, Saturday is worked: 07:30 + 2.5 h
            2026-03-07T15:00  | 1 | WORKING_DAYS  | 2026-03-07T15:00 | NONE            | 2026-03-09T15:00 | Sat 1 h, Sunday off, Mon 4 h + 2 h
            2026-03-11T09:00  | 2 | WORKING_DAYS  | 2026-03-11T09:00 | NONE            | 2026-03-14T09:00 | 14 h: Wed 5.5 h, Thu holiday, Fri 7 h, Sat 1.5 h
            2026-03-06T16:00  | 1 | WORKING_HOURS | 2026-03-07T07:30 | AFTER_CLOSING   | 2026-03-07T08:30 | closing is 16:00 here
            2026-03-09T12:00  | 7 | WORKING_HOURS | 2026-03-09T13:00 | BETWEEN_PERIODS | 2026-03-10T11:30 | lunch 11:30-13:00; 3 h + 4 h ends exactly at 11:30
            2026-03-08T10:00  | 1 | WORKING_HOURS | 2026-03-09T07:30 | DAY_OFF         | 2026-03-09T08:30 | Sunday reception
            2026-03-07T14:30  | 0 | SAME_DAY      | 2026-03-07T14:30 | NONE            | 2026-03-09T16:00 | after the 14:00 cut-off on Saturday: Monday (Sunday off)
            2026-03-07T13:59  | 0 | SAME_DAY      | 2026-03-07T13:59 | NONE            | 2026-03-07T16:00 | before the cut-off: Saturday 16:00
            2026-03-02T10:00  | 6 | CALENDAR_DAYS | 2026-03-02T10:00 | NONE            | 2026-03-09T16:00 | Mon + 6 = Sunday: moved to Monday 16:00
            2026-03-05T10:00  | 2 | CALENDAR_DAYS | 2026-03-05T10:00 | NONE            | 2026-03-07T16:00 | Thu + 2 = Saturday, a working day here
            """)
    void deadlines(String received, int value, TimeLimitUnit unit, String clockStart, SnapReason reason, String due,
                   String why) {
        Deadline d = Deadline.compute(SIX_DAY, at(received), new TimeLimit(value, unit));

        assertThat(d.clockStart()).as("clock start").isEqualTo(odt(clockStart));
        assertThat(d.clockStartReason()).as("snap reason").isEqualTo(reason);
        assertThat(d.due()).as("due").isEqualTo(odt(due));
        assertThat(d.calendar()).isEqualTo("000.00.07.H12");
    }
}
