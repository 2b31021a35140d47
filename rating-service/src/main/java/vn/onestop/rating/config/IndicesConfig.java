package vn.onestop.rating.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the indices, under {@code onestop.indices}. */
@ConfigMapping(prefix = "onestop.indices")
public interface IndicesConfig {

    /** The Decision 766 formula version used when a request names none. */
    @WithDefault("766-v1")
    String formulaVersion();
}
