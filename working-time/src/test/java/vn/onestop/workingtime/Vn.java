package vn.onestop.workingtime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Test shorthand: local date-times in Vietnam (UTC+07:00, no daylight saving time). */
final class Vn {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Vn() {
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    /** The value a Deadline carries for {@code localDateTime}: the same instant with offset +07:00. */
    static OffsetDateTime odt(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00");
    }
}
