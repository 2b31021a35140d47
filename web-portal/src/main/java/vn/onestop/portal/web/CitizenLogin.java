package vn.onestop.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.Base64;

/**
 * The logged-in citizen as their access token names them: the personal id number (claim
 * {@code id_number}) and name that prefill the forms, and the token the services are called with.
 * The portal only reads the claims to fill forms in; every service checks the token itself.
 */
@RequestScoped
public class CitizenLogin {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AccessTokenCredential accessToken;

    private JsonNode claims;

    public String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    /** The personal id number, or "" when the token carries none (not a citizen). */
    public String idNumber() {
        return claim("id_number");
    }

    /** The name in the Vietnamese order (family name first), as the identity provider knows it. */
    public String fullName() {
        String family = claim("family_name");
        String given = claim("given_name");
        String joined = (family + " " + given).strip();
        return joined.isEmpty() ? claim("name") : joined;
    }

    private String claim(String name) {
        if (claims == null) {
            claims = decode(accessToken.getToken());
        }
        JsonNode value = claims.get(name);
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** The payload of a JWT (already checked by the OIDC extension when the session was made). */
    static JsonNode decode(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length < 2) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return JSON.createObjectNode();
        }
    }
}
