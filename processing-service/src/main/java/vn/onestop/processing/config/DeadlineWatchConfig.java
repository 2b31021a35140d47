package vn.onestop.processing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The deadline watch, under {@code onestop.deadline-watch}. */
@ConfigMapping(prefix = "onestop.deadline-watch")
public interface DeadlineWatchConfig {

    /** How often a round runs ({@code off} in tests, which drive the watch with their own clock). */
    @WithDefault("60s")
    String every();

    /** At most this many dossiers and as many steps whose moment has come are looked at per transaction. */
    @WithDefault("200")
    int batchSize();
}
