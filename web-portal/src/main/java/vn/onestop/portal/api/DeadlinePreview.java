package vn.onestop.portal.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** processing's due-date explanation (working-time's DeadlineJson), the parts the page shows. */
public record DeadlinePreview(String calendar, Catalog.TimeLimit limit, OffsetDateTime receivedAt,
                              OffsetDateTime clockStart, String clockStartReason, OffsetDateTime due,
                              List<Step> steps) {

    /** SKIPPED_DAY (date, reason) or WORKING_PERIOD (date, from, to, duration). */
    public record Step(String kind, LocalDate date, String reason, LocalTime from, LocalTime to, String duration) {
    }
}
