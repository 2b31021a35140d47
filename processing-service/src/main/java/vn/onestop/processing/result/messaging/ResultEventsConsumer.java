package vn.onestop.processing.result.messaging;

import vn.onestop.processing.chain.service.ChainCoordinator;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.platform.messaging.EventInbox;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.processing.result.service.ResultFollowUp;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Results feed the chains (a follow-on procedure starts, a paused one resumes) and tell each case
 * what became of its result: issued, or blocked until its data is corrected.
 */
@ApplicationScoped
public class ResultEventsConsumer {

    record ResultIssued(UUID resultId, UUID dossierId, String procedureId, String kind, OffsetDateTime issuedAt) {
    }

    private final EventInbox inbox;
    private final ChainCoordinator chains;
    private final ResultFollowUp results;

    ResultEventsConsumer(EventInbox inbox, ChainCoordinator chains, ResultFollowUp results) {
        this.inbox = inbox;
        this.chains = chains;
        this.results = results;
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
                    results.issued(result.dossierId());
                    chains.resultIssued(result.dossierId(), result.resultId(), result.procedureId(), result.kind(),
                            result.issuedAt());
                }
                case RESULT_BLOCKED -> results.blocked(event.dataAs(ResultFollowUp.Blocked.class));
                default -> {
                    // other result events do not move chains
                }
            }
        });
    }
}
