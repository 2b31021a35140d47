package vn.onestop.intake.dossier.domain;

import java.util.Optional;

/**
 * Recognises the formats the catalog accepts from their first bytes, so a file cannot claim to be
 * a PDF or an image when it is not.
 */
public final class MediaSniffer {

    private MediaSniffer() {
    }

    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
