package vn.onestop.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;


/**
 * processing-service's apology letter with a new date (BRIEF §5), with the leader's token: a leader of
 * the competent agency, at most once per dossier, before its deadline, with a later date (processing
 * decides all of it and answers 400 or 409 problems otherwise).
 */
@RegisterRestClient(configKey = "processing")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface LeaderApologyApi {

    @POST
    @Path("/dossiers/{id}/apology")
    @Consumes(MediaType.APPLICATION_JSON)
    DeadlineExplanation apologise(@HeaderParam("Authorization") String authorization, @PathParam("id") String dossierId,
                                  Apology apology);

    /** {@code newDueAt} ISO-8601 with its offset. */
    record Apology(String newDueAt, String reason) {
    }
}
