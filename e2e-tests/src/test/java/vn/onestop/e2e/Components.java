package vn.onestop.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Dossier components as the portal sends them in the end-to-end tests. */
final class Components {

    private static final String PDF = Base64.getEncoder().encodeToString("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));

    private Components() {
    }

    /** A small inline PDF for the component with this code. */
    static String pdf(String code) {
        return "{\"code\": \"" + code + "\", \"mediaType\": \"application/pdf\", \"contentBase64\": \"" + PDF + "\"}";
    }
}
