package vn.onestop.rating.invitation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.rating.invitation.service.InvitationService;
import vn.onestop.platform.messaging.EventInbox;

/** Invites the applicant to rate the service once a result is issued. */
@ApplicationScoped
public class ResultEventsConsumer {

    private final EventInbox inbox;
    private final InvitationService invitations;

    ResultEventsConsumer(EventInbox inbox, InvitationService invitations) {
        this.inbox = inbox;
        this.invitations = invitations;
    }

    @Incoming("result-events")
    @Blocking
    public void onResultEvent(ConsumerRecord<String, String> record) {
        inbox.handle("rating-service", record, event -> {
            switch (event.type()) {
                case RESULT_ISSUED -> invitations.invite(event.dataAs(ResultIssuedData.class));
                default -> {
                    // other result events do not open a rating
                }
            }
        });
    }
}
