package vn.onestop.platform.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates in JSON bodies are held to the years 1 to 9999, whatever their type and wherever they sit. */
class DateBoundsTest {

    record Inner(LocalDate day) {
    }

    record Body(Instant instant, OffsetDateTime offsetDateTime, ZonedDateTime zonedDateTime, LocalDate localDate,
                LocalDateTime localDateTime, List<LocalDate> days, Inner inner, Map<LocalDate, String> byDay) {
    }

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new DateBounds().customize(mapper);
        return mapper;
    }

    @ParameterizedTest(name = "{0} = {1} is read")
    @CsvSource({
            "instant, 0001-01-01T00:00:00Z",
            "instant, 9999-12-31T23:59:59.999999999Z",
            "offsetDateTime, 0001-01-01T00:00:00Z",
            "offsetDateTime, 9999-12-31T23:59:59+07:00",
            "offsetDateTime, 2026-11-26T09:00:00+07:00",
            "zonedDateTime, 2026-11-26T09:00:00+07:00[Asia/Ho_Chi_Minh]",
            "localDate, 0001-01-01",
            "localDate, 9999-12-31",
            "localDateTime, 9999-12-31T23:59:59",
            "localDateTime, 0001-01-01T00:00:00"})
    void a_date_within_the_years_is_read(String field, String value) throws Exception {
        Body body = MAPPER.readValue("{\"" + field + "\": \"" + value + "\"}", Body.class);

        // the moment (the mapper may move an offset to UTC) or the day as written
        switch (field) {
            case "instant" -> assertThat(body.instant()).isEqualTo(Instant.parse(value));
            case "offsetDateTime" -> assertThat(body.offsetDateTime().toInstant())
                    .isEqualTo(OffsetDateTime.parse(value).toInstant());
            case "zonedDateTime" -> assertThat(body.zonedDateTime().toInstant())
                    .isEqualTo(ZonedDateTime.parse(value).toInstant());
            case "localDate" -> assertThat(body.localDate()).isEqualTo(LocalDate.parse(value));
            case "localDateTime" -> assertThat(body.localDateTime()).isEqualTo(LocalDateTime.parse(value));
            default -> throw new IllegalArgumentException(field);
        }
    }

    @ParameterizedTest(name = "{1} is refused naming {2}")
    @CsvSource(delimiter = '|', value = {
            // the fuzz's and the values, and the first year outside at each end
            "{\"instant\": \"+999999999-12-31T23:59:59Z\"}               | +999999999 | instant",
            "{\"instant\": \"-000001-01-01T00:00:00Z\"}                  | -1         | instant",
            "{\"instant\": \"0000-12-31T23:59:59.999Z\"}                 | 0          | instant",
            "{\"instant\": \"+10000-01-01T00:00:00Z\"}                   | +10000     | instant",
            "{\"offsetDateTime\": \"+999999999-12-31T23:59:59Z\"}        | +999999999 | offsetDateTime",
            "{\"offsetDateTime\": \"-000001-01-01T00:00:00Z\"}           | -1         | offsetDateTime",
            "{\"offsetDateTime\": \"+10000-01-01T12:00:00+07:00\"}       | +10000     | offsetDateTime",
            "{\"zonedDateTime\": \"+10000-01-01T00:00:00Z\"}             | +10000     | zonedDateTime",
            "{\"zonedDateTime\": \"0000-06-01T00:00:00Z\"}               | 0          | zonedDateTime",
            "{\"localDate\": \"+999999999-12-31\"}                       | +999999999 | localDate",
            "{\"localDate\": \"-999999999-01-01\"}                       | -999999999 | localDate",
            "{\"localDate\": \"0000-12-31\"}                             | 0          | localDate",
            "{\"localDate\": \"+10000-01-01\"}                           | +10000     | localDate",
            "{\"localDateTime\": \"+10000-01-01T00:00:00\"}              | +10000     | localDateTime",
            "{\"localDateTime\": \"-000001-12-31T23:59:59\"}             | -1         | localDateTime",
            "{\"days\": [\"2026-11-26\", \"+10000-01-01\"]}              | +10000     | days[1]",
            "{\"inner\": {\"day\": \"0000-01-01\"}}                      | 0          | inner.day"})
    void a_date_outside_the_years_is_refused_naming_its_field(String json, String year, String field) {
        assertThatThrownBy(() -> MAPPER.readValue(json, Body.class))
                .as("year %s", year)
                .isInstanceOfSatisfying(DateBounds.OutOfRange.class, e -> {
                    assertThat(ProblemMappers.pathOf(e)).isEqualTo(field);
                    assertThat(e.getOriginalMessage()).isEqualTo("must be within the years 1 to 9999");
                });
    }

    @ParameterizedTest(name = "the key {0}")
    @CsvSource({"+10000-01-01, false", "0000-01-01, false", "2026-11-26, true"})
    void the_keys_of_a_map_are_held_to_the_same_years(String key, boolean read) throws Exception {
        String json = "{\"byDay\": {\"" + key + "\": \"x\"}}";
        if (read) {
            assertThat(MAPPER.readValue(json, Body.class).byDay()).containsOnlyKeys(LocalDate.parse(key));
        } else {
            assertThatThrownBy(() -> MAPPER.readValue(json, Body.class))
                    .isInstanceOfSatisfying(DateBounds.OutOfRange.class,
                            e -> assertThat(ProblemMappers.pathOf(e)).startsWith("byDay"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // not a date at all: Jackson's own refusal (malformed-body), not the bound
            "{\"localDate\": \"2026-02-30\"}",
            "{\"offsetDateTime\": \"tomorrow\"}"})
    void what_is_no_date_is_still_refused_by_jackson(String json) {
        assertThatThrownBy(() -> MAPPER.readValue(json, Body.class))
                .isInstanceOf(JsonMappingException.class)
                .isNotInstanceOf(DateBounds.OutOfRange.class);
    }
}
