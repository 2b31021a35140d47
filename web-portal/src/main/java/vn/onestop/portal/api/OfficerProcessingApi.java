package vn.onestop.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** processing-service's task and case API, as the officer's workspace uses it, always with the officer's token. */
@RegisterRestClient(configKey = "processing")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface OfficerProcessingApi {

    /** The caller's agency's tasks, oldest due first; {@code status} null for every status. */
    @GET
    @Path("/tasks")
    Tasks.Page inbox(@HeaderParam("Authorization") String authorization, @QueryParam("status") String status,
                     @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/tasks/{id}")
    Tasks.Task task(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @POST
    @Path("/tasks/{id}/claim")
    Tasks.Task claim(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @POST
    @Path("/tasks/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    Tasks.Task complete(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
                        Tasks.Completion completion);

    @GET
    @Path("/dossiers/{id}/deadline")
    DeadlineExplanation deadline(@HeaderParam("Authorization") String authorization, @PathParam("id") String dossierId);
}
