package vn.onestop.results.result.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.results.result.service.ResultIssuer;
import vn.onestop.platform.messaging.EventInbox;

/** Issues the result of every positive decision, and of a blocked one once its data is corrected. */
@ApplicationScoped
public class DecisionEventsConsumer {

    private final EventInbox inbox;
    private final ResultIssuer issuer;

    DecisionEventsConsumer(EventInbox inbox, ResultIssuer issuer) {
        this.inbox = inbox;
        this.issuer = issuer;
    }

    @Incoming("processing-events")
    @Blocking
    public void onProcessingEvent(ConsumerRecord<String, String> record) {
        inbox.handle("results-service", record, event -> {
            switch (event.type()) {
                case DOSSIER_DECIDED -> issuer.onDecision(event.dataAs(DossierDecidedData.class));
                case RESULT_DATA_CORRECTED -> issuer.onCorrection(event.dataAs(ResultDataCorrectedData.class));
                default -> {
                    // other processing events do not produce results
                }
            }
        });
    }
}
