package vn.onestop.results.signing.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Ed25519Test {

    private static final byte[] MESSAGE = "{\"id\":\"x\",\"ownerName\":\"Lê Văn Cường\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_signature_verifies_with_its_public_key_only_and_only_over_the_same_bytes() {
        KeyPair pair = Ed25519.generate();
        byte[] signature = Ed25519.sign(pair.getPrivate(), MESSAGE);
        assertThat(signature).hasSize(64);
        assertThat(Ed25519.verify(pair.getPublic(), MESSAGE, signature)).isTrue();

        byte[] tampered = MESSAGE.clone();
        tampered[tampered.length - 3] ^= 1;
        assertThat(Ed25519.verify(pair.getPublic(), tampered, signature)).isFalse();
        assertThat(Ed25519.verify(Ed25519.generate().getPublic(), MESSAGE, signature)).isFalse();
        assertThat(Ed25519.verify(pair.getPublic(), MESSAGE, new byte[3])).isFalse();
    }

    @Test
    void keys_read_back_from_their_base64_encodings_even_as_pem() {
        KeyPair pair = Ed25519.generate();
        String privateKey = Ed25519.encode(pair.getPrivate());
        String publicKey = Ed25519.encode(pair.getPublic());
        byte[] signature = Ed25519.sign(Ed25519.privateKey(privateKey), MESSAGE);
        assertThat(Ed25519.verify(Ed25519.publicKey(publicKey), MESSAGE, signature)).isTrue();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + publicKey + "\n-----END PUBLIC KEY-----\n";
        assertThat(Ed25519.verify(Ed25519.publicKey(pem), MESSAGE, signature)).isTrue();
    }

    @Test
    void the_dev_and_test_key_pair_of_the_configuration_is_a_pair() throws Exception {
        Properties properties = new Properties();
        try (var in = Ed25519Test.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String privateKey = properties.getProperty("%test.onestop.results.signing.private-key");
        String publicKey = properties.getProperty("%test.onestop.results.signing.public-key");
        SigningKey key = new SigningKey(properties.getProperty("%test.onestop.results.signing.key-id"),
                Ed25519.privateKey(privateKey), Ed25519.publicKey(publicKey));
        assertThat(Ed25519.verify(key.publicKey(), MESSAGE, key.sign(MESSAGE))).isTrue();
        assertThat(properties.getProperty("%dev.onestop.results.signing.public-key")).isEqualTo(publicKey);
        assertThat(key.toString()).doesNotContain(privateKey);
    }

    @Test
    void a_public_key_of_another_pair_is_refused() {
        KeyPair one = Ed25519.generate();
        KeyPair other = Ed25519.generate();
        assertThatThrownBy(() -> new SigningKey("k1", one.getPrivate(), other.getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k1");
        assertThatThrownBy(() -> new SigningKey(" ", one.getPrivate(), one.getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void garbage_is_not_a_key_and_the_fingerprint_is_stable() {
        assertThatThrownBy(() -> Ed25519.privateKey("bm90IGEga2V5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519.publicKey("%%%")).isInstanceOf(IllegalArgumentException.class);
        KeyPair pair = Ed25519.generate();
        assertThat(Ed25519.fingerprint(pair.getPublic())).matches("ed25519-[0-9a-f]{16}")
                .isEqualTo(Ed25519.fingerprint(Ed25519.publicKey(Ed25519.encode(pair.getPublic()))));
    }
}
