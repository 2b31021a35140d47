package vn.onestop.portal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TaskUrgencyTest {

    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    @ParameterizedTest(name = "due {0} → {1}")
    @CsvSource({
            // past its due time, by a second or by days
            "2026-03-10T02:59:59Z, OVERDUE",
            "2026-03-01T00:00:00Z, OVERDUE",
            // exactly due now: not yet past it, and less than a day left
            "2026-03-10T03:00:00Z, DUE_SOON",
            "2026-03-10T10:00:00+07:00, DUE_SOON",
            // 24 hours left is still due soon; a second more is not
            "2026-03-11T03:00:00Z, DUE_SOON",
            "2026-03-11T03:00:01Z, ON_TRACK",
            "2026-04-01T00:00:00Z, ON_TRACK"})
    void marks_a_task_by_the_time_left(String due, TaskUrgency expected) {
        assertThat(TaskUrgency.of(OffsetDateTime.parse(due), NOW)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void a_task_without_a_due_time_is_on_track() {
        assertThat(TaskUrgency.of(null, NOW)).isEqualTo(TaskUrgency.ON_TRACK);
        assertThat(TaskUrgency.of(OffsetDateTime.of(2026, 3, 10, 3, 0, 0, 0, ZoneOffset.UTC), NOW))
                .isEqualTo(TaskUrgency.DUE_SOON);
    }
}
