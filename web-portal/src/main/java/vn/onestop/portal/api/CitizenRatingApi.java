package vn.onestop.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;

/** rating-service's API as a citizen uses it: the invitation, the rating, feedback. */
@RegisterRestClient(configKey = "rating")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CitizenRatingApi {

    /** 404 for anyone but the applicant, and while the dossier is not invited. */
    @GET
    @Path("/dossiers/{code}/rating-invitation")
    Invitation invitation(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);

    @GET
    @Path("/dossiers/{code}/ratings")
    Ratings ratings(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);

    /** 201 the first time, 200 when it replaces the first within the update window. */
    @POST
    @Path("/dossiers/{code}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    Rating rate(@HeaderParam("Authorization") String authorization, @HeaderParam("Idempotency-Key") String idempotencyKey,
                @PathParam("code") String code, RatingRequest request);

    @POST
    @Path("/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    Feedback feedback(@HeaderParam("Authorization") String authorization,
                      @HeaderParam("Idempotency-Key") String idempotencyKey, FeedbackRequest request);

    record Invitation(String dossierCode, String resultId, OffsetDateTime invitedAt, String reason) {
    }

    record Ratings(List<Rating> items) {
    }

    record Rating(String dossierCode, String overall, String comment, OffsetDateTime submittedAt, int revision,
                  OffsetDateTime updatableUntil) {
    }

    record RatingRequest(String overall, Factors factors, Answers answers, String comment) {
    }

    record Factors(String access, String procedure, String officials, String result, String feedbackHandling) {
    }

    record Answers(String oneStop, String procedurePublished, String officialsAttitude, String feedbackHandling,
                   String onlineService) {
    }

    record FeedbackRequest(String kind, String dossierCode, String agency, String text) {
    }

    record Feedback(String id, String kind, String dossierCode, String status, OffsetDateTime receivedAt,
                    OffsetDateTime dueAt) {
    }
}
