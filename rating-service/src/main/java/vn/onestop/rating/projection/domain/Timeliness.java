package vn.onestop.rating.projection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * EARLY / ON_TIME / LATE of something finished against its due instant, with the rule of
 * working-time's {@code FinishedStatus}: EARLY on a calendar date (in the province's zone) before
 * the due date, ON_TIME on the due date at or before the due instant, LATE after the due instant.
 */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE;

    public static Timeliness of(Instant due, Instant finished, ZoneId zone) {
        if (finished.isAfter(due)) {
            return LATE;
        }
        return LocalDate.ofInstant(finished, zone).isBefore(LocalDate.ofInstant(due, zone)) ? EARLY : ON_TIME;
    }

    public boolean inTime() {
        return this != LATE;
    }

    public static Timeliness parse(String value) {
        return value == null || value.isBlank() ? null : valueOf(value);
    }
}
