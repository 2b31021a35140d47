package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkCalendarsTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();

    @Test
    void parsesTheDocumentedFormat() {
        WorkCalendar c = WorkCalendars.load(new ByteArrayInputStream("""
                {"agency": "000.00.01.H22", "zone": "Asia/Ho_Chi_Minh",
                 "workingPeriods": [{"start": "07:30", "end": "11:30"}, {"start": "13:00", "end": "17:00"}],
                 "weekend": ["SUNDAY"], "sameDayCutoff": "16:00",
                 "holidays": [{"date": "2026-02-16", "name": "Tết Nguyên Đán", "source": "Notice 9441/TB-BNV", "verify": true}],
                 "makeUpWorkingDays": [{"date": "2026-01-11", "name": "Làm bù", "source": "test"}]}
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(c.agency()).isEqualTo("000.00.01.H22");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(c.workingPeriods()).containsExactly(WorkingPeriod.of("07:30", "11:30"), WorkingPeriod.of("13:00", "17:00"));
        assertThat(c.workingDayLength()).isEqualTo(Duration.ofHours(8));
        assertThat(c.weekend()).containsExactly(DayOfWeek.SUNDAY);
        assertThat(c.sameDayCutoff()).isEqualTo(LocalTime.of(16, 0));
        assertThat(c.holidays()).containsExactly(
                new Holiday(LocalDate.parse("2026-02-16"), "Tết Nguyên Đán", "Notice 9441/TB-BNV", true));
        assertThat(c.makeUpWorkingDays()).containsExactly(
                new MakeUpWorkingDay(LocalDate.parse("2026-01-11"), "Làm bù", "test", false));
    }

    @Test
    void omittedFieldsTakeTheDefaults() {
        WorkCalendar c = WorkCalendars.parse("{\"agency\": \"x\"}");

        assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(c.workingPeriods()).containsExactly(WorkingPeriod.of("07:00", "11:30"), WorkingPeriod.of("13:30", "17:00"));
        assertThat(c.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(c.sameDayCutoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(c.workingDayLength()).isEqualTo(Duration.ofHours(8));
        assertThat(c.holidays()).isEmpty();
    }

    static Stream<Arguments> invalidCalendars() {
        return Stream.of(
                Arguments.of("periods overlap",
                        "{\"workingPeriods\": [{\"start\": \"07:00\", \"end\": \"11:30\"}, {\"start\": \"11:00\", \"end\": \"17:00\"}]}",
                        "workingPeriods[1] (11:00–17:00) overlaps workingPeriods[0] (07:00–11:30)"),
                Arguments.of("periods unordered",
                        "{\"workingPeriods\": [{\"start\": \"13:30\", \"end\": \"17:00\"}, {\"start\": \"07:00\", \"end\": \"11:30\"}]}",
                        "workingPeriods[1] (07:00–11:30) starts before workingPeriods[0] (13:30–17:00)"),
                Arguments.of("end before start",
                        "{\"workingPeriods\": [{\"start\": \"11:30\", \"end\": \"07:00\"}]}",
                        "workingPeriods[0]: end 07:00 is not after start 11:30"),
                Arguments.of("empty period",
                        "{\"workingPeriods\": [{\"start\": \"07:00\", \"end\": \"07:00\"}]}",
                        "workingPeriods[0]: end 07:00 is not after start 07:00"),
                Arguments.of("no periods", "{\"workingPeriods\": []}", "workingPeriods: at least one"),
                Arguments.of("periods not a list", "{\"workingPeriods\": \"07:00-17:00\"}", "workingPeriods: must be a JSON array"),
                Arguments.of("bad time", "{\"workingPeriods\": [{\"start\": \"7h\", \"end\": \"11:30\"}]}",
                        "workingPeriods[0].start: '7h' is not a time"),
                Arguments.of("missing end", "{\"workingPeriods\": [{\"start\": \"07:00\"}]}", "workingPeriods[0].end is required"),
                Arguments.of("holiday and make-up day",
                        "{\"holidays\": [{\"date\": \"2026-01-10\", \"name\": \"H\", \"source\": \"s\"}],"
                                + " \"makeUpWorkingDays\": [{\"date\": \"2026-01-10\", \"name\": \"M\", \"source\": \"s\"}]}",
                        "makeUpWorkingDays[0].date: 2026-01-10 is also a holiday (holidays[0])"),
                Arguments.of("make-up day on a weekday",
                        "{\"makeUpWorkingDays\": [{\"date\": \"2026-01-07\", \"name\": \"M\", \"source\": \"s\"}]}",
                        "makeUpWorkingDays[0].date: 2026-01-07 is a WEDNESDAY"),
                Arguments.of("duplicate holiday",
                        "{\"holidays\": [{\"date\": \"2026-02-16\", \"name\": \"A\", \"source\": \"s\"},"
                                + " {\"date\": \"2026-02-16\", \"name\": \"B\", \"source\": \"s\"}]}",
                        "holidays[1].date: 2026-02-16 is listed twice (also holidays[0])"),
                Arguments.of("unknown weekday", "{\"weekend\": [\"SATURDAY\", \"FUNDAY\"]}", "weekend[1]: unknown weekday 'FUNDAY'"),
                Arguments.of("no working day",
                        "{\"weekend\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\", \"SATURDAY\", \"SUNDAY\"]}",
                        "weekend: every day of the week is a day off"),
                Arguments.of("unknown zone", "{\"zone\": \"Asia/Saigonn\"}", "zone: unknown time zone 'Asia/Saigonn'"),
                Arguments.of("bad date", "{\"holidays\": [{\"date\": \"2026-02-30\", \"name\": \"H\", \"source\": \"s\"}]}",
                        "holidays[0].date: '2026-02-30' is not a date"),
                Arguments.of("holiday without source", "{\"holidays\": [{\"date\": \"2026-02-16\", \"name\": \"H\"}]}",
                        "holidays[0].source is required"),
                Arguments.of("holiday without name", "{\"holidays\": [{\"date\": \"2026-02-16\", \"source\": \"s\"}]}",
                        "holidays[0].name is required"),
                Arguments.of("verify not a boolean",
                        "{\"holidays\": [{\"date\": \"2026-02-16\", \"name\": \"H\", \"source\": \"s\", \"verify\": \"yes\"}]}",
                        "holidays[0].verify: must be true or false"),
                Arguments.of("misspelt field", "{\"weekends\": [\"SUNDAY\"]}", "weekends: unknown field"),
                Arguments.of("unknown entry field",
                        "{\"holidays\": [{\"date\": \"2026-02-16\", \"name\": \"H\", \"source\": \"s\", \"dat\": 1}]}",
                        "holidays[0].dat: unknown field"),
                Arguments.of("bad cut-off", "{\"sameDayCutoff\": \"3pm\"}", "sameDayCutoff: '3pm' is not a time"),
                Arguments.of("blank agency", "{\"agency\": \" \"}", "agency: must be a non-empty string"),
                Arguments.of("not JSON", "{\"agency\": ", "calendar data is not valid JSON"),
                Arguments.of("not an object", "[1, 2]", "calendar data must be a JSON object"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidCalendars")
    void invalidDataNamesTheField(String what, String json, String message) {
        assertThatThrownBy(() -> WorkCalendars.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void theBuilderValidatesToo() {
        assertThatThrownBy(() -> WorkCalendar.builder()
                .workingPeriods(WorkingPeriod.of("07:00", "12:00"), WorkingPeriod.of("11:00", "17:00")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("workingPeriods[1] (11:00–17:00) overlaps");
        assertThatThrownBy(() -> WorkCalendar.builder()
                .holiday(LocalDate.parse("2026-01-10"), "H", "s")
                .makeUpWorkingDay(LocalDate.parse("2026-01-10"), "M", "s").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("makeUpWorkingDays[0].date: 2026-01-10 is also a holiday");
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-03-10 | true  | -
            2026-03-14 | false | weekend
            2026-02-14 | false | weekend
            2026-02-16 | false | Tết Nguyên đán
            2026-02-20 | false | Tết Nguyên đán
            2026-02-23 | true  | -
            2026-01-01 | false | Tết Dương lịch
            2026-01-02 | false | Tết Dương lịch, nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)
            2026-01-10 | true  | -
            2026-04-26 | false | Giỗ Tổ Hùng Vương
            2026-04-27 | false | Giỗ Tổ Hùng Vương, nghỉ bù
            2026-08-22 | true  | -
            2026-08-31 | false | Quốc khánh, nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)
            2026-09-02 | false | Quốc khánh
            2025-04-07 | false | Giỗ Tổ Hùng Vương
            2025-04-26 | true  | -
            2025-05-02 | false | Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/4/2025)
            2025-09-01 | false | Quốc khánh
            2027-04-16 | false | Giỗ Tổ Hùng Vương
            """)
    void vietnamDefaultDays(LocalDate date, boolean working, String reason) {
        assertThat(VN.isWorkingDay(date)).isEqualTo(working);
        assertThat(VN.dayOffReason(date).orElse(null)).isEqualTo(reason);
    }

    @Test
    void tet2026IsANineDayBreakFromSaturday14ToSunday22February() {
        LocalDate first = LocalDate.parse("2026-02-14");
        for (int i = 0; i < 9; i++) {
            assertThat(VN.isWorkingDay(first.plusDays(i))).as(first.plusDays(i).toString()).isFalse();
        }
        assertThat(VN.isWorkingDay(LocalDate.parse("2026-02-13"))).isTrue();
        assertThat(VN.isWorkingDay(LocalDate.parse("2026-02-23"))).isTrue();
    }

    @Test
    void vietnamDefaultEntriesAllHaveASourceAndUnannouncedOnesAreMarkedForVerification() {
        assertThat(VN.agency()).isEqualTo("default");
        assertThat(VN.workingDayLength()).isEqualTo(Duration.ofHours(8));
        assertThat(VN.holidays()).allSatisfy(h -> assertThat(h.source()).isNotBlank());
        assertThat(VN.makeUpWorkingDays()).allSatisfy(m -> assertThat(m.source()).isNotBlank());
        assertThat(VN.holidays()).extracting(h -> h.date().getYear()).contains(2025, 2026, 2027);
        assertThat(VN.holiday(LocalDate.parse("2027-02-08"))).hasValueSatisfying(h -> assertThat(h.verify()).isTrue());
        assertThat(VN.holiday(LocalDate.parse("2026-02-17"))).hasValueSatisfying(h -> assertThat(h.verify()).isFalse());
        assertThat(VN.makeUpWorkingDays()).extracting(MakeUpWorkingDay::date).containsExactly(
                LocalDate.parse("2025-04-26"), LocalDate.parse("2026-01-10"), LocalDate.parse("2026-08-22"));
    }

    @Test
    void writesWhatItReads() {
        assertThat(WorkCalendars.parse(WorkCalendars.toJson(VN))).isEqualTo(VN);
        assertThat(WorkCalendars.parse(WorkCalendars.toJson(CustomCalendarTest.SIX_DAY))).isEqualTo(CustomCalendarTest.SIX_DAY);
    }
}
