package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * intake-service's public catalog as the counter's receiving pages read it: the procedures (those
 * received at a counter are offered) and the communes an applicant may live in. Filing, the dossier
 * and its receipt are the same calls as the citizen's ({@link CitizenIntakeApi}), with the staff's token.
 */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CounterIntakeApi {

    @GET
    @Path("/procedures")
    Catalog.Page procedures(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/administrative-units")
    Units units(@QueryParam("level") String level);

    record Units(List<Unit> items) {
    }

    record Unit(String code, String name, String nameEn, String level, String parent) {
    }
}
