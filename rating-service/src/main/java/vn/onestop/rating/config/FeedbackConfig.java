package vn.onestop.rating.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Handling time limits of feedback and complaints, under {@code onestop.feedback}. */
@ConfigMapping(prefix = "onestop.feedback")
public interface FeedbackConfig {

    TimeLimits timeLimit();

    /** Working days from receipt, on the working-time module's default calendar (*verify* the values). */
    interface TimeLimits {
        @WithDefault("5")
        int feedback();

        @WithDefault("10")
        int complaint();
    }
}
