package vn.onestop.rating.ratings.rest;

import jakarta.annotation.security.RolesAllowed;
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
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.Roles;
import vn.onestop.platform.rest.IdempotencyKeys;
import vn.onestop.rating.ratings.service.RatingOutcome;
import vn.onestop.rating.ratings.service.RatingRequest;
import vn.onestop.rating.ratings.service.RatingService;
import vn.onestop.rating.ratings.service.RatingView;

@Path("/api/v1/dossiers/{code}/ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

    private final RatingService ratings;
    private final Caller caller;

    RatingResource(RatingService ratings, Caller caller) {
        this.ratings = ratings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.CITIZEN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the service of a dossier",
            description = "By the dossier's applicant, once invited (result issued or returned, or the dossier "
                    + "rejected, withdrawn or stopped); for anyone else the dossier is unknown (404). Header "
                    + "Idempotency-Key. 201 with the rating and its evaluation (nine criteria, four of them computed "
                    + "from the dossier's events); a second rating within onestop.rating.update-window replaces the "
                    + "first (200), later it is a 409 already-rated. A known dossier not yet invited is a 409 "
                    + "not-invited, an unknown one a 404.")
    public Response rate(@PathParam("code") String code,
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @NotNull(message = "a JSON body is required") @Valid RatingRequest request) {
        RatingOutcome outcome = ratings.rate(code, IdempotencyKeys.require(idempotencyKey), request, caller.actor());
        return Response.status(outcome.status())
                .header("Idempotency-Replayed", outcome.replayed())
                .entity(outcome.rating())
                .build();
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "The rating of a dossier (none or one)",
            description = "For the dossier's applicant, the officers and leaders of its competent agency, and "
                    + "administrators; a 404 for anyone else.")
    public Page<RatingView> list(@PathParam("code") String code) {
        return Page.last(ratings.ofDossier(code, caller.actor()));
    }
}
