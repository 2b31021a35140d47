package vn.onestop.rating.projection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;
import vn.onestop.rating.projection.service.RebuildService;

import java.util.UUID;

/** Operators run the platform: rebuilding the projection is theirs. */
@Path("/api/v1/admin/projection/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class ProjectionAdminResource {

    private final RebuildService rebuilds;

    ProjectionAdminResource(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Operation(summary = "Rebuild the projection from the topics",
            description = "Operators. Replays the dossier, processing and result topics from their first offset into "
                    + "fresh tables and swaps them in, while the live consumers go on. 202 with the run; follow it at "
                    + "GET .../rebuild/{id} (RUNNING, DONE, FAILED). A 409 while another rebuild runs. Ratings, "
                    + "feedback, invitations, snapshots and the portal outbox are not touched.")
    public Response start() {
        RebuildService.RebuildView run = rebuilds.start();
        return Response.accepted(run).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rebuild run", description = "Operators.")
    public RebuildService.RebuildView get(@PathParam("id") UUID id) {
        return rebuilds.find(id).orElseThrow(() -> ProblemException.notFound("Rebuild", id.toString()));
    }
}
