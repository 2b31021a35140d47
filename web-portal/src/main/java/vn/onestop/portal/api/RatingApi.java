package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** rating-service's published indices and rankings, and an agency's monthly statistics (docs/indices.md). */
@RegisterRestClient(configKey = "rating")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RatingApi {

    /** Published, no login. unit: an agency or administrative unit code, absent for the province; from/to yyyy-MM-dd. */
    @GET
    @Path("/indices")
    Indices indices(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to);

    /** Published, no login: the units of a level ranked, with their move against the previous period. */
    @GET
    @Path("/rankings")
    Indices.Rankings rankings(@QueryParam("level") String level, @QueryParam("from") String from,
                              @QueryParam("to") String to);

    /** The agency's officers and leaders (another agency: 403), and administrators; month yyyy-MM. */
    @GET
    @Path("/statistics/monthly")
    Indices.MonthlyRow monthly(@HeaderParam("Authorization") String authorization, @QueryParam("agency") String agency,
                               @QueryParam("month") String month, @QueryParam("format") String format);
}
