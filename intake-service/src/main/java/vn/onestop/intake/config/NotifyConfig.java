package vn.onestop.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import vn.onestop.platform.messaging.RetryPolicy;

/** Applicant notifications, under {@code onestop.notify}. */
@ConfigMapping(prefix = "onestop.notify")
public interface NotifyConfig {

    /**
     * {@code live}: e-mail through the SMTP server of {@code quarkus.mailer.*}, SMS and Zalo through
     * their HTTP gateways. {@code record}: nothing leaves the service, each notification is only
     * recorded (status RECORDED). No default in production: a start without it is refused
     * ({@code ONESTOP_NOTIFY_MODE}); dev and test record.
     */
    Optional<Mode> mode();

    /** Attempts per notification, the first included; then it is FAILED for good. */
    @WithDefault("5")
    int maxAttempts();

    RetryPolicy.Backoff retry();

    Dispatch dispatch();

    /** SMS gateway. */
    Gateway sms();

    /** Zalo notification gateway. */
    Gateway zalo();

    enum Mode {
        RECORD, LIVE
    }


    interface Dispatch {
        /** How often the dispatcher looks for due notifications (the scheduler's resolution is 1 s). */
        @WithDefault("2s")
        Duration interval();

        /** Notifications claimed at once by one replica. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a claim lasts. It must outlast a whole batch of sends (batch size × gateway
         * timeout), or another replica may send the same notification again.
         */
        @WithDefault("5m")
        Duration lease();
    }

    interface Gateway {
        /** Where to POST the JSON message; a channel without one fails its notifications in live mode. */
        Optional<URI> url();

        /** Sent as {@code Authorization: Bearer <token>}. */
        Optional<String> token();

        @WithDefault("10s")
        Duration timeout();
    }
}
