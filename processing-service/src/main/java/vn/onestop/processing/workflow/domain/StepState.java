package vn.onestop.processing.workflow.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.onestop.workingtime.PauseReason;

/**
 * The persisted state of one step of one dossier's workflow. A {@link WorkflowRun} is rebuilt
 * from its definition and the list of these ({@link WorkflowRun#restore}); nothing else is needed.
 *
 * @param stepId             the step of the definition
 * @param status             PENDING, OPEN, DONE or CANCELLED
 * @param openedAt           when the step opened; null while PENDING, and for a step cancelled before it opened
 * @param finishedAt         when it became DONE or CANCELLED; null otherwise
 * @param outcome            DONE: APPROVE or REJECT; null otherwise
 * @param resultData         APPROVE: the data the approval carried (the deciding step's holds the result fields)
 * @param reason             REJECT: the written reason; CANCELLED: the rejection or stop reason, if any
 * @param cancelCause        CANCELLED: why
 * @param pause              OPEN and paused: the supplement or payment request; null otherwise
 * @param supplementRequests how many supplement requests this step has made (checked against
 *                           {@link WorkflowStep#maxSupplementRequests()})
 * @param resumedAt          when the step's last pause ended, or null: a resume is a change like the
 *                           others, so nothing may be recorded before it ({@link WorkflowRun}'s
 *                           TIME_OUT_OF_ORDER); absent in rows stored before it was kept
 */
public record StepState(
        String stepId,
        StepStatus status,
        Instant openedAt,
        Instant finishedAt,
        OutcomeKind outcome,
        Map<String, Object> resultData,
        String reason,
        CancelCause cancelCause,
        StepPause pause,
        int supplementRequests,
        Instant resumedAt) {

    public StepState {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(status, "status");
        resultData = copy(resultData);
        String where = "step " + stepId + " (" + status + "): ";
        if (supplementRequests < 0) {
            throw new IllegalArgumentException(where + "supplementRequests is negative");
        }
        if (pause != null && status != StepStatus.OPEN) {
            throw new IllegalArgumentException(where + "only an open step can be paused");
        }
        if (cancelCause != null && status != StepStatus.CANCELLED) {
            throw new IllegalArgumentException(where + "only a cancelled step has a cancel cause");
        }
        if (outcome != null && status != StepStatus.DONE) {
            throw new IllegalArgumentException(where + "only a done step has an outcome");
        }
        if (!resultData.isEmpty() && outcome != OutcomeKind.APPROVE) {
            throw new IllegalArgumentException(where + "only an approval carries result data");
        }
        switch (status) {
            case PENDING:
                if (openedAt != null || finishedAt != null) {
                    throw new IllegalArgumentException(where + "a pending step has not opened or finished");
                }
                break;
            case OPEN:
                if (openedAt == null || finishedAt != null) {
                    throw new IllegalArgumentException(where + "an open step has openedAt and no finishedAt");
                }
                break;
            case DONE:
                if (openedAt == null || finishedAt == null) {
                    throw new IllegalArgumentException(where + "a done step has openedAt and finishedAt");
                }
                if (outcome != OutcomeKind.APPROVE && outcome != OutcomeKind.REJECT) {
                    throw new IllegalArgumentException(where + "a done step's outcome is APPROVE or REJECT, not " + outcome);
                }
                if (outcome == OutcomeKind.REJECT && (reason == null || reason.isBlank())) {
                    throw new IllegalArgumentException(where + "a rejection has a written reason");
                }
                break;
            case CANCELLED:
                if (cancelCause == null || finishedAt == null) {
                    throw new IllegalArgumentException(where + "a cancelled step has a cancel cause and finishedAt");
                }
                break;
            default:
                throw new IllegalArgumentException(where + "unknown status");
        }
        if (openedAt != null && finishedAt != null && finishedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException(where + "finishedAt " + finishedAt + " is before openedAt " + openedAt);
        }
        if (resumedAt != null && (openedAt == null || resumedAt.isBefore(openedAt)
                || finishedAt != null && finishedAt.isBefore(resumedAt))) {
            throw new IllegalArgumentException(where + "resumedAt " + resumedAt + " is not between openedAt "
                    + openedAt + " and finishedAt " + finishedAt);
        }
    }

    /** A step never resumed from a pause. */
    public StepState(String stepId, StepStatus status, Instant openedAt, Instant finishedAt, OutcomeKind outcome,
                     Map<String, Object> resultData, String reason, CancelCause cancelCause, StepPause pause,
                     int supplementRequests) {
        this(stepId, status, openedAt, finishedAt, outcome, resultData, reason, cancelCause, pause, supplementRequests,
                null);
    }

    public static StepState pending(String stepId) {
        return new StepState(stepId, StepStatus.PENDING, null, null, null, null, null, null, null, 0);
    }

    // Derived views are deliberately not named isX()/getX(): a JSON mapper would store them as
    // extra properties and refuse them when reading the state back.

    public boolean hasPause() {
        return pause != null;
    }

    public boolean doneWithApproval() {
        return status == StepStatus.DONE && outcome == OutcomeKind.APPROVE;
    }

    StepState opened(Instant at) {
        return new StepState(stepId, StepStatus.OPEN, at, null, null, null, null, null, null, supplementRequests, null);
    }

    StepState approved(Instant at, Map<String, Object> data) {
        return new StepState(stepId, StepStatus.DONE, openedAt == null ? at : openedAt, at, OutcomeKind.APPROVE,
                data, null, null, null, supplementRequests, resumedAt);
    }

    StepState rejected(Instant at, String why) {
        return new StepState(stepId, StepStatus.DONE, openedAt, at, OutcomeKind.REJECT, null, why, null, null,
                supplementRequests, resumedAt);
    }

    StepState cancelled(Instant at, CancelCause cause, String why) {
        return new StepState(stepId, StepStatus.CANCELLED, openedAt, at, null, null, why, cause, null,
                supplementRequests, resumedAt);
    }

    StepState paused(StepPause p) {
        int requests = p.reason() == PauseReason.SUPPLEMENT
                ? supplementRequests + 1 : supplementRequests;
        return new StepState(stepId, StepStatus.OPEN, openedAt, null, null, null, null, null, p, requests, resumedAt);
    }

    StepState resumed(Instant at) {
        return new StepState(stepId, StepStatus.OPEN, openedAt, null, null, null, null, null, null, supplementRequests,
                at);
    }

    /** Keeps the insertion order, drops null values (absent and null mean the same). */
    static Map<String, Object> copy(Map<String, ?> data) {
        if (data == null || data.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        data.forEach((k, v) -> {
            Objects.requireNonNull(k, "resultData key");
            if (v != null) {
                copy.put(k, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
