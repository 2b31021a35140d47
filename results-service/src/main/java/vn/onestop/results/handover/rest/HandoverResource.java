package vn.onestop.results.handover.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Roles;
import vn.onestop.results.handover.domain.HandoverChannel;
import vn.onestop.results.handover.service.Handover;
import vn.onestop.results.handover.service.HandoverService;
import vn.onestop.results.handover.service.HandoverView;

import java.util.UUID;

@Path("/api/v1/results/{id}/handover")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoverResource {

    private final HandoverService handovers;
    private final Caller caller;

    HandoverResource(HandoverService handovers, Caller caller) {
        this.handovers = handovers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.CENTRE_STAFF)
    @Operation(summary = "Record that the result was handed over to the applicant",
            description = "Counter staff only; the caller is recorded as handedOverBy. Through the channel the "
                    + "applicant chose (COUNTER, POSTAL, ONLINE), with who received it and the proof (postal tracking "
                    + "number, handover slip reference). Once per result: a second handover is a 409. Announced as "
                    + "ResultReturned (national status 10).")
    public Response handOver(@PathParam("id") UUID id,
                             @NotNull(message = "a JSON body with channel, receivedBy and receiverIdNumber is required")
                             @Valid HandoverRequest request) {
        HandoverView view = handovers.handOver(id, new Handover(HandoverChannel.valueOf(request.channel()),
                request.receivedBy().strip(), request.receiverIdNumber().strip(),
                request.proof() == null || request.proof().isBlank() ? null : request.proof().strip(),
                request.handedOverAt()), caller.actor());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
