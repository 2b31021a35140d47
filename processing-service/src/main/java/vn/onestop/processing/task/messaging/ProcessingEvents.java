package vn.onestop.processing.task.messaging;

import vn.onestop.contracts.resultdata.ResultFieldRule;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Data of the events processing publishes (contracts: schemas/*.v1.json of each event). */
public final class ProcessingEvents {

    private ProcessingEvents() {
    }

    public record StepSummary(String step, String name, String agency, int parallelGroup) {
    }

    public record ProcessingStarted(UUID dossierId, String dossierCode, String procedureId, OffsetDateTime startedAt,
                                    OffsetDateTime dueAt, String status, int nationalStatusCode,
                                    List<StepSummary> steps) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TaskAssigned(UUID taskId, UUID dossierId, String dossierCode, String procedureId, String step,
                               String stepName, String agency, String agencyType, OffsetDateTime dueAt,
                               OffsetDateTime assignedAt, boolean deciding, List<ResultFieldRule> resultFields,
                               Map<String, Object> inputs) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepCompleted(UUID dossierId, String dossierCode, UUID taskId, String step, String agency,
                                String outcome, OffsetDateTime completedAt, String note) {
    }

    public record TaskCancelled(UUID taskId, UUID dossierId, String dossierCode, String step, String agency,
                                String reason, OffsetDateTime cancelledAt) {
    }

    public record SupplementRequested(UUID dossierId, String dossierCode, int round, List<String> missingItems,
                                      OffsetDateTime applicantDeadline, OffsetDateTime requestedAt, String requestedBy,
                                      String status, int nationalStatusCode) {
    }

    public record PaymentRequested(UUID dossierId, String dossierCode, long amount, String currency, String reason,
                                   OffsetDateTime requestedAt, String requestedBy, String status,
                                   int nationalStatusCode) {
    }

    public record ProcessingResumed(UUID dossierId, String dossierCode, String pauseReason, OffsetDateTime pausedFrom,
                                    OffsetDateTime resumedAt, OffsetDateTime oldDueAt, OffsetDateTime newDueAt,
                                    String status, int nationalStatusCode, String pausedWorkingTime) {
    }

    public record ProcessingStopped(UUID dossierId, String dossierCode, String reason, OffsetDateTime stoppedAt,
                                    String stoppedBy, String status, int nationalStatusCode) {
    }

    /** Data of DossierAtRisk and DossierOverdue. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadlineAlert(UUID dossierId, String dossierCode, String procedureId, String agency,
                                OffsetDateTime dueAt, OffsetDateTime detectedAt, String step, UUID taskId) {
    }

    public record ApologyIssued(UUID dossierId, String dossierCode, OffsetDateTime oldDueAt, OffsetDateTime newDueAt,
                               String reason, OffsetDateTime issuedAt, String issuedBy, boolean late) {
    }

    /** Data of the inbound TaskCompleted a partner system sends (contracts: schemas/task-completed.v1.json). */
    public record TaskCompleted(UUID taskId, UUID dossierId, String outcome, String completedBy,
                                OffsetDateTime completedAt, String note, Map<String, Object> resultData,
                                List<String> missingItems, OffsetDateTime supplementDeadline, Long amount) {
    }
}
