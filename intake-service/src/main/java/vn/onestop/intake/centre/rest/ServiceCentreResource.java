package vn.onestop.intake.centre.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.intake.appointment.service.AppointmentService;
import vn.onestop.intake.appointment.service.SlotAvailability;
import vn.onestop.intake.centre.service.ChannelGate;
import vn.onestop.intake.dossier.domain.Channel;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

@Path("/api/v1/service-centres/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceCentreResource {

    private final ChannelGate channels;
    private final AppointmentService appointments;
    private final Caller caller;

    ServiceCentreResource(ChannelGate channels, AppointmentService appointments, Caller caller) {
        this.channels = channels;
        this.appointments = appointments;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Path("/slots")
    @Operation(summary = "A day's counter appointment slots at a service centre and their free places",
            description = "Public.")
    public Page<SlotAvailability> slots(@PathParam("code") String centre, @QueryParam("date") String date) {
        try {
            return Page.last(appointments.availability(centre, LocalDate.parse(date == null ? "" : date)));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("date must be YYYY-MM-DD",
                    List.of(new Problem.Violation("date", "must be a date such as 2026-12-01")));
        }
    }

    @GET
    @PermitAll
    @Path("/channels")
    @Operation(summary = "Which intake channels a service centre accepts now", description = "Public.")
    public Page<ChannelGate.ChannelState> channels(@PathParam("code") String centre) {
        return Page.last(channels.states(centre));
    }

    @PUT
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.ADMIN})
    @Path("/channels/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open or close an intake channel of a service centre",
            description = "A closed channel refuses new dossiers with a 409 problem carrying the reason. For the "
                    + "centre's own counter staff and for administrators.")
    public ChannelGate.ChannelState change(@PathParam("code") String centre, @PathParam("channel") String channel,
                                           @NotNull(message = "a JSON body is required") @Valid ChannelChange change) {
        Channel parsed = Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("unknown channel " + channel,
                        List.of(new Problem.Violation("channel", "must be one of " + Arrays.toString(Channel.values())))));
        return channels.set(centre, parsed, change.open(), change.reason(), caller.actor());
    }
}
