package vn.onestop.results.signing.service;

import org.junit.jupiter.api.Test;
import vn.onestop.results.config.ResultsConfig;
import vn.onestop.results.signing.domain.Ed25519;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key configuration: a configured pair, a rotation, no key, an ephemeral key, and what is refused. */
class ResultSigningTest {

    private static final byte[] CANONICAL = "{\"id\":\"r1\"}".getBytes(StandardCharsets.UTF_8);

    static ResultsConfig config(String privateKey, String publicKey, String keyId, Map<String, String> retired) {
        return config(privateKey, publicKey, keyId, retired, false);
    }

    static ResultsConfig config(String privateKey, String publicKey, String keyId, Map<String, String> retired,
                                boolean allowEphemeral) {
        ResultsConfig.Signing signing = new ResultsConfig.Signing() {
            public Optional<String> privateKey() {
                return Optional.ofNullable(privateKey);
            }

            public Optional<String> publicKey() {
                return Optional.ofNullable(publicKey);
            }

            public Optional<String> keyId() {
                return Optional.ofNullable(keyId);
            }

            public boolean allowEphemeralKey() {
                return allowEphemeral;
            }

            public String signer() {
                return "Hệ thống một cửa điện tử";
            }

            public Map<String, String> retiredPublicKeys() {
                return retired;
            }
        };
        return new ResultsConfig() {
            public Optional<String> publicBaseUrl() {
                return Optional.of("http://127.0.0.1:8083");
            }

            public Signing signing() {
                return signing;
            }
        };
    }

    @Test
    void signs_with_the_configured_key_under_its_id_and_verifies_by_key_id() {
        KeyPair pair = Ed25519.generate();
        ResultSigning signing = new ResultSigning(config(Ed25519.encode(pair.getPrivate()),
                Ed25519.encode(pair.getPublic()), "province-2026", Map.of()));
        String signature = signing.sign(CANONICAL);
        assertThat(signing.keyId()).isEqualTo("province-2026");
        assertThat(signing.defaultSigner()).isEqualTo("Hệ thống một cửa điện tử");
        assertThat(signing.verifies("province-2026", CANONICAL, signature)).isTrue();
        assertThat(signing.verifies("other-key", CANONICAL, signature)).isFalse();
        assertThat(signing.verifies("province-2026", "{\"id\":\"r2\"}".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
        assertThat(signing.verifies("province-2026", CANONICAL, "not base64 !")).isFalse();
    }

    @Test
    void after_a_rotation_results_of_the_retired_key_still_verify() {
        KeyPair old = Ed25519.generate();
        String oldSignature = new ResultSigning(config(Ed25519.encode(old.getPrivate()),
                Ed25519.encode(old.getPublic()), "province-2025", Map.of())).sign(CANONICAL);
        KeyPair current = Ed25519.generate();
        ResultSigning rotated = new ResultSigning(config(Ed25519.encode(current.getPrivate()),
                Ed25519.encode(current.getPublic()), "province-2026",
                Map.of("province-2025", Ed25519.encode(old.getPublic()))));
        assertThat(rotated.verifies("province-2025", CANONICAL, oldSignature)).isTrue();
        assertThat(rotated.verifies("province-2026", CANONICAL, oldSignature)).isFalse();
    }

    @Test
    void without_a_key_id_the_id_is_the_public_key_fingerprint() {
        KeyPair pair = Ed25519.generate();
        ResultSigning signing = new ResultSigning(config(Ed25519.encode(pair.getPrivate()),
                Ed25519.encode(pair.getPublic()), null, Map.of()));
        assertThat(signing.keyId()).isEqualTo(Ed25519.fingerprint(pair.getPublic()));
    }

    @Test
    void with_no_key_at_all_the_service_does_not_start() {
        assertThatThrownBy(() -> new ResultSigning(config(null, null, null, Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no result-signing key is configured")
                .hasMessageContaining("ONESTOP_RESULTS_SIGNING_PRIVATE_KEY");
    }

    @Test
    void an_ephemeral_key_signs_only_when_explicitly_allowed() {
        ResultSigning signing = new ResultSigning(config(null, null, null, Map.of(), true));
        assertThat(signing.keyId()).startsWith("ephemeral-ed25519-");
        assertThat(signing.verifies(signing.keyId(), CANONICAL, signing.sign(CANONICAL))).isTrue();
        assertThat(new ResultSigning(config(null, null, null, Map.of(), true)).keyId()).isNotEqualTo(signing.keyId());
    }

    @Test
    void half_a_key_pair_or_a_mismatched_one_stops_the_service() {
        KeyPair pair = Ed25519.generate();
        assertThatThrownBy(() -> new ResultSigning(config(Ed25519.encode(pair.getPrivate()), null, "k", Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("public");
        assertThatThrownBy(() -> new ResultSigning(config(null, Ed25519.encode(pair.getPublic()), "k", Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("private");
        assertThatThrownBy(() -> new ResultSigning(config(Ed25519.encode(pair.getPrivate()),
                Ed25519.encode(Ed25519.generate().getPublic()), "k", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
    }
}
