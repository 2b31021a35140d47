package vn.onestop.processing.casefile.messaging;

import vn.onestop.processing.casefile.domain.CaseStatus;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.platform.messaging.EventInbox;
import vn.onestop.platform.messaging.IncomingEvent;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.processing.casefile.service.CaseService;
import vn.onestop.processing.task.service.CaseNotFound;
import vn.onestop.processing.task.service.CaseWorkflow;
import vn.onestop.processing.task.service.WorkflowRefused;

import java.util.UUID;

/** Starts processing for every dossier intake receives, and follows what the applicant does next. */
@ApplicationScoped
public class DossierEventsConsumer {

    private final EventInbox inbox;
    private final CaseService cases;
    private final CaseWorkflow workflow;

    DossierEventsConsumer(EventInbox inbox, CaseService cases, CaseWorkflow workflow) {
        this.inbox = inbox;
        this.cases = cases;
        this.workflow = workflow;
    }

    @Incoming("dossier-events")
    @Blocking
    public void onDossierEvent(ConsumerRecord<String, String> record) {
        inbox.handle("processing-service", record, this::apply);
    }

    private void apply(IncomingEvent event) {
        try {
            switch (event.type()) {
                case DOSSIER_SUBMITTED -> cases.open(event.dataAs(DossierSubmittedData.class));
                case DOSSIER_WITHDRAWN -> workflow.withdraw(dossierId(event));
                case DOSSIER_SUPPLEMENTED -> workflow.resume(dossierId(event), CaseStatus.SUPPLEMENT_REQUESTED);
                case DOSSIER_SUPPLEMENT_EXPIRED -> workflow.expireSupplement(dossierId(event),
                        event.dataAs(Expired.class).round());
                case FEE_PAID -> {
                    Paid paid = event.dataAs(Paid.class);
                    if ("REQUESTED".equals(paid.kind()) && paid.requestedAt() != null) {
                        workflow.paymentReceived(dossierId(event), paid.requestedAt(), paid.paidAt());
                    }
                }
                default -> {
                    // other dossier events do not concern processing
                }
            }
        } catch (WorkflowRefused | CaseNotFound e) {
            throw new PoisonEventException(event.type().eventName() + " " + event.id() + " cannot apply: " + e.getMessage());
        }
    }

    private record Expired(int round) {
    }

    /** What processing reads of FeePaid: a requested payment ends the pause that began at requestedAt. */
    private record Paid(String kind, java.time.OffsetDateTime requestedAt, java.time.OffsetDateTime paidAt) {
    }

    private static UUID dossierId(IncomingEvent event) {
        record Ref(UUID dossierId) {
        }
        Ref ref = event.dataAs(Ref.class);
        if (ref.dossierId() == null) {
            throw new PoisonEventException(event.type().eventName() + " " + event.id() + " names no dossier");
        }
        return ref.dossierId();
    }
}
