package vn.onestop.portal.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ApologyDateTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // a browser's date-time field: the province's wall clock (UTC+7, no daylight saving)
            "2026-12-31T16:00, 2026-12-31T09:00:00Z",
            "2026-12-31T16:00:30, 2026-12-31T09:00:30Z",
            // just after midnight in the province is still the day before in UTC
            "2027-01-01T06:59, 2026-12-31T23:59:00Z",
            // an offset given is kept, whatever the province's
            "2026-12-31T16:00+00:00, 2026-12-31T16:00:00Z",
            "' 2026-12-31T16:00 ', 2026-12-31T09:00:00Z"})
    void reads_the_field_in_the_province_time(String field, String instant) {
        assertThat(ApologyDate.parse(field, PROVINCE)).map(OffsetDateTime::toInstant)
                .contains(OffsetDateTime.parse(instant).toInstant());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "31/12/2026 16:00", "2026-12-31", "2026-13-01T10:00", "tomorrow"})
    void a_field_without_a_date_and_time_gives_none(String field) {
        assertThat(ApologyDate.parse(field, PROVINCE)).isEmpty();
    }

    @Test
    void shows_an_instant_as_the_province_wall_clock_to_the_minute() {
        assertThat(ApologyDate.field(OffsetDateTime.parse("2026-12-31T09:00:59Z"), PROVINCE)).isEqualTo("2026-12-31T16:00");
        assertThat(ApologyDate.field(null, PROVINCE)).isEmpty();
        String shown = ApologyDate.field(OffsetDateTime.parse("2026-12-31T23:59:00Z"), PROVINCE);
        assertThat(shown).isEqualTo("2027-01-01T06:59");
        assertThat(ApologyDate.parse(shown, PROVINCE)).map(OffsetDateTime::toInstant)
                .contains(OffsetDateTime.parse("2026-12-31T23:59:00Z").toInstant());
    }
}
