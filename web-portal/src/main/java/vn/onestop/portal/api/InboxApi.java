package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * processing-service's tasks of the caller's agency, oldest due first (officers, leaders);
 * {@code dueState}: ON_TIME, AT_RISK or OVERDUE as processing's deadline watch announced the step.
 */
@RegisterRestClient(configKey = "processing")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface InboxApi {

    @GET
    @Path("/tasks")
    Tasks tasks(@HeaderParam("Authorization") String authorization, @QueryParam("status") String status,
                @QueryParam("dueState") String dueState, @QueryParam("cursor") String cursor,
                @QueryParam("limit") Integer limit);

    record Tasks(List<Task> items, String nextCursor) {
    }

    record Task(String id, String dossierId, String dossierCode, String procedureId, String step, String stepName,
                String agency, String status, OffsetDateTime dueAt, String claimedBy, String dueState) {
    }
}
