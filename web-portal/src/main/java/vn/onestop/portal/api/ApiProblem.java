package vn.onestop.portal.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An API's RFC 9457 problem (platform-rest's shape: title, detail, violations naming the field),
 * read back so that a page can show each violation next to its field.
 */
public record ApiProblem(String type, String title, int status, String detail, List<Violation> violations) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public record Violation(String field, String message) {
    }

    /** The problem an API answered with, when its body is one. */
    public static Optional<ApiProblem> of(WebApplicationException e) {
        Response response = e.getResponse();
        if (response == null || !response.hasEntity()) {
            return Optional.empty();
        }
        try {
            response.bufferEntity();
            return Optional.of(JSON.readValue(response.readEntity(String.class), ApiProblem.class));
        } catch (RuntimeException | java.io.IOException notAProblem) {
            return Optional.empty();
        }
    }

    /** field → message (the first for a field), for the templates. */
    public Map<String, String> byField() {
        return violations == null ? Map.of() : violations.stream()
                .filter(v -> v.field() != null)
                .collect(Collectors.toMap(Violation::field, Violation::message, (a, b) -> a));
    }
}
