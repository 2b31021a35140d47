package vn.onestop.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.apache.kafka.common.errors.TimeoutException;
import vn.onestop.platform.messaging.deadletters.DeadLetters;

/**
 * The dead letters of the service's consumers, for operators (every service has this endpoint: each
 * reads only the dead-letter topics it writes; the portal's operator page asks all four).
 */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The newest dead letters of this service's consumers",
            description = "For operators and administrators. Read from the service's dead-letter topics without a "
                    + "consumer group (nothing is committed or taken from the live consumers). Each with where it "
                    + "lies, the event's id, type and subject, where it came from, the reason (personal data "
                    + "masked) and the command that re-drives it; never the payload. "
                    + "See docs/runbooks/dead-letters.md.")
    public DeadLetters.Listing newest(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        try {
            return deadLetters.newest(limit);
        } catch (TimeoutException e) {
            throw new ProblemException(503, "broker-unavailable", "Broker unavailable",
                    "the dead-letter topics could not be read in time; try again");
        }
    }
}
