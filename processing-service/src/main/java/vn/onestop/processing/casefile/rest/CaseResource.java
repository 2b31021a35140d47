package vn.onestop.processing.casefile.rest;

import vn.onestop.processing.casefile.domain.CaseStatus;
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
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.service.CaseService;
import vn.onestop.processing.casefile.service.CaseView;
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

    CaseResource(CaseService cases, CaseWorkflow workflow, ResultFollowUp results) {
        this.cases = cases;
        this.workflow = workflow;
        this.results = results;
    }

    public record StopRequest(@NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 200) String stoppedBy) {
    }

    public record FastLaneRequest(@NotNull Map<String, Object> resultData, @NotBlank @Size(max = 200) String officer) {
    }

    public record PaymentRequest(@NotBlank @Size(max = 200) String reference, @NotBlank @Size(max = 200) String confirmedBy) {
    }

    @GET
    @Operation(summary = "The processing state of a dossier")
    public CaseView get(@PathParam("dossierId") UUID dossierId) {
        return cases.find(dossierId).orElseThrow(() -> ProblemException.notFound("Case", dossierId.toString()));
    }

    @POST
    @Path("/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop processing with a reason (national status 8); open tasks are cancelled")
    @Transactional
    public CaseView stop(@PathParam("dossierId") UUID dossierId,
                         @NotNull(message = "a JSON body is required") @Valid StopRequest request) {
        workflow.stop(dossierId, request.reason(), request.stoppedBy());
        return CaseView.of(CaseFile.findById(dossierId));
    }

    @POST
    @Path("/fast-lane")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "\"4 on the spot\": receive, appraise, approve and return at the counter in one call",
            description = "Only for procedures the catalog marks instant; resultData must carry the required result fields.")
    @Transactional
    public CaseView fastLane(@PathParam("dossierId") UUID dossierId,
                             @NotNull(message = "a JSON body is required") @Valid FastLaneRequest request) {
        workflow.fastLane(dossierId, request.resultData(), request.officer());
        return CaseView.of(CaseFile.findById(dossierId));
    }

    @POST
    @Path("/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the fee or tax was paid: the clock runs again")
    @Transactional
    public CaseView paid(@PathParam("dossierId") UUID dossierId,
                         @NotNull(message = "a JSON body is required") @Valid PaymentRequest request) {
        workflow.resume(dossierId, CaseStatus.AWAITING_PAYMENT);
        return CaseView.of(CaseFile.findById(dossierId));
    }

    public record ResultDataCorrection(@NotNull Map<String, Object> resultData,
                                       @NotBlank @Size(max = 200) String correctedBy,
                                       @Size(max = 2000) String note) {
    }

    @POST
    @Path("/result-data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the result data of an approved dossier whose result could not be issued",
            description = "Only while resultStatus is BLOCKED (409 otherwise). The whole result data, checked like the "
                    + "deciding step's approval (422 invalid-result-data naming each field; the dates of facts by the "
                    + "decision day, a validity from today); the decision stands. results-service then issues the "
                    + "result once (resultStatus ISSUED), or blocks it again with the new reason.")
    @Transactional
    public CaseView correctResultData(@PathParam("dossierId") UUID dossierId,
                                      @NotNull(message = "a JSON body is required") @Valid ResultDataCorrection request) {
        return CaseView.of(results.correct(dossierId, request.resultData(), request.correctedBy(), request.note()));
    }
}
