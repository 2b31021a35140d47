package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * A request too long to read is refused as problem+json like every other mistake, before anything
 * of it is read: a URI (path and query) longer than {@link #MAX_URI_LENGTH} characters with 414
 * {@code uri-too-long}, a body whose Content-Length is over {@code quarkus.http.limits.max-body-size}
 * with 413 {@code body-too-large}; the connection is closed after the answer, as Quarkus does, so
 * the unread body cannot be taken for the next request.
 *
 * <p>Vert.x refuses a request line over {@code quarkus.http.limits.max-initial-line-length} itself,
 * with a bare 414 and no body, and offers the application no hook for it; so that limit is raised
 * (platform-rest's {@code META-INF/microprofile-config.properties}, 16384) and this one, Vert.x's
 * old default, is kept here. Only a request line over 16384 bytes still gets the bare 414. Likewise
 * Quarkus answers a Content-Length over the body limit with a bare 413 (a route of order -2), which
 * this one runs before; a chunked body without Content-Length that grows past the limit is still
 * cut off by Quarkus with a bare 413 while it is read.
 */
@ApplicationScoped
public class RequestLimits {

    /** The longest URI (path and query, as sent) the API reads: Vert.x's default request-line limit. */
    public static final int MAX_URI_LENGTH = 4096;

    private final long maxBodyBytes;
    private final ObjectMapper mapper;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") String maxBodySize,
                  ObjectMapper mapper) {
        this.maxBodyBytes = new MemorySizeConverter().convert(maxBodySize).asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        // after LoadShedding (Integer.MIN_VALUE), before Quarkus' own body limit (order -2) and REST
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            refuse(context, new Problem(Problem.type("uri-too-long"), "URI Too Long", 414,
                    "the request's URI (path and query) has " + uri.length() + " characters; at most " + MAX_URI_LENGTH
                            + " are read", null, List.of(new Problem.Violation("uri", "must have at most "
                    + MAX_URI_LENGTH + " characters"))));
            return;
        }
        String length = context.request().getHeader("Content-Length");
        if (length != null && declaredOver(length)) {
            refuse(context, new Problem(Problem.type("body-too-large"), "Content Too Large", 413,
                    "the request body has " + length.trim() + " bytes (Content-Length); at most " + maxBodyBytes
                            + " are read", context.request().path(), List.of(new Problem.Violation("body",
                    "must have at most " + maxBodyBytes + " bytes"))));
            return;
        }
        context.next();
    }

    private boolean declaredOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            // a Content-Length that is no number: the HTTP codec refuses the request itself
            return false;
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
        HttpServerResponse response = context.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (context.request().version() != HttpVersion.HTTP_2) {
            // HTTP/2 has no Connection header; its stream ends with the answer
            response.putHeader("Connection", "close").endHandler(done -> context.request().connection().close());
        }
        response.end(body);
    }
}
