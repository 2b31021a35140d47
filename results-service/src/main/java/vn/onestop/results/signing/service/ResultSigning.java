package vn.onestop.results.signing.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.results.config.ResultsConfig;
import vn.onestop.results.signing.domain.Ed25519;
import vn.onestop.results.signing.domain.SigningKey;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signs results with the configured Ed25519 key and verifies signatures by the key id recorded
 * with them. Built at start, so that a broken key configuration stops the service instead of
 * failing the first result.
 */
@Startup
@ApplicationScoped
public class ResultSigning {

    private final SigningKey current;
    private final Map<String, PublicKey> verificationKeys = new HashMap<>();
    private final String defaultSigner;

    ResultSigning(ResultsConfig config) {
        ResultsConfig.Signing signing = config.signing();
        this.current = signingKey(signing);
        this.defaultSigner = signing.signer();
        signing.retiredPublicKeys().forEach((keyId, key) -> verificationKeys.put(keyId, Ed25519.publicKey(key)));
        verificationKeys.put(current.keyId(), current.publicKey());
        Log.infof("results are signed with Ed25519 key %s; %d key(s) verify", current.keyId(), verificationKeys.size());
    }

    private static SigningKey signingKey(ResultsConfig.Signing signing) {
        Optional<String> privateKey = signing.privateKey().filter(k -> !k.isBlank());
        Optional<String> publicKey = signing.publicKey().filter(k -> !k.isBlank());
        if (privateKey.isEmpty() && publicKey.isEmpty()) {
            if (!signing.allowEphemeralKey()) {
                throw new IllegalStateException("no result-signing key is configured: set "
                        + "ONESTOP_RESULTS_SIGNING_PRIVATE_KEY and ONESTOP_RESULTS_SIGNING_PUBLIC_KEY (base64 PKCS#8 and "
                        + "X.509 of an Ed25519 pair; ONESTOP_RESULTS_SIGNING_KEY_ID names it), from the secret that "
                        + "holds the province's key. Results signed with a key made at start would stop verifying "
                        + "when the process ends and would not verify on another replica.");
            }
            KeyPair pair = Ed25519.generate();
            String keyId = "ephemeral-" + Ed25519.fingerprint(pair.getPublic());
            // One line on purpose: the prod profile logs JSON, where a drawn box would be noise.
            Log.warnf("!!! NO SIGNING KEY CONFIGURED (onestop.results.signing.private-key and public-key): results "
                    + "are signed with the EPHEMERAL key %s made at start and stop verifying when this process ends. "
                    + "Production must inject its own key pair (ONESTOP_RESULTS_SIGNING_PRIVATE_KEY, "
                    + "ONESTOP_RESULTS_SIGNING_PUBLIC_KEY, ONESTOP_RESULTS_SIGNING_KEY_ID) !!!", keyId);
            return new SigningKey(keyId, pair.getPrivate(), pair.getPublic());
        }
        if (privateKey.isEmpty() || publicKey.isEmpty()) {
            throw new IllegalStateException("onestop.results.signing needs both private-key and public-key, or "
                    + "neither (an ephemeral key); only the " + (privateKey.isEmpty() ? "public" : "private")
                    + " key is configured");
        }
        PublicKey pub = Ed25519.publicKey(publicKey.get());
        String keyId = signing.keyId().filter(id -> !id.isBlank()).orElseGet(() -> Ed25519.fingerprint(pub));
        return new SigningKey(keyId, Ed25519.privateKey(privateKey.get()), pub);
    }

    /** The id of the key new results are signed with. */
    public String keyId() {
        return current.keyId();
    }

    /** The signer recorded on every result: the holder of the key (ResultSigner says why). */
    public String defaultSigner() {
        return defaultSigner;
    }

    /** base64 of the signature of {@code canonical} with the current key. */
    public String sign(byte[] canonical) {
        return Base64.getEncoder().encodeToString(current.sign(canonical));
    }

    /** The public key with that id (current or retired). */
    public Optional<PublicKey> publicKey(String keyId) {
        return Optional.ofNullable(keyId == null ? null : verificationKeys.get(keyId));
    }

    /** Whether {@code base64Signature} is the signature of {@code canonical} by the key {@code keyId}. */
    public boolean verifies(String keyId, byte[] canonical, String base64Signature) {
        Optional<PublicKey> key = publicKey(keyId);
        if (key.isEmpty() || base64Signature == null) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(base64Signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Ed25519.verify(key.get(), canonical, signature);
    }
}
