package vn.onestop.rating.reference.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.messaging.EventInbox;
import vn.onestop.rating.reference.service.References;

/** Keeps intake's latest reference data (CatalogPublished on the compacted catalog topic). */
@ApplicationScoped
public class CatalogEventsConsumer {

    private final EventInbox inbox;
    private final References references;

    CatalogEventsConsumer(EventInbox inbox, References references) {
        this.inbox = inbox;
        this.references = references;
    }

    @Incoming("catalog-events")
    @Blocking
    public void onCatalogEvent(ConsumerRecord<String, String> record) {
        inbox.handle("rating-service", record, event -> {
            if (event.type() == EventType.CATALOG_PUBLISHED) {
                references.apply(event);
            }
        });
    }
}
