package vn.onestop.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records every state-changing call (POST, PUT, PATCH, DELETE on an operation of the API) in the
 * audit trail once it is answered, refused ones included: who, with which roles and agency, which
 * operation on which record, and the HTTP status. The entry is written in its own transaction after
 * the call's own has ended (ADR 0013).
 */
public class AuditedCalls {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> SUBJECT_PARAMETERS = List.of("code", "dossierId", "id", "agency");

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !CHANGING.contains(request.getMethod())) {
            return;
        }
        AuditEntry.Draft draft;
        try {
            draft = draft(request, response, method);
        } catch (RuntimeException e) {
            // the call is answered whatever happens to its audit entry; the failure is an operator's alarm
            Log.errorf(e, "audit: could not describe %s %s (%d)", request.getMethod(), template(method),
                    response.getStatus());
            return;
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            write(draft);
        } else {
            Infrastructure.getDefaultWorkerPool().execute(() -> write(draft));
        }
    }

    private static AuditEntry.Draft draft(ContainerRequestContext request, ContainerResponseContext response,
                                          Method method) {
        String actor = "anonymous";
        String roles = null;
        String agency = null;
        Caller caller = Arc.container().instance(Caller.class).get();
        if (caller.authenticated()) {
            Actor who = caller.actor();
            actor = who.name();
            roles = String.join(",", new TreeSet<>(who.roles()));
            agency = who.agency();
        }
        String subject = Arc.container().instance(AuditSubject.class).get().get();
        if (subject == null) {
            MultivaluedMap<String, String> parameters = request.getUriInfo().getPathParameters();
            subject = SUBJECT_PARAMETERS.stream().map(parameters::getFirst).filter(v -> v != null && !v.isBlank())
                    .findFirst().orElse(null);
        }
        String action = request.getMethod() + " " + template(method);
        return new AuditEntry.Draft(Instant.now(), actor, roles, agency, subject, action,
                Integer.toString(response.getStatus()));
    }

    /** The operation's path as declared ({@code /api/v1/dossiers/{code}/withdrawal}), never the values in it. */
    static String template(Method method) {
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        String path = (type == null ? "" : type.value()) + (own == null ? "" : "/" + own.value());
        return path.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static void write(AuditEntry.Draft draft) {
        try {
            QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(AuditTrail.class).get().record(draft));
        } catch (RuntimeException e) {
            Log.errorf(e, "audit: could not record %s on %s by %s (%s)", draft.action(), draft.subject(), draft.actor(),
                    draft.outcome());
        }
    }
}
