package vn.onestop.processing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "onestop.processing")
public interface ProcessingConfig {

    /** The applicant's time to supplement when the officer gives no date (birth bundle: 7 working days). */
    @WithDefault("7")
    int supplementWorkingDays();
}
