package vn.onestop.platform.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParamsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    enum Status { OPEN, CLAIMED, DONE }

    private final QueryParams params = new QueryParams();

    @ParameterizedTest(name = "limit={0} is {1}")
    @CsvSource({"1, 1", "50, 50", "200, 200"})
    void a_numeric_limit_within_the_range_is_taken(int limit, int expected) {
        assertThat(params.limit(limit, 200)).isEqualTo(expected);
        params.throwIfAny();
    }

    @ParameterizedTest(name = "limit={0} is refused")
    @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE})
    void a_numeric_limit_outside_the_range_is_refused(int limit) {
        params.limit(limit, 200);

        assertRefused("limit", "must be a whole number from 1 to 200");
    }

    @ParameterizedTest(name = "limit=\"{0}\" is {1}")
    @CsvSource(value = {"NULL, 20", "'', 20", "'  ', 20", "1, 1", "' 7 ', 7", "100, 100"}, nullValues = "NULL")
    void a_text_limit_is_the_fallback_when_absent(String limit, int expected) {
        assertThat(params.limit(limit, 20, 100)).isEqualTo(expected);
        params.throwIfAny();
    }

    @ParameterizedTest(name = "limit=\"{0}\" is refused")
    @ValueSource(strings = {"0", "101", "-5", "ten", "1.5", "99999999999"})
    void a_text_limit_that_is_not_a_whole_number_in_range_is_refused(String limit) {
        assertThat(params.limit(limit, 20, 100)).isEqualTo(20);

        assertRefused("limit", "must be a whole number from 1 to 100");
    }

    @ParameterizedTest(name = "status=\"{0}\" is {1}")
    @CsvSource(value = {"NULL, NULL", "'', NULL", "' ', NULL", "OPEN, OPEN", "' DONE ', DONE"}, nullValues = "NULL")
    void an_enum_is_read_by_its_exact_name(String value, Status expected) {
        assertThat(params.enumValue("status", value, Status.class)).isEqualTo(expected);
        params.throwIfAny();
    }

    @ParameterizedTest(name = "status=\"{0}\" is refused")
    @ValueSource(strings = {"LOST", "open", "OPEN,DONE"})
    void an_unknown_enum_name_is_refused_with_the_known_ones(String value) {
        assertThat(params.enumValue("status", value, Status.class)).isNull();

        assertRefused("status", "must be one of [OPEN, CLAIMED, DONE]");
    }

    @Test
    void one_of_accepts_what_the_predicate_knows() {
        List<String> levels = List.of("PROVINCE", "COMMUNE");

        assertThat(params.oneOf("level", " COMMUNE ", levels::contains, levels)).isEqualTo("COMMUNE");
        assertThat(params.oneOf("level", "", levels::contains, levels)).isNull();
        params.throwIfAny();
        assertThat(params.oneOf("level", "DISTRICT", levels::contains, levels)).isNull();
        assertRefused("level", "must be one of [PROVINCE, COMMUNE]");
    }

    @ParameterizedTest(name = "at=\"{0}\" is {1}")
    @CsvSource(value = {"NULL, 2026-11-26", "'', 2026-11-26", "2026-01-31, 2026-01-31", "' 2024-02-29 ', 2024-02-29"},
            nullValues = "NULL")
    void a_date_is_the_fallback_when_absent(String value, LocalDate expected) {
        assertThat(params.date("at", value, TODAY)).isEqualTo(expected);
        params.throwIfAny();
    }

    @ParameterizedTest(name = "at=\"{0}\" is refused")
    @ValueSource(strings = {"2026-13-01", "2025-02-29", "26-11-2026", "today", "2026-11-26T09:00:00+07:00"})
    void a_date_that_is_not_a_calendar_day_is_refused(String value) {
        assertThat(params.date("at", value, TODAY)).isEqualTo(TODAY);

        assertRefused("at", "must be a date YYYY-MM-DD");
    }

    @ParameterizedTest(name = "at=\"{0}\" is refused")
    @ValueSource(strings = {"0000-01-01", "+10000-01-01", "+999999999-12-31", "-999999999-01-01"})
    void a_date_outside_the_years_1_to_9999_is_refused(String value) {
        assertThat(params.date("at", value, TODAY)).isEqualTo(TODAY);

        assertRefused("at", "must be within the years 1 to 9999");
    }

    @ParameterizedTest(name = "receivedFrom=\"{0}\" is refused")
    @ValueSource(strings = {"0000-12-31T23:59:59Z", "+10000-01-01T00:00:00+07:00", "-999999999-01-01T00:00:00+18:00",
            "+999999999-12-31T23:59:59Z"})
    void a_date_time_outside_the_years_1_to_9999_is_refused(String value) {
        assertThat(params.dateTime("receivedFrom", value)).isNull();

        assertRefused("receivedFrom", "must be within the years 1 to 9999");
    }

    @ParameterizedTest(name = "receivedFrom=\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void an_absent_date_time_is_null(String value) {
        assertThat(params.dateTime("receivedFrom", value)).isNull();
        params.throwIfAny();
    }

    @Test
    void a_date_time_needs_its_offset() {
        assertThat(params.dateTime("receivedFrom", " 2026-11-26T09:00:00+07:00 "))
                .isEqualTo(OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
        params.throwIfAny();

        assertThat(params.dateTime("receivedFrom", "2026-11-26T09:00:00")).isNull();
        assertRefused("receivedFrom", "must be an ISO-8601 date-time with offset");
    }

    @Test
    void text_is_kept_as_given_up_to_its_length() {
        assertThat(params.text("keyword", " khai sinh ", 20)).isEqualTo(" khai sinh ");
        assertThat(params.text("keyword", " ", 20)).isNull();
        assertThat(params.text("keyword", "x".repeat(20), 20)).hasSize(20);
        params.throwIfAny();

        assertThat(params.text("keyword", "x".repeat(21), 20)).isNull();
        assertRefused("keyword", "must have at most 20 characters");
    }

    @Test
    void nothing_wrong_throws_nothing() {
        params.enumValue("status", "OPEN", Status.class);
        params.limit(50, 200);
        params.date("at", null, TODAY);

        params.throwIfAny();
    }

    @Test
    void one_problem_names_every_wrong_parameter_in_the_order_they_were_read() {
        params.enumValue("status", "LOST", Status.class);
        params.limit("0", 20, 100);
        params.date("at", "2026-13-01", TODAY);
        params.reject("options", "apply to bundles only");

        assertThatThrownBy(params::throwIfAny).isInstanceOfSatisfying(ProblemException.class, e -> {
            Problem problem = e.toProblem("/api/v1/procedures");
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.type()).hasToString("https://onestop.vn/problems/validation");
            assertThat(problem.violations()).extracting(Problem.Violation::field)
                    .containsExactly("status", "limit", "at", "options");
            assertThat(problem.detail()).isEqualTo("status must be one of [OPEN, CLAIMED, DONE]; "
                    + "limit must be a whole number from 1 to 100; at must be a date YYYY-MM-DD; "
                    + "options apply to bundles only");
        });
    }

    private void assertRefused(String field, String message) {
        assertThatThrownBy(params::throwIfAny).isInstanceOfSatisfying(ProblemException.class, e -> {
            Problem problem = e.toProblem("/api/v1/things");
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.type()).hasToString("https://onestop.vn/problems/validation");
            assertThat(problem.violations()).containsExactly(new Problem.Violation(field, message));
        });
    }
}
