package vn.onestop.rating.indices.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import vn.onestop.rating.indices.service.RankingService;

@Path("/api/v1/rankings")
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {

    private final RankingService rankings;

    RankingResource(RankingService rankings) {
        this.rankings = rankings;
    }

    @GET
    @PermitAll
    @Operation(summary = "Rank the administrative units of a level by their Decision 766 total",
            description = "Published: anyone, without a token. Each unit with its sub-units; rank, and the change "
                    + "against the previous period of the same length (\"rank 41, up 8\"). Equal totals share a rank. "
                    + "Computed once and served as it is for a short while (Cache-Control max-age; docs/indices.md); "
                    + "503 with Retry-After when the service is computing as many as it does at once.")
    public RestResponse<RankingService.RankingReport> get(@QueryParam("level") String level, @QueryParam("from") String from,
                                            @QueryParam("to") String to,
                                            @QueryParam("formulaVersion") String formulaVersion) {
        return Published.answer(rankings.rank(level, from, to, formulaVersion));
    }
}
