package vn.onestop.processing.deadline.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.platform.rest.Roles;
import vn.onestop.processing.casefile.domain.CaseAccess;
import vn.onestop.processing.casefile.service.CaseService;
import vn.onestop.processing.deadline.service.DeadlineService;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    private final DeadlineService deadlines;
    private final CaseService cases;
    private final Caller caller;

    DeadlineResource(DeadlineService deadlines, CaseService cases, Caller caller) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.caller = caller;
    }

    /** The leader who issues it is the caller. */
    public record ApologyRequest(@NotNull OffsetDateTime newDueAt, @NotBlank @Size(max = 2000) String reason) {
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.PARTNER_SYSTEM, Roles.CENTRE_STAFF})
    @Path("/dossiers/{id}/deadline")
    @Operation(summary = "Explain a dossier's due date",
            description = "Start of the clock, each working period counted, skipped days with the reason, pauses, "
                    + "result. For whoever may see the case (GET /api/v1/cases/{dossierId}); 404 for anyone else.")
    public DeadlineService.Explanation explain(@PathParam("id") UUID dossierId) {
        cases.require(dossierId, caller.actor(), (actor, file) -> true, "never refused once the case is visible");
        return deadlines.explain(dossierId);
    }

    @GET
    @PermitAll
    @Path("/deadlines/preview")
    @Operation(summary = "If I submit then, when is it due?",
            description = "The due date of a procedure received at an agency at a moment (default: now), explained. "
                    + "Public: no token needed.")
    public JsonNode preview(@QueryParam("procedureId") String procedureId, @QueryParam("agency") String agency,
                            @QueryParam("receivedAt") String receivedAt) {
        if (procedureId == null || procedureId.isBlank()) {
            throw ProblemException.invalid("procedureId is required",
                    List.of(new Problem.Violation("procedureId", "is required")));
        }
        QueryParams params = new QueryParams();
        OffsetDateTime received = params.dateTime("receivedAt", receivedAt);
        params.throwIfAny();
        Instant at = received == null ? Instant.now() : received.toInstant();
        return deadlines.preview(procedureId, agency == null || agency.isBlank() ? "default" : agency, at);
    }

    @POST
    @RolesAllowed(Roles.LEADER)
    @Path("/dossiers/{id}/apology")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apology letter with a new return date",
            description = "At most once per dossier, no later than the deadline, with a later date; less than one "
                    + "working day before the deadline it is accepted but flagged late. The applicant is notified. "
                    + "A leader of the competent agency, recorded as who issued it.")
    public DeadlineService.Explanation apologise(@PathParam("id") UUID dossierId,
                                                 @NotNull(message = "a JSON body is required") @Valid ApologyRequest request) {
        Actor actor = caller.actor();
        cases.require(dossierId, actor, CaseAccess::mayLead, "a leader of the competent agency apologises");
        return deadlines.apologise(dossierId, request.newDueAt(), request.reason(), actor.name());
    }
}
