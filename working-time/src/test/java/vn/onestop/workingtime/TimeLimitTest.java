package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeLimitTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"value": 7, "unit": "WORKING_DAYS"}   | 7  | WORKING_DAYS  | {"value":7,"unit":"WORKING_DAYS"}
            {"unit": "WORKING_HOURS", "value": 4}  | 4  | WORKING_HOURS | {"value":4,"unit":"WORKING_HOURS"}
            {"value": 15, "unit": "CALENDAR_DAYS"} | 15 | CALENDAR_DAYS | {"value":15,"unit":"CALENDAR_DAYS"}
            {"value": 0, "unit": "SAME_DAY"}       | 0  | SAME_DAY      | {"value":0,"unit":"SAME_DAY"}
            {"value": 1, "unit": "SAME_DAY"}       | 0  | SAME_DAY      | {"value":0,"unit":"SAME_DAY"}
            {"unit": "SAME_DAY"}                   | 0  | SAME_DAY      | {"value":0,"unit":"SAME_DAY"}
            """)
    void parsesAndPrints(String json, int value, TimeLimitUnit unit, String printed) {
        TimeLimit limit = TimeLimit.parse(json);

        assertThat(limit).isEqualTo(new TimeLimit(value, unit));
        assertThat(limit.toJson()).isEqualTo(printed);
        assertThat(TimeLimit.parse(limit.toJson())).isEqualTo(limit);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"value": 7, "unit": "WORKDAYS"}       | unit: unknown unit 'WORKDAYS'
            {"value": 7}                           | unit is required
            {"unit": "WORKING_DAYS"}               | value is required
            {"value": -1, "unit": "WORKING_DAYS"}  | value: -1 is negative
            {"value": 1.5, "unit": "WORKING_DAYS"} | value is required and must be a whole number
            {"value": 2, "unit": "SAME_DAY"}       | value: a SAME_DAY limit has value 0
            {"value": 7, "unit": "WORKING_DAYS", "days": 7} | unknown field 'days'
            7                                      | time limit must be a JSON object
            {"value":                              | time limit is not valid JSON
            """)
    void rejectsWithTheField(String json, String message) {
        assertThatThrownBy(() -> TimeLimit.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }
}
