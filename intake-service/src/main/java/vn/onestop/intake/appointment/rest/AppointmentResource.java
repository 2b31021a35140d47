package vn.onestop.intake.appointment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.intake.appointment.service.AppointmentService;
import vn.onestop.intake.appointment.service.AppointmentView;
import vn.onestop.intake.appointment.service.BookingRequest;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.IdempotencyKeys;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;

import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    private final AppointmentService appointments;
    private final Caller caller;

    AppointmentResource(AppointmentService appointments, Caller caller) {
        this.appointments = appointments;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF})
    @Path("/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a counter appointment",
            description = "A slot of a service centre for a procedure. A full slot or a second booking of the "
                    + "same applicant in the same slot is a 409 problem. A citizen books for themselves; counter staff "
                    + "book for anyone at their own centre.")
    public Response book(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @NotNull(message = "a JSON body is required") @Valid BookingRequest request) {
        AppointmentView view = appointments.book(IdempotencyKeys.require(idempotencyKey), request, caller.actor());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF})
    @Path("/appointments/{id}")
    @Operation(summary = "One appointment", description = "For the citizen it is for and the counter staff of its "
            + "centre; anyone else is told it does not exist.")
    public AppointmentView get(@PathParam("id") UUID id) {
        return appointments.find(id, caller.actor())
                .orElseThrow(() -> ProblemException.notFound("Appointment", id.toString()));
    }
}
