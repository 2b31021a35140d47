package vn.onestop.platform.messaging;

import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Exponential backoff between the attempts of an outbound delivery (a notification to a gateway, a
 * status change to the national portal): {@code initial}, 2×, 4× … capped at {@code max}; no attempt
 * after {@code maxAttempts} ({@link Integer#MAX_VALUE}: retried for as long as it takes).
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration max) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 <= initial <= max: " + initial + ", " + max);
        }
    }

    /**
     * The backoff settings of a delivery queue, as a group of its {@code @ConfigMapping}
     * ({@code <prefix>.retry.initial-backoff}, {@code <prefix>.retry.max-backoff}).
     */
    public interface Backoff {
        /** Wait after the first failed attempt; doubled after each further one. */
        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();
    }

    public RetryPolicy(int maxAttempts, Backoff backoff) {
        this(maxAttempts, backoff.initialBackoff(), backoff.maxBackoff());
    }

    /** Retried without limit: a partner down for a day must not lose what waits for it. */
    public static RetryPolicy unlimited(Backoff backoff) {
        return new RetryPolicy(Integer.MAX_VALUE, backoff);
    }

    /** Retried without limit: a partner down for a day must not lose what waits for it. */
    public RetryPolicy(Duration initial, Duration max) {
        this(Integer.MAX_VALUE, initial, max);
    }

    /** Whether a delivery that has had {@code attempts} attempts may have another. */
    public boolean mayRetryAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait before the next attempt, after {@code attempts} failed ones (1, 2, …). */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - 1, 62);
        long nanos = initial.toNanos();
        if (nanos == 0) {
            return Duration.ZERO;
        }
        // A shift that would overflow is far beyond any sensible cap.
        if (doublings >= Long.numberOfLeadingZeros(nanos)) {
            return max;
        }
        Duration delay = Duration.ofNanos(nanos << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** HTTP answers worth retrying: timeouts, throttling, the other side's own failures. */
    public static boolean retryable(int httpStatus) {
        return httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || httpStatus >= 500;
    }
}
