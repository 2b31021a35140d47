package vn.onestop.processing.casefile.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;
import vn.onestop.processing.casefile.domain.CaseAccess;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.domain.CaseStatus;
import vn.onestop.processing.casefile.service.CaseService;
import vn.onestop.processing.casefile.service.CaseView;
import vn.onestop.processing.casefile.service.ControlSlips;
import jakarta.ws.rs.core.Response;
import vn.onestop.processing.result.service.ResultFollowUp;
import vn.onestop.processing.task.service.CaseWorkflow;

import java.util.Map;
import java.util.UUID;

@Path("/api/v1/cases/{dossierId}")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;
    private final CaseWorkflow workflow;
    private final ResultFollowUp results;
    private final Caller caller;
    private final ControlSlips slips;

    CaseResource(CaseService cases, CaseWorkflow workflow, ResultFollowUp results, Caller caller, ControlSlips slips) {
        this.slips = slips;
        this.cases = cases;
        this.workflow = workflow;
        this.results = results;
        this.caller = caller;
    }

    /** The leader who stops it is the caller. */
    public record StopRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The officer or counter staff at the counter is the caller. */
    public record FastLaneRequest(@NotNull Map<String, Object> resultData) {
    }

    /** Whoever confirms the payment is the caller. */
    public record PaymentRequest(@NotBlank @Size(max = 200) String reference) {
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.PARTNER_SYSTEM, Roles.CENTRE_STAFF})
    @Operation(summary = "The processing state of a dossier",
            description = "Officers, leaders and partner systems of an agency that has a step in the dossier's "
                    + "workflow (or is competent for it), and counter staff of the centre that received it; "
                    + "404 for anyone else, as for an unknown dossier.")
    public CaseView get(@PathParam("dossierId") UUID dossierId) {
        return cases.find(dossierId, caller.actor()).orElseThrow(() -> ProblemException.notFound("Case", dossierId.toString()));
    }

    @GET
    @Path("/control-slip")
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.CENTRE_STAFF})
    @Produces("application/pdf")
    @Operation(summary = "Print the process-control slip",
            description = "Circular 01/2018 form 05 (Phiếu kiểm soát quá trình giải quyết hồ sơ): every step handed "
                    + "over between the agencies, when, its due date, when it was done, the outcome and whether it was "
                    + "on time (dates compared). For whoever may read the case; 404 otherwise.")
    public Response controlSlip(@PathParam("dossierId") UUID dossierId) {
        byte[] pdf = slips.pdf(dossierId, caller.actor())
                .orElseThrow(() -> ProblemException.notFound("Case", dossierId.toString()));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"phieu-kiem-soat-" + dossierId + ".pdf\"")
                .build();
    }

    @POST
    @RolesAllowed(Roles.LEADER)
    @Path("/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop processing with a reason (national status 8); open tasks are cancelled",
            description = "A leader of the competent agency, recorded as who stopped it.")
    @Transactional
    public CaseView stop(@PathParam("dossierId") UUID dossierId,
                         @NotNull(message = "a JSON body is required") @Valid StopRequest request) {
        Actor actor = caller.actor();
        cases.requireForChange(dossierId, actor, CaseAccess::mayLead,
                "a leader of the competent agency stops a dossier");
        workflow.stop(dossierId, request.reason(), actor.name());
        return CaseView.of(CaseFile.findById(dossierId));
    }

    @POST
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.OFFICER})
    @Path("/fast-lane")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "\"4 on the spot\": receive, appraise, approve and return at the counter in one call",
            description = "Only for procedures the catalog marks instant; resultData must carry the required result "
                    + "fields. Counter staff of the receiving centre or an officer of the competent agency, recorded "
                    + "as who decided.")
    @Transactional
    public CaseView fastLane(@PathParam("dossierId") UUID dossierId,
                             @NotNull(message = "a JSON body is required") @Valid FastLaneRequest request) {
        Actor actor = caller.actor();
        cases.requireForChange(dossierId, actor, CaseAccess::mayServeAtCounter,
                "the receiving centre's counter staff or the competent agency's officers decide on the spot");
        workflow.fastLane(dossierId, request.resultData(), actor.name());
        return CaseView.of(CaseFile.findById(dossierId));
    }

    @POST
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.OFFICER})
    @Path("/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the fee or tax was paid: the clock runs again",
            description = "Counter staff of the receiving centre or an officer of the competent agency.")
    @Transactional
    public CaseView paid(@PathParam("dossierId") UUID dossierId,
                         @NotNull(message = "a JSON body is required") @Valid PaymentRequest request) {
        cases.requireForChange(dossierId, caller.actor(), CaseAccess::mayServeAtCounter,
                "the receiving centre's counter staff or the competent agency's officers confirm a payment");
        workflow.resume(dossierId, CaseStatus.AWAITING_PAYMENT);
        return CaseView.of(CaseFile.findById(dossierId));
    }

    /** The officer who corrects it is the caller. */
    public record ResultDataCorrection(@NotNull Map<String, Object> resultData, @Size(max = 2000) String note) {
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Path("/result-data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the result data of an approved dossier whose result could not be issued",
            description = "Only while resultStatus is BLOCKED (409 otherwise). The whole result data, checked like the "
                    + "deciding step's approval (422 invalid-result-data naming each field; the dates of facts by the "
                    + "decision day, a validity from today); the decision stands. results-service then issues the "
                    + "result once (resultStatus ISSUED), or blocks it again with the new reason. An officer of the "
                    + "competent agency, recorded as who corrected it.")
    @Transactional
    public CaseView correctResultData(@PathParam("dossierId") UUID dossierId,
                                      @NotNull(message = "a JSON body is required") @Valid ResultDataCorrection request) {
        Actor actor = caller.actor();
        cases.requireForChange(dossierId, actor, CaseAccess::mayDecide,
                "an officer of the competent agency corrects the result data");
        return CaseView.of(results.correct(dossierId, request.resultData(), actor.name(), request.note()));
    }
}
