package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** results-service's public API, as the pages use it (docs/results.md). */
@RegisterRestClient(configKey = "results")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ResultsApi {

    /** No login; {@code documentSha256} (optional) is compared with the result's PDF. */
    @GET
    @Path("/results/verify")
    Verification verify(@QueryParam("id") String id, @QueryParam("sha256") String sha256,
                        @QueryParam("documentSha256") String documentSha256);

    /** The result's PDF, for whoever results lets read it (the caller's own token is passed on). */
    @GET
    @Path("/results/{id}/document")
    @Produces({"application/pdf", "application/problem+json"})
    Response document(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);
}
