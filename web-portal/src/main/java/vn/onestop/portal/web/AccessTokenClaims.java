package vn.onestop.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * A claim of the user's access token, read to fill in a parameter of a call (the agency of a
 * counter's centre, of a leader's statistics). The portal decides nothing with it: the service
 * that receives the call verifies the token and refuses what the user may not do.
 */
final class AccessTokenClaims {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessTokenClaims() {
    }

    static Optional<String> claim(String jwt, String name) {
        if (jwt == null) {
            return Optional.empty();
        }
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode value = payload.get(name);
            return value == null || !value.isTextual() || value.asText().isBlank() ? Optional.empty()
                    : Optional.of(value.asText());
        } catch (IOException | IllegalArgumentException notAJwt) {
            return Optional.empty();
        }
    }
}
