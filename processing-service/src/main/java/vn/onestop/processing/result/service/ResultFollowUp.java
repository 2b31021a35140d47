package vn.onestop.processing.result.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.resultdata.ResultDataRules;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.domain.ResultStatus;
import vn.onestop.processing.casefile.domain.ResultViolation;
import vn.onestop.processing.task.service.CaseWorkflow;
import vn.onestop.processing.task.service.WorkflowRefused;
import vn.onestop.processing.workflow.domain.Refusal;
import vn.onestop.processing.workflow.domain.RefusalCode;
import vn.onestop.processing.workflow.domain.WorkflowDefinition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What became of an approved dossier's result: issued, or blocked by results-service until the
 * deciding agency corrects the result data. The decision itself never changes; a correction is
 * checked against the procedure's result fields like the approval was, and announced as
 * ResultDataCorrected for results-service to issue the result once.
 */
@ApplicationScoped
public class ResultFollowUp {

    /** What processing reads of ResultBlocked (contracts: schemas/result-blocked.v1.json). */
    public record Blocked(UUID dossierId, String reason, List<ResultViolation> violations, int attempt) {
    }

    /** ResultDataCorrected as processing publishes it (contracts: schemas/result-data-corrected.v1.json). */
    public record Corrected(UUID dossierId, String dossierCode, String procedureId, OffsetDateTime correctedAt,
                            String correctedBy, String note, Map<String, Object> resultData) {
    }

    private final CaseWorkflow workflow;
    private final Outbox outbox;

    ResultFollowUp(CaseWorkflow workflow, Outbox outbox) {
        this.workflow = workflow;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(UUID dossierId) {
        CaseFile file = workflow.lockCaseIfAny(dossierId).orElse(null);
        if (file == null) {
            return;
        }
        file.resultStatus = ResultStatus.ISSUED;
        file.resultProblem = null;
        file.resultViolations = null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void blocked(Blocked blocked) {
        if (blocked.dossierId() == null || blocked.reason() == null) {
            throw new PoisonEventException("ResultBlocked without dossierId or reason");
        }
        CaseFile file = workflow.lockCaseIfAny(blocked.dossierId()).orElse(null);
        if (file == null) {
            throw new PoisonEventException("ResultBlocked for unknown dossier " + blocked.dossierId());
        }
        if (file.resultStatus == ResultStatus.ISSUED) {
            Log.infof("dossier %s: ResultBlocked (attempt %d) came after the result was issued; ignored",
                    file.dossierId, blocked.attempt());
            return;
        }
        file.resultStatus = ResultStatus.BLOCKED;
        file.resultProblem = blocked.reason();
        file.resultViolations = blocked.violations() == null ? List.of() : List.copyOf(blocked.violations());
        Log.warnf("dossier %s: its result is blocked (attempt %d): %s", file.dossierId, blocked.attempt(),
                blocked.reason());
    }

    /**
     * The deciding agency's correction of a blocked result's data: the whole data, checked field by
     * field (facts by the decision day, validity from today), then announced.
     *
     * @throws WorkflowRefused a 409 when the result is not blocked, a 422 naming each field at fault
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFile correct(UUID dossierId, Map<String, Object> resultData, String correctedBy, String note) {
        CaseFile file = workflow.lockCase(dossierId);
        if (file.resultStatus != ResultStatus.BLOCKED) {
            throw new WorkflowRefused("the result of dossier " + file.dossierCode + " is "
                    + (file.resultStatus == null ? "not to be issued (" + file.status + ")" : file.resultStatus)
                    + ": only a blocked result's data can be corrected");
        }
        WorkflowDefinition definition = workflow.workflows().get(file.procedureId);
        OffsetDateTime now = workflow.now();
        List<ResultDataRules.Violation> violations = definition.resultDataViolations(resultData,
                day(file.decidedAt), day(now), true);
        if (!violations.isEmpty()) {
            throw new WorkflowRefused(new Refusal(RefusalCode.INVALID_RESULT_DATA, "the corrected result data of "
                    + file.dossierCode + " cannot be issued: " + violations.stream()
                    .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")), violations));
        }
        file.resultStatus = ResultStatus.PENDING;
        file.resultProblem = null;
        file.resultViolations = null;
        outbox.publish(EventType.RESULT_DATA_CORRECTED, file.dossierId, new Corrected(file.dossierId,
                file.dossierCode, file.procedureId, now, correctedBy, note, resultData));
        Log.infof("dossier %s: result data corrected by %s", file.dossierId, correctedBy);
        return file;
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(ResultDataRules.PROVINCE).toLocalDate();
    }
}
