package vn.onestop.processing.casefile.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.processing.casefile.service.CaseService;
import vn.onestop.platform.messaging.EventInbox;

/** Starts processing for every dossier intake receives. */
@ApplicationScoped
public class DossierEventsConsumer {

    private final EventInbox inbox;
    private final CaseService cases;

    DossierEventsConsumer(EventInbox inbox, CaseService cases) {
        this.inbox = inbox;
        this.cases = cases;
    }

    @Incoming("dossier-events")
    @Blocking
    public void onDossierEvent(ConsumerRecord<String, String> record) {
        inbox.handle("processing-service", record, event -> {
            switch (event.type()) {
                case DOSSIER_SUBMITTED -> cases.open(event.dataAs(DossierSubmittedData.class));
                default -> {
                    // other dossier events do not concern processing yet
                }
            }
        });
    }
}
