package vn.onestop.results.result.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.Roles;
import vn.onestop.results.result.service.BlockedResults;

@Path("/api/v1/blocked-results")
@Produces(MediaType.APPLICATION_JSON)
public class BlockedResultResource {

    private final BlockedResults blocked;

    BlockedResultResource(BlockedResults blocked) {
        this.blocked = blocked;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Approved dossiers whose result cannot be issued yet, oldest first",
            description = "For operators and administrators. Each with the reason and the result data fields at fault; the deciding agency corrects "
                    + "them in processing (POST /api/v1/cases/{dossierId}/result-data) and the result is then "
                    + "issued once. See docs/runbooks/blocked-results.md.")
    public Page<BlockedResults.View> open(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return Page.last(blocked.open(limit));
    }
}
