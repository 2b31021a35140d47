package vn.onestop.intake.payment.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The payment gateway's message signature: lower-case hex of HMAC-SHA256 over the exact bytes sent,
 * with the secret the gateway gave the merchant (header {@code X-Signature}). Both directions use it:
 * what the platform sends (creating a payment, asking its status) and the gateway's callback.
 */
public final class GatewaySignature {

    private static final String ALGORITHM = "HmacSHA256";

    private GatewaySignature() {
    }

    public static String sign(String secret, byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public static String sign(String secret, String content) {
        return sign(secret, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code signature} (hex, any case) signs {@code content}; compared in constant time. */
    public static boolean verifies(String secret, byte[] content, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] expected = sign(secret, content).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
