package vn.onestop.rating.projection.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.platform.messaging.EventInbox;
import vn.onestop.rating.projection.service.LiveProjection;

/**
 * Reads the three public topics a dossier's life is told on (intake's dossier events, processing's,
 * results') into rating's projection. Each channel dead-letters to its topic's {@code .dlq}.
 */
@ApplicationScoped
public class ProjectionConsumer {

    static final String CONSUMER = "rating-service";

    private final EventInbox inbox;
    private final LiveProjection projection;

    ProjectionConsumer(EventInbox inbox, LiveProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("dossier-events")
    @Blocking
    public void onDossierEvent(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, projection::apply);
    }

    @Incoming("processing-events")
    @Blocking
    public void onProcessingEvent(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, projection::apply);
    }

    @Incoming("result-events")
    @Blocking
    public void onResultEvent(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, projection::apply);
    }
}
