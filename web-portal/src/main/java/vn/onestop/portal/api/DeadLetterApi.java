package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The operators' dead-letter list every service has (docs/runbooks/dead-letters.md): each lists the
 * dead-letter topics it writes, so the portal builds one client per service.
 */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public interface DeadLetterApi {

    /** Operators and administrators only; newest first. */
    @GET
    Listing newest(@HeaderParam("Authorization") String authorization, @QueryParam("limit") int limit);

    record Listing(List<String> topics, List<DeadLetter> deadLetters) {
    }

    /** Where it lies and came from, the event, the reason (masked by the service), how to re-drive it; never the payload. */
    record DeadLetter(String topic, int partition, long offset, OffsetDateTime deadLetteredAt, String eventId,
                      String eventType, String subject, String fromTopic, Integer fromPartition, Long fromOffset,
                      String reason, String redrive) {
    }
}
