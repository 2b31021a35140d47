package vn.onestop.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Online payment through the payment gateway, under {@code onestop.payments} (docs/payments.md). */
@ConfigMapping(prefix = "onestop.payments")
public interface PaymentConfig {

    Gateway gateway();

    /**
     * Where the gateway posts its signed callback: this service's public
     * {@code /api/v1/payments/callback}. Required for online payment, unless {@link #urlsFromRequest()}.
     */
    Optional<URI> callbackUrl();

    /**
     * Dev and tests only (a random port): the callback goes to the address the applicant's request
     * came to. Never in production, where that address is whatever the caller's Host header says.
     */
    @WithDefault("false")
    boolean urlsFromRequest();

    /**
     * Where the gateway sends the applicant's browser back (the portal's page of the dossier's fees),
     * {@code {code}} replaced by the dossier code. Unset: the dossier's public tracking page.
     */
    Optional<String> returnUrl();

    Reconcile reconcile();

    interface Gateway {
        /** Base URL of the payment gateway. Unset: online payment is unavailable (503), nothing else changes. */
        Optional<URI> url();

        /** The merchant code the gateway gave the province. */
        @WithDefault("onestop")
        String merchant();

        /** The secret both sides sign with (HMAC-SHA256); required with {@link #url()}. */
        Optional<String> secret();

        @WithDefault("10s")
        Duration timeout();
    }

    interface Reconcile {
        /** How often pending payments are checked with the gateway ({@code off} to disable). */
        @WithDefault("60s")
        String every();

        /** A payment still pending this long after it was created is asked about (its callback may be lost). */
        @WithDefault("2m")
        Duration after();
    }
}
