package vn.onestop.rating.ratings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.rating.ratings.domain.RatingWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class RatingWindowTest {

    @ParameterizedTest(name = "window {0}, now {1}: may replace {2}")
    @CsvSource({
            "PT24H, 2026-11-26T03:00:00Z, true",
            "PT24H, 2026-11-27T02:59:59Z, true",
            "PT24H, 2026-11-27T03:00:00Z, true",
            "PT24H, 2026-11-27T03:00:01Z, false",
            "PT0S, 2026-11-26T03:00:01Z, false",
            "P7D, 2026-12-02T00:00:00Z, true"})
    void a_second_rating_replaces_the_first_within_the_window(Duration window, Instant now, boolean mayReplace) {
        assertThat(new RatingWindow(window).mayReplace(OffsetDateTime.parse("2026-11-26T03:00:00Z"), now))
                .isEqualTo(mayReplace);
    }
}
