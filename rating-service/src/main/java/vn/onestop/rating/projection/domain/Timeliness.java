package vn.onestop.rating.projection.domain;

import vn.onestop.workingtime.FinishedStatus;

import java.time.Instant;
import java.time.ZoneId;

/**
 * EARLY / ON_TIME / LATE of something finished against its due date, with the rule of
 * working-time's {@code FinishedStatus} (the national portal's): calendar dates in the province's
 * zone are compared, so finishing on the due date after the due hour is ON_TIME.
 */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE;

    public static Timeliness of(Instant due, Instant finished, ZoneId zone) {
        return valueOf(FinishedStatus.byDate(due, finished, zone).name());
    }

    public boolean inTime() {
        return this != LATE;
    }

    public static Timeliness parse(String value) {
        return value == null || value.isBlank() ? null : valueOf(value);
    }
}
