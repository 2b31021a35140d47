package vn.onestop.rating.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the indices, under {@code onestop.indices}. */
@ConfigMapping(prefix = "onestop.indices")
public interface IndicesConfig {

    /** The Decision 766 formula version used when a request names none. */
    @WithDefault("766-v1")
    String formulaVersion();

    /**
     * How long published indices and rankings, once computed for a unit, level, period and version,
     * are served as they are (their {@code asOf} says when they were computed; docs/adr/0033). 0: every
     * call computes (concurrent calls of the same still share one computation).
     */
    @WithDefault("30s")
    Duration maxAge();

    /** How many computed indices and rankings are kept at most. */
    @WithDefault("500")
    int cacheEntries();

    /** How many computations run at once at most; more callers wait up to {@link #computationWait()}, then 503. */
    @WithDefault("2")
    int concurrentComputations();

    @WithDefault("5s")
    Duration computationWait();
}
