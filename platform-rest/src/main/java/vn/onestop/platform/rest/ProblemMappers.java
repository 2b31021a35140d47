package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error leaves the services as application/problem+json: the client's mistakes as 4xx naming
 * what was wrong, our own failures as a 500 without a stack trace (the trace goes to the log).
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400, detail, uri.getPath(), violations));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        if (e instanceof UploadTooLarge tooLarge) {
            return respond(new Problem(Problem.type("upload-too-large"), "Upload too large", 413,
                    (field.isEmpty() ? "" : field + ": ") + tooLarge.getOriginalMessage(), uri.getPath(),
                    List.of(new Problem.Violation(field.isEmpty() ? "body" : field, tooLarge.getOriginalMessage()))));
        }
        if (e instanceof ControlCharacterModule.Refused refused) {
            return respond(new Problem(Problem.type("control-character"), "Control character in the request", 400,
                    (field.isEmpty() ? "a JSON string " : field + " ") + refused.getOriginalMessage(), uri.getPath(),
                    List.of(new Problem.Violation(field.isEmpty() ? "body" : field, refused.getOriginalMessage()))));
        }
        String detail = "the request body is not valid JSON for this operation: " + e.getOriginalMessage();
        List<Problem.Violation> violations = field.isEmpty() ? List.of()
                : List.of(new Problem.Violation(field, "has the wrong type or format"));
        return respond(new Problem(Problem.type("malformed-body"), "Malformed request body", 400, detail,
                uri.getPath(), violations));
    }

    /** Quarkus has a built-in mapper for this subtype (wrong enum value, wrong type); ours wins. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** No token on an operation that needs one ({@code quarkus.http.auth.proactive=false} brings it here). */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated("this operation needs a bearer token (Authorization: Bearer ...)", uri);
    }

    /** A token that is expired, forged, for another audience or from another issuer. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated("the bearer token was not accepted (expired, not signed by the identity provider, "
                + "or issued for another audience)", uri);
    }

    /** A valid token whose roles do not include one this operation allows. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("role-not-allowed"), "Forbidden", 403,
                "the caller's roles do not allow this operation", uri.getPath(), List.of()));
    }

    private static Response unauthenticated(String detail, UriInfo uri) {
        Problem problem = new Problem(Problem.type("unauthenticated"), "Authentication required", 401, detail,
                uri.getPath(), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer").entity(problem).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "request %s failed", uri.getPath());
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(new Problem(Problem.type("http-" + status), title, status,
                e.getMessage(), uri.getPath(), List.of()));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Log.errorf(e, "request %s failed", uri.getPath());
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "the request could not be completed; it has been logged", uri.getPath(), List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths of method parameters look like "submit.request.applicant.fullName": drop the method
        // and parameter names so the client sees the field of its own body.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    /** The field of the body a mapping failure is about, as {@code components[2].contentBase64}. */
    public static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
