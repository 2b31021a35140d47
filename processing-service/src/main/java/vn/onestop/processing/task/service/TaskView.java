package vn.onestop.processing.task.service;

import vn.onestop.contracts.resultdata.ResultFieldRule;
import vn.onestop.processing.task.domain.DueState;
import vn.onestop.processing.task.domain.Task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A task as officers and partner systems see it; a deciding task lists the result fields its approval
 * must (or may) carry in resultData, with their formats. {@code dueState} is what the deadline watch
 * announced for the step: ON_TIME, AT_RISK or OVERDUE (an apology that moves the step resets it), so
 * that an inbox marks the same steps the alerts name without computing working time itself.
 */
public record TaskView(UUID id, UUID dossierId, String dossierCode, String procedureId, String step, String stepName,
                       String agency, String agencyType, boolean deciding, String status, OffsetDateTime dueAt,
                       OffsetDateTime createdAt, String claimedBy, OffsetDateTime claimedAt, String outcome,
                       String note, String completedBy, OffsetDateTime completedAt, String dueState,
                       List<ResultFieldRule> resultFields) {

    public static TaskView of(Task t, List<ResultFieldRule> resultFields) {
        return new TaskView(t.id, t.dossierId, t.dossierCode, t.procedureId, t.step, t.stepName, t.agency,
                t.agencyType, t.deciding, t.status.name(), t.dueAt, t.createdAt, t.claimedBy, t.claimedAt,
                t.outcome, t.note, t.completedBy, t.completedAt, DueState.of(t).name(),
                t.deciding ? resultFields : List.of());
    }
}
