package vn.onestop.platform.testing;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class EventTimesTest {

    @Test
    void a_whole_minute_keeps_its_seconds() {
        OffsetDateTime minute = OffsetDateTime.of(2026, 12, 11, 16, 2, 0, 0, ZoneOffset.UTC);
        assertThat(minute.toString()).isEqualTo("2026-12-11T16:02Z");
        assertThat(EventTimes.rfc3339(minute)).isEqualTo("2026-12-11T16:02:00Z");
        assertThat(EventTimes.rfc3339(minute.withOffsetSameInstant(ZoneOffset.ofHours(7))))
                .isEqualTo("2026-12-11T23:02:00+07:00");
    }

    @Test
    void now_reads_back_as_the_same_instant() {
        String now = EventTimes.now();
        assertThat(now).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(OffsetDateTime.parse(now)).isBeforeOrEqualTo(OffsetDateTime.now(ZoneOffset.UTC));
    }
}
