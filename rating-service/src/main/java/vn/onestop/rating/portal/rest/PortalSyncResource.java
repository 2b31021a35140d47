package vn.onestop.rating.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.platform.rest.Roles;
import vn.onestop.rating.portal.domain.SyncState;
import vn.onestop.rating.portal.service.PortalSyncQueries;

import java.util.List;
import java.util.Map;

/** Operators and administrators watch the sync with the national portal. */
@Path("/api/v1/portal-sync")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class PortalSyncResource {

    private final PortalSyncQueries queries;

    PortalSyncResource(PortalSyncQueries queries) {
        this.queries = queries;
    }

    public record Summary(long dossiers, Map<SyncState, Long> byState, Double completeness) {
    }

    @GET
    @Operation(summary = "Reconciliation with the national portal, per dossier",
            description = "Operators and administrators. Every dossier rating knows (BUNDLE parents excluded) with its "
                    + "sync state: MISSING (no change queued), PENDING, FAILING (being retried; lastError), FAILED "
                    + "(refused for good), SYNCED. Filters: status, dossierCode. Ordered by dossier code; follow "
                    + "nextCursor.")
    public Page<PortalSyncQueries.DossierSync> list(@QueryParam("status") String status,
                                                    @QueryParam("dossierCode") String dossierCode,
                                                    @QueryParam("cursor") String cursor,
                                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams params = new QueryParams();
        SyncState state = params.enumValue("status", status, SyncState.class);
        params.limit(limit, 200);
        params.throwIfAny();
        List<PortalSyncQueries.DossierSync> items = queries.list(state, blankToNull(dossierCode), blankToNull(cursor), limit + 1);
        return Page.ofOneMore(items, limit, item -> item, PortalSyncQueries.DossierSync::dossierCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @GET
    @Path("/summary")
    @Operation(summary = "How complete the portal sync is",
            description = "Operators and administrators. Dossiers per sync state and completeness = SYNCED ÷ all "
                    + "dossiers (null when there are none).")
    public Summary summary() {
        Map<SyncState, Long> counts = queries.counts();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(total, counts, total == 0 ? null : (double) counts.get(SyncState.SYNCED) / total);
    }
}
