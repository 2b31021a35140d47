package vn.onestop.results.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/** Settings of results-service, under {@code onestop.results}. */
@ConfigMapping(prefix = "onestop.results")
public interface ResultsConfig {

    /**
     * Public base URL of this service as citizens and partners reach it (the portal's gateway in
     * production): the verification link printed on results is this plus
     * {@code /api/v1/results/verify?id=...&sha256=...}. Required in production
     * ({@code ONESTOP_RESULTS_PUBLIC_BASE_URL}, checked at start by ResultLinks).
     */
    Optional<String> publicBaseUrl();

    Signing signing();

    /**
     * The Ed25519 key results are signed with. Production injects its own key pair from a secret
     * ({@code ONESTOP_RESULTS_SIGNING_PRIVATE_KEY}, {@code ..._PUBLIC_KEY}, {@code ..._KEY_ID});
     * the dev and test profiles carry a fixed pair. With no key configured the service refuses to
     * start, unless {@link #allowEphemeralKey()} says a throwaway key will do.
     */
    interface Signing {

        /** base64 of the PKCS#8 encoding of the private key. */
        Optional<String> privateKey();

        /** base64 of the X.509 (SubjectPublicKeyInfo) encoding of the matching public key. */
        Optional<String> publicKey();

        /** Id recorded with every signature; derived from the public key when not set. */
        Optional<String> keyId();

        /**
         * Whether a service with no key may make an ephemeral one at start (its results stop
         * verifying when the process ends, and a second replica's do not verify on the first).
         * For experiments only; never in production.
         */
        @WithDefault("false")
        boolean allowEphemeralKey();

        /** Who signs every result: the holder of the key (the result data cannot name a signer). */
        @WithDefault("onestop results-service")
        String signer();

        /**
         * Public keys results were signed with before a key rotation, by key id (base64 X.509),
         * so that those results still verify. Empty when no key was ever rotated.
         */
        Map<String, String> retiredPublicKeys();
    }
}
