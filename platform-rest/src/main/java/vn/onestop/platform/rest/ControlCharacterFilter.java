package vn.onestop.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before any resource runs, a request whose path, query parameters or header values carry
 * a control character ({@link ControlCharacters#inLine}): 400 problem+json naming each one.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public Response refuseControlCharacters(ContainerRequestContext request) {
        List<Problem.Violation> violations = new ArrayList<>();
        String path = request.getUriInfo().getPath(true);
        check("path", path, violations);
        check(request.getUriInfo().getQueryParameters(true), "query parameter ", violations);
        check(request.getHeaders(), "header ", violations);
        if (violations.isEmpty()) {
            return null;
        }
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type("control-character"),
                "Control character in the request", 400, "control characters (such as NUL) are not accepted in paths, "
                + "query parameters, headers or JSON text: " + violations.get(0).field() + " "
                + violations.get(0).message(), ControlCharacters.inLine(path) < 0 ? path : null, violations)).build();
    }

    private static void check(MultivaluedMap<String, String> values, String what, List<Problem.Violation> violations) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            check(what + safe(entry.getKey()), entry.getKey(), violations);
            for (String value : entry.getValue()) {
                check(what + safe(entry.getKey()), value, violations);
            }
        }
    }

    private static void check(String field, String value, List<Problem.Violation> violations) {
        int at = ControlCharacters.inLine(value);
        if (at >= 0) {
            violations.add(new Problem.Violation(field, "contains the control character "
                    + ControlCharacters.describe(value, at)));
        }
    }

    /** A name is echoed back only without its control characters. */
    private static String safe(String name) {
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> ControlCharacters.inLine(Character.toString(c)) < 0).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
