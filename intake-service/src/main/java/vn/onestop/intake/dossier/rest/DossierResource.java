package vn.onestop.intake.dossier.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.onestop.intake.dossier.service.DossierService;
import vn.onestop.intake.dossier.service.SubmissionOutcome;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;

import java.util.List;

@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private final DossierService dossiers;

    DossierResource(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a dossier",
            description = "Receives a dossier, allocates its code and announces it to the processing agencies. "
                    + "A retry with the same Idempotency-Key returns the first answer and creates nothing.")
    public Response submit(
            @Parameter(description = "Unique per submission attempt, reused on retries", required = true)
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid SubmissionRequest request,
            UriInfo uri) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ProblemException.invalid("the Idempotency-Key header is required (at most 200 characters)",
                    List.of(new Problem.Violation("Idempotency-Key", "is required")));
        }
        SubmissionOutcome outcome = dossiers.submit(idempotencyKey, request);
        return Response.status(Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("api/v1/dossiers").path(outcome.dossier().code()).build())
                .header("Idempotency-Replayed", outcome.replayed())
                .entity(outcome.dossier())
                .build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Track a dossier", description = "Status, national status code, result and timeline.")
    public DossierView get(@PathParam("code") String code) {
        return dossiers.find(code).orElseThrow(() -> ProblemException.notFound("Dossier", code));
    }
}
