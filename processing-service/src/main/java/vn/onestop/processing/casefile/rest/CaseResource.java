package vn.onestop.processing.casefile.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.processing.casefile.service.CaseService;
import vn.onestop.processing.casefile.service.CaseView;
import vn.onestop.platform.rest.ProblemException;

import java.util.UUID;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;

    CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @GET
    @Path("/{dossierId}")
    @Operation(summary = "The processing state of a dossier")
    public CaseView get(@PathParam("dossierId") UUID dossierId) {
        return cases.find(dossierId).orElseThrow(() -> ProblemException.notFound("Case", dossierId.toString()));
    }
}
