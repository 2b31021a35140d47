package vn.onestop.rating.indices.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.Roles;
import vn.onestop.rating.indices.service.IndexReport;
import vn.onestop.rating.indices.service.IndexService;
import vn.onestop.rating.indices.service.SnapshotService;

@Path("/api/v1/indices")
@Produces(MediaType.APPLICATION_JSON)
public class IndicesResource {

    private final IndexService indices;
    private final SnapshotService snapshots;

    IndicesResource(IndexService indices, SnapshotService snapshots) {
        this.indices = indices;
        this.snapshots = snapshots;
    }

    public record SnapshotRequest(@Size(max = 100) String unit, @Size(max = 50) String level,
                                  @Size(max = 10) String from, @Size(max = 10) String to,
                                  @Size(max = 50) String formulaVersion) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Service-quality indices of an agency, a unit (with its sub-units) or the province",
            description = "Published: anyone, without a token. unit: an agency code, an administrative unit code, or "
                    + "absent for the whole province; level: only the agencies of that level; from/to: dates "
                    + "(yyyy-MM-dd, both included; default the current month). Rates are fractions 0..1 (null when "
                    + "there is nothing to count). score766: the Decision 766 groups by the current formula version "
                    + "(or formulaVersion). Computed once per unit, level, period and version and served as it is for a "
                    + "short while: asOf says when, Cache-Control max-age for how much longer; 503 with Retry-After "
                    + "when the service is computing as many as it does at once. See docs/indices.md.")
    public RestResponse<IndexReport> get(@QueryParam("unit") String unit, @QueryParam("level") String level,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("formulaVersion") String formulaVersion) {
        return Published.answer(indices.indices(unit, level, from, to, formulaVersion));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compute and store the score of a unit and period",
            description = "Administrators. With the current formula version, or formulaVersion. 201 for a new (unit, "
                    + "level, period, version), 200 when it replaced the stored one; other versions' snapshots are "
                    + "kept.")
    public Response snapshot(@NotNull(message = "a JSON body is required") @Valid SnapshotRequest request) {
        SnapshotService.Stored stored = snapshots.compute(request.unit(), request.level(), request.from(), request.to(),
                request.formulaVersion());
        return Response.status(stored.created() ? 201 : 200).entity(stored.snapshot()).build();
    }

    @GET
    @PermitAll
    @Path("/snapshots")
    @Operation(summary = "Stored scores",
            description = "Published: anyone, without a token. Newest period first; filters unit and formulaVersion.")
    public Page<SnapshotService.SnapshotView> snapshots(@QueryParam("unit") String unit,
                                                        @QueryParam("formulaVersion") String formulaVersion) {
        return Page.last(snapshots.list(unit, formulaVersion));
    }
}
