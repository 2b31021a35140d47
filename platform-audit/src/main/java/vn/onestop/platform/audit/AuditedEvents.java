package vn.onestop.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.platform.messaging.AppliedEventObserver;
import vn.onestop.platform.messaging.IncomingEvent;

import java.time.Instant;

/**
 * Records every applied event in the audit trail, in the transaction that applies it: the actor is
 * the service that sent it ({@code ce_source}), the subject its {@code ce_subject} (the dossier's id,
 * or a calendar's agency).
 */
@ApplicationScoped
public class AuditedEvents implements AppliedEventObserver {

    private final AuditTrail trail;

    AuditedEvents(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void applied(String consumer, IncomingEvent event) {
        trail.record(new AuditEntry.Draft(Instant.now(), event.source(), "event", null, event.subject(),
                "apply " + event.type().eventName() + " " + event.id(), "APPLIED by " + consumer));
    }
}
