package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** processing-service's public API, as the pages use it (docs/workflows-and-deadlines.md). */
@RegisterRestClient(configKey = "processing")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ProcessingApi {

    /** "If I submit now, when is it due?": public, explained step by step. */
    @GET
    @Path("/deadlines/preview")
    DeadlinePreview preview(@QueryParam("procedureId") String procedureId, @QueryParam("agency") String agency);
}
