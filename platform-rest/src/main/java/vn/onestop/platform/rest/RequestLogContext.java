package vn.onestop.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.onestop.platform.messaging.LogContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every line logged while a request about a dossier is handled (by its operation, its service, the
 * problem mappers) names the dossier, and the trace of the request if the caller sent one, as MDC
 * fields ({@link LogContext}): the dossier is read from the path, where the API names it
 * ({@code /dossiers/{code or id}}, {@code /cases/{dossier id}}). Tracking links are not read: their
 * secret must not reach the logs.
 */
public class RequestLogContext {

    private static final String PROPERTY = RequestLogContext.class.getName();

    @ServerRequestFilter
    public void open(ContainerRequestContext request) {
        LogContext context = LogContext.open().traceparent(request.getHeaderString("traceparent"));
        dossierOf(request.getUriInfo().getPath()).forEach(context::put);
        request.setProperty(PROPERTY, context);
    }

    @ServerResponseFilter
    public void close(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof LogContext context) {
            request.removeProperty(PROPERTY);
            context.close();
        }
    }

    /**
     * The dossier a request path names, as MDC fields: {@code dossierId} for a UUID after
     * {@code dossiers} or {@code cases}, {@code dossierCode} for any other segment after
     * {@code dossiers}; empty when the path names none.
     */
    static Map<String, String> dossierOf(String path) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> segments = List.of(path.split("/"));
        for (int i = 0; i + 1 < segments.size(); i++) {
            String collection = segments.get(i);
            String segment = segments.get(i + 1);
            if (segment.isEmpty() || !collection.equals("dossiers") && !collection.equals("cases")) {
                continue;
            }
            if (isUuid(segment)) {
                fields.put(LogContext.DOSSIER_ID, segment);
            } else if (collection.equals("dossiers")) {
                fields.put(LogContext.DOSSIER_CODE, segment);
            }
            break;
        }
        return fields;
    }

    private static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
