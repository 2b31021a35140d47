package vn.onestop.intake.notification.domain;

import java.time.Duration;

/**
 * Exponential backoff between attempts: {@code initial}, 2×, 4× … capped at {@code max}; no
 * attempt after {@code maxAttempts}.
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

    /** Whether a notification that has had {@code attempts} attempts may have another. */
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
}
