package vn.onestop.results.result.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.results.result.service.ResultIssuer;
import vn.onestop.results.result.service.ResultView;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.ProblemException;

import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    private final ResultIssuer results;

    ResultResource(ResultIssuer results) {
        this.results = results;
    }

    @GET
    @Path("/results/{id}")
    @Operation(summary = "One issued result")
    public ResultView get(@PathParam("id") UUID id) {
        return results.find(id).orElseThrow(() -> ProblemException.notFound("Result", id.toString()));
    }

    @GET
    @Path("/dossiers/{code}/results")
    @Operation(summary = "The results issued for a dossier")
    public Page<ResultView> forDossier(@PathParam("code") String code) {
        return Page.last(results.forDossier(code));
    }
}
