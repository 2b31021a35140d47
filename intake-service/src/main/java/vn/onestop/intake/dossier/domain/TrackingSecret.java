package vn.onestop.intake.dossier.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The random secret of a dossier's public tracking link: 160 bits from a secure random source,
 * URL-safe, so that it cannot be guessed the way sequential dossier codes can.
 */
public final class TrackingSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** What {@link #generate()} makes, and the 64 hex digits given to dossiers received before secrets existed. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{27}|[0-9a-f]{64}");

    private TrackingSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether {@code candidate} could be a secret at all; anything else is answered without a query. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }
}
