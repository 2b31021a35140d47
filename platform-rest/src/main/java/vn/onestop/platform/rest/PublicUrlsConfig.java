package vn.onestop.platform.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How strictly the public base URLs are checked ({@link PublicUrls}), under {@code onestop.public-urls}. */
@ConfigMapping(prefix = "onestop.public-urls")
public interface PublicUrlsConfig {

    /**
     * Whether public links may point at this machine (localhost, 127.0.0.0/8, ::1): only where the
     * citizen is this machine, i.e. dev, tests and the local stack ({@code ./onestop up}), which say
     * so explicitly. Production refuses to start with a loopback link.
     */
    @WithDefault("false")
    boolean allowLoopback();
}
