package vn.onestop.rating.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/** Settings of rating-service, under {@code onestop.rating}. */
@ConfigMapping(prefix = "onestop.rating")
public interface RatingConfig {

    /** The province's time zone: periods, months and report dates are calendar days in it. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** How long after a first rating the applicant may replace it; later a second one is refused. */
    @WithDefault("24h")
    Duration updateWindow();
}
