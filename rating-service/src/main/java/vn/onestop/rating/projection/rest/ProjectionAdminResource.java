package vn.onestop.rating.projection.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.rating.projection.service.RebuildService;

import java.util.UUID;

@Path("/api/v1/admin/projection/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionAdminResource {

    private final RebuildService rebuilds;

    ProjectionAdminResource(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Operation(summary = "Rebuild the projection from the topics",
            description = "Replays the dossier, processing and result topics from their first offset into fresh tables "
                    + "and swaps them in, while the live consumers go on. 202 with the run; follow it at "
                    + "GET .../rebuild/{id} (RUNNING, DONE, FAILED). A 409 while another rebuild runs. Ratings, "
                    + "feedback, invitations, snapshots and the portal outbox are not touched.")
    public Response start() {
        RebuildService.RebuildView run = rebuilds.start();
        return Response.accepted(run).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rebuild run")
    public RebuildService.RebuildView get(@PathParam("id") UUID id) {
        return rebuilds.find(id).orElseThrow(() -> ProblemException.notFound("Rebuild", id.toString()));
    }
}
