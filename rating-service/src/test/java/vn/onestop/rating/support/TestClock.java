package vn.onestop.rating.support;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system clock, unless a test fixes it (ratings and feedback
 * of a past month, the end of a rating's update window). Tests run one at a time, so one instance
 * serves them all; every test that fixes it resets it.
 */
public final class TestClock extends Clock {

    public static final TestClock INSTANCE = new TestClock();

    private volatile Instant fixed;

    private TestClock() {
    }

    /** Fixes the clock at a local time of the province, e.g. {@code 2024-03-14T09:00}. */
    public static void setLocal(String local) {
        INSTANCE.fixed = OffsetDateTime.parse(local + (local.length() == 16 ? ":00" : "") + "+07:00").toInstant();
    }

    public static void set(Instant instant) {
        INSTANCE.fixed = instant;
    }

    public static void reset() {
        INSTANCE.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at == null ? Clock.system(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
