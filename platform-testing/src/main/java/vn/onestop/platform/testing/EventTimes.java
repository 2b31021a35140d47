package vn.onestop.platform.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps for hand-written event payloads, always as RFC 3339 with seconds.
 *
 * <p>{@code OffsetDateTime.toString()} leaves out {@code :00} seconds when both seconds and nanoseconds are zero
 * ({@code 2026-12-11T16:02Z}), which the event contracts rightly refuse: a test that formats a time that way fails
 * once a minute. Fixtures format through here instead.
 */
public final class EventTimes {

    private EventTimes() {
    }

    /** Now, in UTC, for an event's {@code ...At} field. */
    public static String now() {
        return rfc3339(OffsetDateTime.now(ZoneOffset.UTC));
    }

    public static String rfc3339(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
