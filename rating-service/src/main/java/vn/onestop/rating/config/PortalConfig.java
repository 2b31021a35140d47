package vn.onestop.rating.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import vn.onestop.platform.messaging.RetryPolicy;

/** The National Public Service Portal's sync endpoint, under {@code onestop.portal}. */
@ConfigMapping(prefix = "onestop.portal")
public interface PortalConfig {

    /** The sync endpoint (POST, JSON). Without it nothing is pushed: changes queue up as PENDING. */
    Optional<URI> url();

    /** Basic authentication, when the portal gave the province a user. */
    Optional<String> username();

    Optional<String> password();

    /** Bearer token, when the portal gave the province one (used instead of Basic when set). */
    Optional<String> token();

    @WithDefault("10s")
    Duration timeout();

    /** How dates are written in the payload, in the province's zone (*verify* against the portal). */
    @WithDefault("dd/MM/yyyy HH:mm:ss")
    String dateFormat();

    RetryPolicy.Backoff retry();

    Dispatch dispatch();


    interface Dispatch {
        /** How often the dispatcher looks for changes to push (the scheduler's resolution is 1 s). */
        @WithDefault("5s")
        Duration interval();

        @WithDefault("50")
        int batchSize();

        /** A claimed change not recorded within this time (its replica died) is pushed again. */
        @WithDefault("2m")
        Duration lease();
    }
}
