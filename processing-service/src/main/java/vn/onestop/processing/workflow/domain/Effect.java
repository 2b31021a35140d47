package vn.onestop.processing.workflow.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.onestop.workingtime.PauseReason;

/**
 * Something a transition did that the service layer must act on (tasks, events, the dossier's
 * clock). A {@link Transition} lists them in the order they happened.
 */
public sealed interface Effect {

    EffectKind kind();

    /** A step finished with APPROVE or REJECT: close its task. */
    record StepDone(String stepId, OutcomeKind outcome) implements Effect {
        public StepDone {
            Objects.requireNonNull(stepId, "stepId");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public EffectKind kind() {
            return EffectKind.STEP_DONE;
        }
    }

    /**
     * These steps opened now (the next parallel group): create their tasks and compute their due
     * dates ({@link StepDue}).
     */
    record OpenSteps(List<String> stepIds) implements Effect {
        public OpenSteps {
            stepIds = List.copyOf(stepIds);
        }

        @Override
        public EffectKind kind() {
            return EffectKind.OPEN_STEPS;
        }
    }

    /**
     * These steps, which were open, are cancelled: close their tasks. Steps still PENDING are
     * cancelled in the run's state too, but not listed: they never had a task.
     */
    record CancelSteps(List<String> stepIds, CancelCause cause) implements Effect {
        public CancelSteps {
            stepIds = List.copyOf(stepIds);
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public EffectKind kind() {
            return EffectKind.CANCEL_STEPS;
        }
    }

    /**
     * The dossier's clock pauses (national code 5 for SUPPLEMENT, 6 for PAYMENT) on {@code stepId},
     * which stays open.
     */
    record Pause(String stepId, StepPause pause) implements Effect {
        public Pause {
            Objects.requireNonNull(stepId, "stepId");
            Objects.requireNonNull(pause, "pause");
        }

        public PauseReason reason() {
            return pause.reason();
        }

        @Override
        public EffectKind kind() {
            return EffectKind.PAUSE;
        }
    }

    /**
     * The dossier is back IN_PROCESS: move its due date (and the open steps' due dates) by the
     * working time between {@code pausedFrom} and {@code resumedAt}, i.e. working-time's
     * {@code Deadline.pause(calendar, reason, pausedFrom, resumedAt)}.
     */
    record Resume(String stepId, PauseReason reason, Instant pausedFrom, Instant resumedAt) implements Effect {
        public Resume {
            Objects.requireNonNull(stepId, "stepId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(pausedFrom, "pausedFrom");
            Objects.requireNonNull(resumedAt, "resumedAt");
        }

        @Override
        public EffectKind kind() {
            return EffectKind.RESUME;
        }
    }

    /**
     * The dossier is decided (national code 9): publish DossierDecided.
     *
     * @param stepId     the step whose outcome decided: the deciding step for APPROVED, the rejecting step for REJECTED
     * @param resultData APPROVED: the approvals' data merged in step order, the deciding step's values
     *                   last (they win); empty for REJECTED
     * @param reason     REJECTED: the written reason; null for APPROVED
     */
    record Decided(Decision decision, String stepId, Map<String, Object> resultData, String reason) implements Effect {
        public Decided {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(stepId, "stepId");
            resultData = StepState.copy(resultData);
        }

        @Override
        public EffectKind kind() {
            return EffectKind.DECIDED;
        }
    }

    /** Processing stopped (national code 8). */
    record Stopped(String reason) implements Effect {
        public Stopped {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public EffectKind kind() {
            return EffectKind.STOPPED;
        }
    }

    /** The applicant withdrew the dossier (national code 7). */
    record Withdrawn() implements Effect {
        @Override
        public EffectKind kind() {
            return EffectKind.WITHDRAWN;
        }
    }
}
