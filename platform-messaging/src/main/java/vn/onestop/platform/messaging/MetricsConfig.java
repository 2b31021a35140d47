package vn.onestop.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the metrics every service exposes, under {@code onestop.metrics}. */
@ConfigMapping(prefix = "onestop.metrics")
public interface MetricsConfig {

    /**
     * How often the gauges read from the database ({@link QueryGauges}) are refreshed. A scrape reads
     * the last refreshed value and never queries the database itself.
     */
    @WithDefault("20s")
    Duration gaugeRefresh();
}
