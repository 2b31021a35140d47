package vn.onestop.platform.messaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofHours(1));

    @ParameterizedTest(name = "after {0} failed attempt(s): wait {1}")
    @CsvSource({
            "0, PT0S",
            "1, PT30S",
            "2, PT1M",
            "3, PT2M",
            "4, PT4M",
            "7, PT32M",
            "8, PT1H",
            "9, PT1H",
            "100, PT1H",
            "2147483647, PT1H",
    })
    void doubles_the_wait_up_to_the_cap(int attempts, Duration expected) {
        assertThat(POLICY.delayAfter(attempts)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} attempt(s) made, max {1}: another? {2}")
    @CsvSource({"0, 5, true", "1, 5, true", "4, 5, true", "5, 5, false", "6, 5, false", "1, 1, false", "0, 1, true"})
    void stops_after_the_last_attempt(int attempts, int max, boolean again) {
        assertThat(new RetryPolicy(max, Duration.ofSeconds(1), Duration.ofSeconds(1)).mayRetryAfter(attempts))
                .isEqualTo(again);
    }

    @Test
    void refuses_nonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RetryPolicy(3, Duration.ZERO, Duration.ZERO).delayAfter(3)).isEqualTo(Duration.ZERO);
    }
}
