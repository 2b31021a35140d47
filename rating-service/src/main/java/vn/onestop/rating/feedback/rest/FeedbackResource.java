package vn.onestop.rating.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
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
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.KeysetCursor;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.platform.rest.Roles;
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
    private final Caller caller;

    FeedbackResource(FeedbackService feedback, Caller caller) {
        this.feedback = feedback;
        this.caller = caller;
    }

    /** The officer who answers is the caller. */
    public record AnswerRequest(@NotBlank(message = "is required") @Size(max = 5000) String answer) {
    }

    public record SatisfactionRequest(@NotNull(message = "is required") Boolean satisfied) {
    }

    @POST
    @RolesAllowed(Roles.CITIZEN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send feedback or a complaint",
            description = "A citizen, about a dossier of theirs as its applicant (dossierCode; its competent agency "
                    + "handles it; anyone else's dossier is a 404 as an unknown one) or about any agency. The sender "
                    + "recorded (submittedBy) is the caller. Header Idempotency-Key. 201 with its due date: "
                    + "onestop.feedback.time-limit.{feedback,complaint} working days from receipt.")
    public Response submit(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @NotNull(message = "a JSON body is required") @Valid FeedbackRequest request,
                           @Context UriInfo uri) {
        FeedbackService.Created created = feedback.submit(IdempotencyKeys.require(idempotencyKey), request,
                caller.actor());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/feedback").path(created.feedback().id().toString())
                        .build())
                .header("Idempotency-Replayed", created.replayed())
                .entity(created.feedback())
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.LEADER})
    @Operation(summary = "Feedback of the caller's agency",
            description = "For its officers and leaders; agency, when given, must be the caller's (403 otherwise). "
                    + "Newest first; follow nextCursor.")
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
        List<FeedbackView> items = feedback.list(agency, wanted, before, beforeId, limit + 1, caller.actor());
        return Page.ofOneMore(items, limit, item -> item, last -> KeysetCursor.encode(last.receivedAt(), last.id()));
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.LEADER})
    @Path("/{id}")
    @Operation(summary = "One feedback",
            description = "For the officers and leaders of the agency it is about, and the citizen who sent it; a 404 "
                    + "for anyone else.")
    public FeedbackView get(@PathParam("id") UUID id) {
        return feedback.find(id, caller.actor())
                .orElseThrow(() -> ProblemException.notFound("Feedback", id.toString()));
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Path("/{id}/claim")
    @Operation(summary = "An officer takes the feedback in hand (IN_PROGRESS)",
            description = "An officer of the agency the feedback is about; handledBy is the caller. No body.")
    public FeedbackView claim(@PathParam("id") UUID id) {
        return feedback.claim(id, caller.actor());
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the feedback (ANSWERED)",
            description = "An officer of the agency the feedback is about; answeredBy is the caller. Once; answering "
                    + "again is a 409.")
    public FeedbackView answer(@PathParam("id") UUID id,
                               @NotNull(message = "a JSON body is required") @Valid AnswerRequest request) {
        return feedback.answer(id, request.answer(), caller.actor());
    }

    @POST
    @RolesAllowed(Roles.CITIZEN)
    @Path("/{id}/satisfaction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The citizen who sent the feedback says whether the answer satisfied them",
            description = "Once, after the answer; it feeds the satisfaction group of the Decision 766 score. A 404 "
                    + "for any other citizen.")
    public FeedbackView satisfaction(@PathParam("id") UUID id,
                                     @NotNull(message = "a JSON body is required") @Valid SatisfactionRequest request) {
        return feedback.satisfaction(id, request.satisfied(), caller.actor());
    }
}
