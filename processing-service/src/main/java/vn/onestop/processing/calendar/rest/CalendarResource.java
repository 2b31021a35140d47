package vn.onestop.processing.calendar.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;
import vn.onestop.processing.calendar.service.CalendarService;
import vn.onestop.processing.calendar.service.CalendarView;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The working-day calendars (working periods, weekends, holidays, make-up days): public to read,
 * since anyone may work out a due date; replaced by the province administration only.
 */
@Path("/api/v1/calendars")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private static final Pattern AGENCY = Pattern.compile("default|[A-Za-z0-9.]{1,40}");

    private final CalendarService calendars;

    CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @PermitAll
    @Operation(summary = "Every calendar set: the default and the agencies that have their own",
            description = "Public: no token needed.")
    public Page<CalendarView> all() {
        return Page.last(calendars.all());
    }

    @GET
    @PermitAll
    @Path("/{agency}")
    @Operation(summary = "The calendar that applies to an agency (its own or the default)",
            description = "Public: no token needed.")
    public CalendarView get(@PathParam("agency") String agency) {
        return calendars.find(agency).orElseThrow(() -> ProblemException.notFound("Calendar", agency));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an agency's calendar (or the default)",
            description = "Body: the working-time calendar format. Due dates already promised do not move. "
                    + "The province administration (admin) only.")
    public CalendarView replace(@PathParam("agency") String agency,
                                @NotNull(message = "a JSON calendar is required") JsonNode calendar) {
        if (!AGENCY.matcher(agency).matches()) {
            throw ProblemException.invalid("not an agency code: " + agency,
                    List.of(new Problem.Violation("agency", "must be default or an agency code")));
        }
        return calendars.replace(agency, calendar);
    }
}
