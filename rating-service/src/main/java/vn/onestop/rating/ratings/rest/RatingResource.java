package vn.onestop.rating.ratings.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.IdempotencyKeys;
import vn.onestop.rating.ratings.service.RatingOutcome;
import vn.onestop.rating.ratings.service.RatingRequest;
import vn.onestop.rating.ratings.service.RatingService;
import vn.onestop.rating.ratings.service.RatingView;

@Path("/api/v1/dossiers/{code}/ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

    private final RatingService ratings;

    RatingResource(RatingService ratings) {
        this.ratings = ratings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the service of a dossier",
            description = "Once the dossier's applicant is invited (result issued or returned, or the dossier rejected, "
                    + "withdrawn or stopped). Header Idempotency-Key. 201 with the rating and its evaluation (nine "
                    + "criteria, four of them computed from the dossier's events); a second rating within "
                    + "onestop.rating.update-window replaces the first (200), later it is a 409 already-rated. A known "
                    + "dossier not yet invited is a 409 not-invited, an unknown one a 404.")
    public Response rate(@PathParam("code") String code,
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @NotNull(message = "a JSON body is required") @Valid RatingRequest request) {
        RatingOutcome outcome = ratings.rate(code, IdempotencyKeys.require(idempotencyKey), request);
        return Response.status(outcome.status())
                .header("Idempotency-Replayed", outcome.replayed())
                .entity(outcome.rating())
                .build();
    }

    @GET
    @Operation(summary = "The rating of a dossier (none or one)")
    public Page<RatingView> list(@PathParam("code") String code) {
        return Page.last(ratings.ofDossier(code));
    }
}
