package vn.onestop.results.signing.domain;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/** The key results are signed with now, under its id. */
public record SigningKey(String keyId, PrivateKey privateKey, PublicKey publicKey) {

    private static final byte[] PROBE = "onestop key pair check".getBytes(StandardCharsets.UTF_8);

    /**
     * @throws IllegalArgumentException if the key id is blank or the public key is not the private
     *                                  key's (a signature made with one does not verify with the other)
     */
    public SigningKey {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("a signing key needs an id");
        }
        if (!Ed25519.verify(publicKey, PROBE, Ed25519.sign(privateKey, PROBE))) {
            throw new IllegalArgumentException("the public key of " + keyId + " does not belong to its private key");
        }
    }

    public byte[] sign(byte[] message) {
        return Ed25519.sign(privateKey, message);
    }

    /** Never prints the private key. */
    @Override
    public String toString() {
        return "SigningKey[" + keyId + "]";
    }
}
