package vn.onestop.processing.chain;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.platform.messaging.EventInbox;
import vn.onestop.platform.messaging.PoisonEventException;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Results feed the chains: a follow-on procedure starts, a paused one resumes. */
@ApplicationScoped
public class ResultEventsConsumer {

    record ResultIssued(UUID resultId, UUID dossierId, String procedureId, String kind, OffsetDateTime issuedAt) {
    }

    private final EventInbox inbox;
    private final ChainCoordinator chains;

    ResultEventsConsumer(EventInbox inbox, ChainCoordinator chains) {
        this.inbox = inbox;
        this.chains = chains;
    }

    @Incoming("result-events")
    @Blocking
    public void onResultEvent(ConsumerRecord<String, String> record) {
        inbox.handle("processing-service", record, event -> {
            switch (event.type()) {
                case RESULT_ISSUED -> {
                    ResultIssued result = event.dataAs(ResultIssued.class);
                    if (result.dossierId() == null || result.resultId() == null) {
                        throw new PoisonEventException("ResultIssued " + event.id() + " without dossierId or resultId");
                    }
                    chains.resultIssued(result.dossierId(), result.resultId(), result.procedureId(), result.kind(),
                            result.issuedAt());
                }
                default -> {
                    // other result events do not move chains
                }
            }
        });
    }
}
