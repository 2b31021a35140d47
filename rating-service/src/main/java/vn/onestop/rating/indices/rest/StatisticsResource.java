package vn.onestop.rating.indices.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;
import vn.onestop.rating.indices.domain.MonthlyStatistics;
import vn.onestop.rating.indices.service.StatisticsService;

import java.util.List;

@Path("/api/v1/statistics")
public class StatisticsResource {

    static final String TEXT_CSV = "text/csv";

    private final StatisticsService statistics;
    private final Caller caller;

    StatisticsResource(StatisticsService statistics, Caller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
    @Path("/monthly")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(summary = "Monthly statistics of an agency",
            description = "For the agency's officers and leaders (another agency is a 403), and administrators. "
                    + "Carried over, newly received, finished on time, finished late, withdrawn, stopped, in process "
                    + "(on time / overdue) for month=yyyy-MM. JSON, or CSV with Accept: text/csv or format=csv.")
    public Response monthly(@Parameter(required = true, description = "The agency's code") @QueryParam("agency") String agency,
                            @Parameter(description = "yyyy-MM; this month in the province when absent")
                            @QueryParam("month") String month,
                            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv;
        if (format != null && !format.isBlank()) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw ProblemException.invalid("unknown format " + format,
                        List.of(new Problem.Violation("format", "must be csv or json")));
            }
            csv = format.equals("csv");
        } else {
            csv = accept != null && accept.contains(TEXT_CSV) && !accept.contains(MediaType.APPLICATION_JSON);
        }
        MonthlyStatistics.Row row = statistics.monthly(agency, month, caller.actor());
        if (csv) {
            String body = MonthlyStatistics.Row.CSV_HEADER + "\r\n" + row.csvLine() + "\r\n";
            return Response.ok(body, TEXT_CSV + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"statistics-" + row.agency() + "-"
                            + row.month() + ".csv\"")
                    .build();
        }
        return Response.ok(row, MediaType.APPLICATION_JSON).build();
    }
}
