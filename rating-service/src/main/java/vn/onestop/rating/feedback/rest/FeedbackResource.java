package vn.onestop.rating.feedback.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.KeysetCursor;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.rating.feedback.domain.FeedbackStatus;
import vn.onestop.rating.feedback.service.FeedbackRequest;
import vn.onestop.rating.feedback.service.FeedbackService;
import vn.onestop.rating.feedback.service.FeedbackView;
import vn.onestop.platform.rest.IdempotencyKeys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private final FeedbackService feedback;

    FeedbackResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    public record ClaimRequest(@NotBlank(message = "is required") @Size(max = 200) String officer) {
    }

    public record AnswerRequest(@NotBlank(message = "is required") @Size(max = 5000) String answer,
                                @NotBlank(message = "is required") @Size(max = 200) String answeredBy) {
    }

    public record SatisfactionRequest(@NotNull(message = "is required") Boolean satisfied) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send feedback or a complaint",
            description = "About a dossier (dossierCode; its competent agency handles it) or an agency. Header "
                    + "Idempotency-Key. 201 with its due date: onestop.feedback.time-limit.{feedback,complaint} working "
                    + "days from receipt.")
    public Response submit(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @NotNull(message = "a JSON body is required") @Valid FeedbackRequest request,
                           @Context UriInfo uri) {
        FeedbackService.Created created = feedback.submit(IdempotencyKeys.require(idempotencyKey), request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/feedback").path(created.feedback().id().toString())
                        .build())
                .header("Idempotency-Replayed", created.replayed())
                .entity(created.feedback())
                .build();
    }

    @GET
    @Operation(summary = "Feedback of an agency", description = "Newest first; follow nextCursor.")
    public Page<FeedbackView> list(@QueryParam("agency") String agency, @QueryParam("status") String status,
                                   @QueryParam("cursor") String cursor,
                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams params = new QueryParams();
        FeedbackStatus wanted = params.enumValue("status", status, FeedbackStatus.class);
        params.limit(limit, 200);
        params.throwIfAny();
        OffsetDateTime before = null;
        UUID beforeId = null;
        if (cursor != null && !cursor.isBlank()) {
            // newest first: the position is the (receivedAt, id) of the previous page's last feedback
            KeysetCursor after = KeysetCursor.decode(cursor, 2);
            before = after.offsetDateTime(0);
            beforeId = after.uuid(1);
        }
        List<FeedbackView> items = feedback.list(agency, wanted, before, beforeId, limit + 1);
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            FeedbackView last = items.get(limit - 1);
            next = KeysetCursor.encode(last.receivedAt(), last.id());
        }
        return new Page<>(items, next);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One feedback")
    public FeedbackView get(@PathParam("id") UUID id) {
        return feedback.find(id).orElseThrow(() -> ProblemException.notFound("Feedback", id.toString()));
    }

    @POST
    @Path("/{id}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An officer takes the feedback in hand (IN_PROGRESS)")
    public FeedbackView claim(@PathParam("id") UUID id,
                              @NotNull(message = "a JSON body is required") @Valid ClaimRequest request) {
        return feedback.claim(id, request.officer());
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the feedback (ANSWERED)", description = "Once; answering again is a 409.")
    public FeedbackView answer(@PathParam("id") UUID id,
                               @NotNull(message = "a JSON body is required") @Valid AnswerRequest request) {
        return feedback.answer(id, request.answer(), request.answeredBy());
    }

    @POST
    @Path("/{id}/satisfaction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The applicant says whether the answer satisfied them",
            description = "Once, after the answer; it feeds the satisfaction group of the Decision 766 score.")
    public FeedbackView satisfaction(@PathParam("id") UUID id,
                                     @NotNull(message = "a JSON body is required") @Valid SatisfactionRequest request) {
        return feedback.satisfaction(id, request.satisfied());
    }
}
