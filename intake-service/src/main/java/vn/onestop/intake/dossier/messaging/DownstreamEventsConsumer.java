package vn.onestop.intake.dossier.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.intake.dossier.service.DossierTracking;
import vn.onestop.platform.messaging.EventInbox;
import vn.onestop.platform.messaging.IncomingEvent;

/** Follows what the other services do with our dossiers, for tracking and the timeline. */
@ApplicationScoped
public class DownstreamEventsConsumer {

    private static final String CONSUMER = "intake-service";

    private final EventInbox inbox;
    private final DossierTracking tracking;

    DownstreamEventsConsumer(EventInbox inbox, DossierTracking tracking) {
        this.inbox = inbox;
        this.tracking = tracking;
    }

    @Incoming("processing-events")
    @Blocking
    public void onProcessingEvent(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, this::apply);
    }

    @Incoming("result-events")
    @Blocking
    public void onResultEvent(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case DOSSIER_DECIDED -> tracking.decided(event, event.dataAs(DossierDecidedData.class));
            case RESULT_ISSUED -> tracking.resultIssued(event, event.dataAs(ResultIssuedData.class));
            case RESULT_RETURNED -> tracking.resultReturned(event, event.dataAs(ResultReturnedData.class));
            case RESULT_BLOCKED -> tracking.resultBlocked(event, event.dataAs(ResultBlockedData.class));
            default -> tracking.processing(event, event.dataAs(ProcessingEventData.class));
        }
    }
}
