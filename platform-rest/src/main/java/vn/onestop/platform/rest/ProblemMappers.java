package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonLocation;
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
import vn.onestop.platform.messaging.DatabaseUnavailable;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error leaves the services as application/problem+json: the client's mistakes as 4xx naming
 * what was wrong, an unreachable database as a 503 with {@code Retry-After}, our own failures as a
 * 500 without a stack trace (the trace goes to the log).
 */
public class ProblemMappers {

    /** How long a client should wait before sending again a request refused while the database is out of reach. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.retryAfterSeconds() != null) {
            return Response.status(e.status()).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                    .entity(e.toProblem(uri.getPath())).build();
        }
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
            return respond(new Problem(Problem.type(refused.slug()), refused.title(), 400,
                    (field.isEmpty() ? "a JSON string " : field + " ") + refused.getOriginalMessage(), uri.getPath(),
                    List.of(new Problem.Violation(field.isEmpty() ? "body" : field, refused.getOriginalMessage()))));
        }
        if (e instanceof DateBounds.OutOfRange outOfRange) {
            String named = field.isEmpty() ? "body" : field;
            return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                    named + " " + outOfRange.getOriginalMessage(), uri.getPath(),
                    List.of(new Problem.Violation(named, outOfRange.getOriginalMessage()))));
        }
        String detail = "the request body is not valid JSON for this operation: " + (field.isEmpty() ? "" : field + ": ")
                + forClients(e.getOriginalMessage()) + (field.isEmpty() ? where(e) : "");
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

    /**
     * RESTEasy's multipart parser refuses a body cut short with an IOException, and one with more
     * parts than {@code quarkus.http.limits.max-parameters} with a bare RuntimeException: the
     * client's mistakes. Anything else of those types is ours ({@link #unexpected}).
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        return fromMultipartParser(e) ? unreadableMultipart(e, uri) : unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response runtime(RuntimeException e, UriInfo uri) {
        return fromMultipartParser(e) ? unreadableMultipart(e, uri) : unexpected(e, uri);
    }

    private static boolean fromMultipartParser(Exception e) {
        StackTraceElement[] trace = e.getStackTrace();
        return (e.getClass() == IOException.class || e.getClass() == RuntimeException.class) && trace.length > 0
                && trace[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.");
    }

    private static Response unreadableMultipart(Exception e, UriInfo uri) {
        return respond(new Problem(Problem.type("malformed-body"), "Malformed request body", 400,
                "the multipart body could not be read: " + e.getMessage(), uri.getPath(),
                List.of(new Problem.Violation("body", "is not a complete multipart body of at most 1000 parts"))));
    }

    /** A path, query or header parameter that is not of its type ({@link ParameterConverters}). */
    @ServerExceptionMapper
    public Response wrongParameter(ParameterConverters.Refused e, UriInfo uri) {
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400, e.getMessage(), uri.getPath(),
                List.of(e.violation())));
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
        // Quarkus' JSON reader hands the parser's refusals (not JSON, a duplicate key, half a character in
        // a key) over as a bare 400 around them: answered as what they are, saying where
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            Log.errorf(e, "request %s failed", uri.getPath());
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(new Problem(Problem.type("http-" + status), title, status,
                e.getMessage(), uri.getPath(), List.of()));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        if (concurrentUpdate(e)) {
            Log.warnf("request %s collided with other work and was rolled back: %s", uri.getPath(), e.getMessage());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", 1)
                    .entity(new Problem(Problem.type("concurrent-update"), "Concurrent update", 503,
                            "the request collided with other work on the same records and was rolled back, changing "
                                    + "nothing; send it again (with the same Idempotency-Key, if it had one)",
                            uri.getPath(), List.of())).build();
        }
        Log.errorf(e, "request %s failed", uri.getPath());
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "the request could not be completed; it has been logged", uri.getPath(), List.of()));
    }

    /**
     * PostgreSQL broke a deadlock or a serialization conflict by rolling this transaction back
     * (SQLSTATE 40P01, 40001), or a row this transaction read was changed by another before it
     * wrote (a stale {@code @Version}): nothing of it happened, and the same request succeeds when
     * sent again.
     */
    static boolean concurrentUpdate(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState())
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            // a row changed by another transaction since it was read (its @Version moved on)
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database is down, restarting or every connection is busy: the request's transaction is
     * gone, so the client may send the same request again (with the same Idempotency-Key) shortly.
     */
    private static Response databaseUnavailable(Throwable e, UriInfo uri) {
        Log.warnf("request %s: database unavailable: %s", uri.getPath(), e.getMessage());
        Problem problem = new Problem(Problem.type("unavailable"), "Service unavailable", 503,
                "the service cannot reach its database just now and did not complete the request; send it again in "
                        + RETRY_AFTER_SECONDS + " seconds (with the same Idempotency-Key, if it had one)",
                uri.getPath(), List.of());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(problem).build();
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

    /**
     * Jackson's message without what is for us only: the exception it wraps and the Java types
     * ("Cannot deserialize value of type `OffsetDateTime` from String "x": ... Text 'x' could not be parsed").
     */
    static String forClients(String message) {
        return message.replaceAll("\\((?:[A-Za-z_$][\\w$]*\\.)+[\\w$]*(?:Exception|Error)\\)\\s*", "")
                .replaceAll("([`<,] ?|deserialize )(?:[a-z_$][\\w$]*\\.)+(?:[A-Z][\\w$]*\\$)*([A-Z][\\w$]*)", "$1$2");
    }

    /** Where in the body the parser stopped, " (line 1, column 52)", when it knows. */
    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** The field of the body a mapping failure is about, as {@code components[2].contentBase64}. */
    public static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
