package vn.onestop.portal.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The new return date of an apology letter as the form carries it: a browser's date-time field sends
 * the wall-clock time without an offset ("2026-12-31T16:00"), read in the province's time. Whether the
 * date is acceptable (later than the deadline, before it expires, once) is processing's rule, not this.
 */
final class ApologyDate {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ApologyDate() {
    }

    /** The instant the field names, in {@code zone}; empty when the field holds no date and time. */
    static Optional<OffsetDateTime> parse(String field, ZoneId zone) {
        if (field == null || field.isBlank()) {
            return Optional.empty();
        }
        String value = field.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException noOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).atZone(zone).toOffsetDateTime());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** What the field shows for an instant: its wall-clock time in {@code zone}, to the minute. */
    static String field(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : at.atZoneSameInstant(zone).truncatedTo(ChronoUnit.MINUTES).format(FIELD);
    }
}
