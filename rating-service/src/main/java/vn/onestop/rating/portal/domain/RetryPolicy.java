package vn.onestop.rating.portal.domain;

import java.time.Duration;

/**
 * Exponential backoff of the portal sync: after the n-th failed attempt wait
 * {@code initial × 2^(n−1)}, at most {@code max}. Retryable failures are retried without limit
 * (the portal being down for a day must not lose a status change); permanent ones are not retried.
 */
public record RetryPolicy(Duration initial, Duration max) {

    public RetryPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff: initial must be positive and max at least initial");
        }
    }

    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1");
        }
        Duration delay = initial;
        for (int i = 1; i < attempt; i++) {
            delay = delay.multipliedBy(2);
            if (delay.compareTo(max) >= 0) {
                return max;
            }
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** HTTP answers worth retrying: timeouts, throttling, the portal's own failures. */
    public static boolean retryable(int httpStatus) {
        return httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || httpStatus >= 500;
    }
}
