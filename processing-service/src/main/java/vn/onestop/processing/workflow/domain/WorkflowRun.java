package vn.onestop.processing.workflow.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.onestop.contracts.resultdata.ResultDataRules;
import vn.onestop.workingtime.PauseReason;

/**
 * The workflow of one dossier: its definition and the state of each step. Immutable: every call
 * answers a {@link TransitionResult}, either a {@link Transition} holding the new run and the
 * {@link Effect}s to act on, or a {@link Refusal} with a reason (the run is unchanged). Illegal
 * requests never throw; only null arguments do.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #start}: opens the first parallel group (more generally: {@link #stepsToOpen()}).</li>
 *   <li>{@link #complete} with APPROVE: the step is DONE. When every step of its group is approved,
 *       the next group opens ({@code OPEN_STEPS}), or, after the last group, the dossier is decided
 *       APPROVED ({@code DECIDED}). The deciding step's approval must carry every required result
 *       field, and any approval's declared result fields must have their format and stand right to
 *       the day of {@code at}; otherwise it is refused ({@link RefusalCode#INVALID_RESULT_DATA},
 *       naming each field).</li>
 *   <li>REJECT (with a written reason): the dossier is decided REJECTED; open siblings are cancelled
 *       ({@code CANCEL_STEPS}), steps not yet opened are cancelled silently.</li>
 *   <li>REQUEST_SUPPLEMENT (missing items, applicant deadline) and REQUEST_PAYMENT (amount): the
 *       step stays open, the dossier pauses ({@code PAUSE}): SUPPLEMENT_REQUESTED or
 *       AWAITING_PAYMENT. While paused no outcome is accepted on any step; only {@link #resume} of
 *       the paused step ({@code RESUME}: the service moves the due date by the paused working time),
 *       {@link #withdraw} and {@link #stop}. When the applicant's supplement deadline passes, the
 *       service resumes and then rejects (or stops): the time after the deadline counts again.</li>
 *   <li>{@link #withdraw}: open steps cancelled, WITHDRAWN. {@link #stop} (reason): STOPPED.</li>
 *   <li>{@link #fastLane}: instant procedures only; every step DONE with APPROVE and decided in one call.</li>
 *   <li>Nothing is accepted after a final state (APPROVED, REJECTED, WITHDRAWN, STOPPED), and no
 *       instant may be earlier than the last change recorded, a resume included
 *       ({@link RefusalCode#TIME_OUT_OF_ORDER}).</li>
 * </ul>
 *
 * <p>Persistence: store {@link #steps()} (one row or JSON object per step) and rebuild with
 * {@link #restore}; the status is derived from the step states, never stored apart from them.
 *
 * <p>Why one class of 600 lines: it is one state machine. Every transition is checked against the
 * same invariants ({@code check}, {@code derive}) and a change to one rule must be read beside
 * the others; the values it works with ({@link StepState}, {@link Effect}, {@link Refusal},
 * {@link StepOutcome}) already live in their own files, and its tests read it rule by rule.
 */
public final class WorkflowRun {

    private static final Set<StepStatus> UNFINISHED = EnumSet.of(StepStatus.PENDING, StepStatus.OPEN);

    private final WorkflowDefinition definition;
    private final List<StepState> steps;
    private final RunStatus status;

    private WorkflowRun(WorkflowDefinition definition, List<StepState> steps) {
        this.definition = definition;
        this.steps = List.copyOf(steps);
        check(definition, this.steps);
        this.status = derive(this.steps);
    }

    /** A run where no step has opened yet; {@link #start} opens the first group. */
    public static WorkflowRun notStarted(WorkflowDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return new WorkflowRun(definition,
                definition.steps().stream().map(s -> StepState.pending(s.id())).collect(Collectors.toList()));
    }

    /**
     * Rebuilds a run from stored step states (any order; one per step of the definition).
     *
     * @throws IllegalArgumentException when the states do not match the definition or contradict each
     *         other (a step open while an earlier group is unfinished, two paused steps, a cancelled
     *         step next to an open one, ...): stored data that no sequence of transitions produces
     */
    public static WorkflowRun restore(WorkflowDefinition definition, Collection<StepState> states) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(states, "states");
        String where = "workflow " + definition.procedureId() + ": step states: ";
        Map<String, StepState> byId = new LinkedHashMap<>();
        for (StepState s : states) {
            Objects.requireNonNull(s, "step state");
            if (definition.step(s.stepId()).isEmpty()) {
                throw new IllegalArgumentException(where + "unknown step " + s.stepId());
            }
            if (byId.putIfAbsent(s.stepId(), s) != null) {
                throw new IllegalArgumentException(where + "step " + s.stepId() + " appears twice");
            }
        }
        List<StepState> ordered = new ArrayList<>();
        for (WorkflowStep step : definition.steps()) {
            StepState s = byId.get(step.id());
            if (s == null) {
                throw new IllegalArgumentException(where + "step " + step.id() + " is missing");
            }
            ordered.add(s);
        }
        return new WorkflowRun(definition, ordered);
    }

    // ---- queries ----

    public WorkflowDefinition definition() {
        return definition;
    }

    /** The step states, in definition order: what to persist. */
    public List<StepState> steps() {
        return steps;
    }

    public Optional<StepState> step(String stepId) {
        return steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst();
    }

    public RunStatus status() {
        return status;
    }

    public boolean isFinished() {
        return status.isFinished();
    }

    /** Ids of the steps open now (paused ones included). */
    public List<String> openSteps() {
        return steps.stream().filter(s -> s.status() == StepStatus.OPEN).map(StepState::stepId)
                .collect(Collectors.toList());
    }

    /** The open step the dossier is paused on, if any. */
    public Optional<StepState> pausedStep() {
        return steps.stream().filter(StepState::hasPause).findFirst();
    }

    /**
     * The steps that should open now: the pending steps of the first group not fully approved,
     * provided no step is open and the run is not finished. {@link #start} opens exactly these;
     * after {@link #complete} they are already open (the next group opens in the same transition).
     */
    public List<String> stepsToOpen() {
        if (status.isFinished() || steps.stream().anyMatch(s -> s.status() == StepStatus.OPEN)) {
            return List.of();
        }
        for (int group = 1; group <= definition.lastGroup(); group++) {
            List<String> pending = new ArrayList<>();
            boolean approved = true;
            for (int i = 0; i < steps.size(); i++) {
                if (definition.steps().get(i).parallelGroup() != group) {
                    continue;
                }
                approved &= steps.get(i).doneWithApproval();
                if (steps.get(i).status() == StepStatus.PENDING) {
                    pending.add(steps.get(i).stepId());
                }
            }
            if (!approved) {
                return pending;
            }
        }
        return List.of();
    }

    // ---- transitions ----

    /** Opens {@link #stepsToOpen()}: the first group of a new run. */
    public TransitionResult start(Instant at) {
        Objects.requireNonNull(at, "at");
        Refusal refusal = refuseIfFinished();
        if (refusal == null && !openSteps().isEmpty()) {
            refusal = new Refusal(RefusalCode.ALREADY_STARTED, "steps " + String.join(", ", openSteps())
                    + " are already open");
        }
        if (refusal == null) {
            refusal = refuseIfBeforeLastChange(at);
        }
        if (refusal != null) {
            return refusal;
        }
        List<String> next = stepsToOpen();
        List<StepState> s = new ArrayList<>(steps);
        open(s, next, at);
        return new Transition(new WorkflowRun(definition, s), List.of(new Effect.OpenSteps(next)));
    }

    /** Records an outcome on an open step. */
    public TransitionResult complete(String stepId, StepOutcome outcome, Instant at) {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        Refusal refusal = refuseIfFinished();
        if (refusal != null) {
            return refusal;
        }
        int i = indexOf(stepId);
        if (i < 0) {
            return unknownStep(stepId);
        }
        if (status.isPaused()) {
            StepState paused = pausedStep().orElseThrow();
            return new Refusal(RefusalCode.DOSSIER_PAUSED, "the dossier is " + status + " on step "
                    + paused.stepId() + "; resume it before recording " + outcome.kind() + " on step " + stepId);
        }
        StepState state = steps.get(i);
        switch (state.status()) {
            case PENDING:
                return new Refusal(RefusalCode.STEP_NOT_OPEN, "step " + stepId + " has not opened yet (parallel group "
                        + definition.steps().get(i).parallelGroup() + ")");
            case DONE:
                return new Refusal(RefusalCode.STEP_ALREADY_DONE, "step " + stepId + " is already done ("
                        + state.outcome() + ")");
            case CANCELLED:
                return new Refusal(RefusalCode.STEP_CANCELLED, "step " + stepId + " was cancelled ("
                        + state.cancelCause() + ")");
            default:
                break;
        }
        refusal = refuseIfBeforeLastChange(at);
        if (refusal != null) {
            return refusal;
        }
        if (outcome instanceof StepOutcome.Approve approve) {
            return approve(i, approve.resultData(), at);
        }
        if (outcome instanceof StepOutcome.Reject reject) {
            return reject(i, reject.reason(), at);
        }
        if (outcome instanceof StepOutcome.RequestSupplement supplement) {
            return requestSupplement(i, supplement, at);
        }
        return requestPayment(i, ((StepOutcome.RequestPayment) outcome).amountVnd(), at);
    }

    /** Ends the pause on {@code stepId} (supplement received, or payment made): back IN_PROCESS. */
    public TransitionResult resume(String stepId, Instant at) {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(at, "at");
        Refusal refusal = refuseIfFinished();
        if (refusal != null) {
            return refusal;
        }
        int i = indexOf(stepId);
        if (i < 0) {
            return unknownStep(stepId);
        }
        if (!status.isPaused()) {
            return new Refusal(RefusalCode.NOT_PAUSED, "the dossier is " + status + ", not paused");
        }
        StepState state = steps.get(i);
        if (!state.hasPause()) {
            return new Refusal(RefusalCode.NOT_PAUSED, "the dossier is paused on step "
                    + pausedStep().orElseThrow().stepId() + ", not on step " + stepId);
        }
        refusal = refuseIfBeforeLastChange(at);
        if (refusal != null) {
            return refusal;
        }
        StepPause pause = state.pause();
        List<StepState> s = new ArrayList<>(steps);
        s.set(i, state.resumed(at));
        return new Transition(new WorkflowRun(definition, s),
                List.of(new Effect.Resume(stepId, pause.reason(), pause.since(), at)));
    }

    /** The applicant withdraws: open steps cancelled, WITHDRAWN. Allowed while paused. */
    public TransitionResult withdraw(Instant at) {
        Objects.requireNonNull(at, "at");
        Refusal refusal = refuseIfFinished();
        if (refusal == null) {
            refusal = refuseIfBeforeLastChange(at);
        }
        if (refusal != null) {
            return refusal;
        }
        List<StepState> s = new ArrayList<>(steps);
        List<Effect> effects = new ArrayList<>();
        cancelUnfinished(s, at, CancelCause.WITHDRAWN, null, effects);
        effects.add(new Effect.Withdrawn());
        return new Transition(new WorkflowRun(definition, s), effects);
    }

    /** Processing stops for {@code reason}: open steps cancelled, STOPPED. Allowed while paused. */
    public TransitionResult stop(String reason, Instant at) {
        Objects.requireNonNull(at, "at");
        Refusal refusal = refuseIfFinished();
        if (refusal == null && (reason == null || reason.isBlank())) {
            refusal = new Refusal(RefusalCode.INVALID_REQUEST, "stopping processing needs a written reason");
        }
        if (refusal == null) {
            refusal = refuseIfBeforeLastChange(at);
        }
        if (refusal != null) {
            return refusal;
        }
        String why = reason.strip();
        List<StepState> s = new ArrayList<>(steps);
        List<Effect> effects = new ArrayList<>();
        cancelUnfinished(s, at, CancelCause.STOPPED, why, effects);
        effects.add(new Effect.Stopped(why));
        return new Transition(new WorkflowRun(definition, s), effects);
    }

    /**
     * "4 on the spot" for instant procedures: every step not done yet (pending or open) is DONE with
     * APPROVE at {@code at}, {@code resultData} on the deciding step, and the dossier is decided
     * APPROVED. Effects: one {@code STEP_DONE} per step completed, then {@code DECIDED}; no
     * {@code OPEN_STEPS} (no task is created for a step done at the counter).
     */
    public TransitionResult fastLane(Map<String, ?> resultData, Instant at) {
        Objects.requireNonNull(at, "at");
        Refusal refusal = refuseIfFinished();
        if (refusal != null) {
            return refusal;
        }
        if (!definition.instant()) {
            return new Refusal(RefusalCode.NOT_INSTANT, "procedure " + definition.procedureId()
                    + " is not an instant (4 on the spot) procedure; its steps are done one by one");
        }
        if (status.isPaused()) {
            return new Refusal(RefusalCode.DOSSIER_PAUSED, "the dossier is " + status + " on step "
                    + pausedStep().orElseThrow().stepId() + "; resume it first");
        }
        refusal = refuseIfBeforeLastChange(at);
        if (refusal != null) {
            return refusal;
        }
        Map<String, Object> data = StepState.copy(resultData);
        WorkflowStep decider = definition.decidingStep();
        refusal = refuseIfInvalidResultData(decider, data, at);
        if (refusal != null) {
            return refusal;
        }
        List<StepState> s = new ArrayList<>(steps);
        List<Effect> effects = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).status() != StepStatus.DONE) {
                boolean deciding = definition.steps().get(i).deciding();
                s.set(i, s.get(i).approved(at, deciding ? data : Map.of()));
                effects.add(new Effect.StepDone(s.get(i).stepId(), OutcomeKind.APPROVE));
            }
        }
        effects.add(new Effect.Decided(Decision.APPROVED, decider.id(), merged(s), null));
        return new Transition(new WorkflowRun(definition, s), effects);
    }

    // ---- outcomes ----

    private TransitionResult approve(int i, Map<String, Object> data, Instant at) {
        WorkflowStep step = definition.steps().get(i);
        Refusal refusal = refuseIfInvalidResultData(step, data, at);
        if (refusal != null) {
            return refusal;
        }
        List<StepState> s = new ArrayList<>(steps);
        s.set(i, s.get(i).approved(at, data));
        List<Effect> effects = new ArrayList<>();
        effects.add(new Effect.StepDone(step.id(), OutcomeKind.APPROVE));
        int group = step.parallelGroup();
        boolean groupApproved = true;
        for (int j = 0; j < s.size(); j++) {
            if (definition.steps().get(j).parallelGroup() == group) {
                groupApproved &= s.get(j).doneWithApproval();
            }
        }
        if (groupApproved) {
            if (group == definition.lastGroup()) {
                effects.add(new Effect.Decided(Decision.APPROVED, definition.decidingStep().id(), merged(s), null));
            } else {
                List<String> next = definition.stepsInGroup(group + 1).stream().map(WorkflowStep::id)
                        .collect(Collectors.toList());
                open(s, next, at);
                effects.add(new Effect.OpenSteps(next));
            }
        }
        return new Transition(new WorkflowRun(definition, s), effects);
    }

    private TransitionResult reject(int i, String reason, Instant at) {
        String stepId = steps.get(i).stepId();
        if (reason == null || reason.isBlank()) {
            return new Refusal(RefusalCode.INVALID_REQUEST, "step " + stepId
                    + ": a rejection needs a written reason for the applicant");
        }
        String why = reason.strip();
        List<StepState> s = new ArrayList<>(steps);
        s.set(i, s.get(i).rejected(at, why));
        List<Effect> effects = new ArrayList<>();
        effects.add(new Effect.StepDone(stepId, OutcomeKind.REJECT));
        cancelUnfinished(s, at, CancelCause.REJECTED, why, effects);
        effects.add(new Effect.Decided(Decision.REJECTED, stepId, Map.of(), why));
        return new Transition(new WorkflowRun(definition, s), effects);
    }

    private TransitionResult requestSupplement(int i, StepOutcome.RequestSupplement request, Instant at) {
        StepState state = steps.get(i);
        WorkflowStep step = definition.steps().get(i);
        if (request.missingItems().isEmpty() || request.missingItems().stream().anyMatch(String::isBlank)) {
            return new Refusal(RefusalCode.INVALID_REQUEST, "step " + step.id()
                    + ": a supplement request lists every missing item, in one written guidance; none may be blank");
        }
        if (request.applicantDeadline() == null || !request.applicantDeadline().isAfter(at)) {
            return new Refusal(RefusalCode.INVALID_REQUEST, "step " + step.id()
                    + ": a supplement request needs an applicant deadline after " + at);
        }
        if (!step.allowsSupplementRequest(state.supplementRequests())) {
            return new Refusal(RefusalCode.SUPPLEMENT_LIMIT_REACHED, "step " + step.id() + " may make "
                    + step.maxSupplementRequests() + " supplement request(s) and has made "
                    + state.supplementRequests());
        }
        return pause(i, StepPause.supplement(at, request.missingItems(), request.applicantDeadline()));
    }

    private TransitionResult requestPayment(int i, long amountVnd, Instant at) {
        if (amountVnd <= 0) {
            return new Refusal(RefusalCode.INVALID_REQUEST, "step " + steps.get(i).stepId()
                    + ": a payment request needs an amount above 0 VND, not " + amountVnd);
        }
        return pause(i, StepPause.payment(at, amountVnd));
    }

    private TransitionResult pause(int i, StepPause pause) {
        List<StepState> s = new ArrayList<>(steps);
        s.set(i, s.get(i).paused(pause));
        return new Transition(new WorkflowRun(definition, s), List.of(new Effect.Pause(s.get(i).stepId(), pause)));
    }

    // ---- helpers ----

    private Refusal refuseIfFinished() {
        return status.isFinished()
                ? new Refusal(RefusalCode.RUN_FINISHED, "the dossier is already " + status + "; nothing more can happen")
                : null;
    }

    private Refusal refuseIfBeforeLastChange(Instant at) {
        Instant last = lastChange();
        return last != null && at.isBefore(last)
                ? new Refusal(RefusalCode.TIME_OUT_OF_ORDER, at + " is before the last recorded change at " + last)
                : null;
    }

    private Refusal refuseIfInvalidResultData(WorkflowStep step, Map<String, Object> data, Instant at) {
        List<ResultDataRules.Violation> violations = definition.resultDataViolations(data,
                at.atZone(ResultDataRules.PROVINCE).toLocalDate(), step.deciding());
        return violations.isEmpty() ? null
                : new Refusal(RefusalCode.INVALID_RESULT_DATA, "the approval of step " + step.id()
                + " carries result data that cannot be issued: " + violations.stream()
                .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")), violations);
    }

    private Refusal unknownStep(String stepId) {
        return new Refusal(RefusalCode.UNKNOWN_STEP, "workflow " + definition.procedureId() + " has no step " + stepId
                + " (steps: " + definition.steps().stream().map(WorkflowStep::id).collect(Collectors.joining(", ")) + ")");
    }

    private Instant lastChange() {
        Instant last = null;
        for (StepState s : steps) {
            for (Instant t : new Instant[] {s.openedAt(), s.finishedAt(), s.hasPause() ? s.pause().since() : null,
                    s.resumedAt()}) {
                if (t != null && (last == null || t.isAfter(last))) {
                    last = t;
                }
            }
        }
        return last;
    }

    private int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).stepId().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    private void open(List<StepState> s, List<String> ids, Instant at) {
        for (int i = 0; i < s.size(); i++) {
            if (ids.contains(s.get(i).stepId())) {
                s.set(i, s.get(i).opened(at));
            }
        }
    }

    /** Cancels every open or pending step; lists the open ones (they had tasks) in a CANCEL_STEPS effect. */
    private static void cancelUnfinished(List<StepState> s, Instant at, CancelCause cause, String reason,
                                         List<Effect> effects) {
        List<String> wereOpen = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            StepState state = s.get(i);
            if (UNFINISHED.contains(state.status())) {
                if (state.status() == StepStatus.OPEN) {
                    wereOpen.add(state.stepId());
                }
                s.set(i, state.cancelled(at, cause, reason));
            }
        }
        if (!wereOpen.isEmpty()) {
            effects.add(new Effect.CancelSteps(wereOpen, cause));
        }
    }

    private Map<String, Object> merged(List<StepState> s) {
        Map<String, Object> data = new LinkedHashMap<>();
        StepState deciding = null;
        for (int i = 0; i < s.size(); i++) {
            if (definition.steps().get(i).deciding()) {
                deciding = s.get(i);
            } else if (s.get(i).doneWithApproval()) {
                data.putAll(s.get(i).resultData());
            }
        }
        if (deciding != null) {
            data.putAll(deciding.resultData());
        }
        return data;
    }

    private static RunStatus derive(List<StepState> steps) {
        if (steps.stream().anyMatch(s -> s.cancelCause() == CancelCause.WITHDRAWN)) {
            return RunStatus.WITHDRAWN;
        }
        if (steps.stream().anyMatch(s -> s.cancelCause() == CancelCause.STOPPED)) {
            return RunStatus.STOPPED;
        }
        if (steps.stream().anyMatch(s -> s.outcome() == OutcomeKind.REJECT)) {
            return RunStatus.REJECTED;
        }
        if (steps.stream().allMatch(StepState::doneWithApproval)) {
            return RunStatus.APPROVED;
        }
        Optional<StepState> paused = steps.stream().filter(StepState::hasPause).findFirst();
        if (paused.isPresent()) {
            return paused.get().pause().reason() == PauseReason.SUPPLEMENT
                    ? RunStatus.SUPPLEMENT_REQUESTED : RunStatus.AWAITING_PAYMENT;
        }
        if (steps.stream().allMatch(s -> s.status() == StepStatus.PENDING)) {
            return RunStatus.NOT_STARTED;
        }
        return RunStatus.IN_PROCESS;
    }

    /** The states must be reachable by transitions; see {@link #restore}. */
    private static void check(WorkflowDefinition definition, List<StepState> steps) {
        String where = "workflow " + definition.procedureId() + ": step states: ";
        List<WorkflowStep> defs = definition.steps();
        for (int i = 0; i < steps.size(); i++) {
            StepState s = steps.get(i);
            if (s.status() != StepStatus.OPEN && s.status() != StepStatus.DONE) {
                continue;
            }
            for (int j = 0; j < steps.size(); j++) {
                if (defs.get(j).parallelGroup() < defs.get(i).parallelGroup() && !steps.get(j).doneWithApproval()) {
                    throw new IllegalArgumentException(where + "step " + s.stepId() + " is " + s.status()
                            + " but step " + steps.get(j).stepId() + " of the earlier group "
                            + defs.get(j).parallelGroup() + " is " + steps.get(j).status()
                            + (steps.get(j).outcome() == null ? "" : " (" + steps.get(j).outcome() + ")"));
                }
            }
        }
        long rejections = steps.stream().filter(s -> s.outcome() == OutcomeKind.REJECT).count();
        if (rejections > 1) {
            throw new IllegalArgumentException(where + rejections + " steps rejected the dossier; a dossier ends at the first");
        }
        Set<CancelCause> causes = steps.stream().map(StepState::cancelCause).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CancelCause.class)));
        if (causes.size() > 1) {
            throw new IllegalArgumentException(where + "steps were cancelled for different causes " + causes);
        }
        if (causes.contains(CancelCause.REJECTED) && rejections == 0) {
            throw new IllegalArgumentException(where + "steps are cancelled as REJECTED but no step rejected the dossier");
        }
        if (rejections == 1 && !causes.isEmpty() && !causes.contains(CancelCause.REJECTED)) {
            throw new IllegalArgumentException(where + "a rejected dossier cannot also be " + causes.iterator().next());
        }
        boolean ended = rejections > 0 || !causes.isEmpty();
        if (ended) {
            steps.stream().filter(s -> UNFINISHED.contains(s.status())).findFirst().ifPresent(s -> {
                throw new IllegalArgumentException(where + "step " + s.stepId() + " is " + s.status()
                        + " although the dossier has ended; every unfinished step is cancelled");
            });
        }
        long paused = steps.stream().filter(StepState::hasPause).count();
        if (paused > 1) {
            throw new IllegalArgumentException(where + paused + " steps are paused; the dossier pauses on one step at a time");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkflowRun other && definition.equals(other.definition) && steps.equals(other.steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(definition, steps);
    }

    @Override
    public String toString() {
        return "WorkflowRun[" + definition.procedureId() + " " + status + " " + steps.stream()
                .map(s -> s.stepId() + "=" + s.status() + (s.outcome() == null ? "" : "/" + s.outcome())
                        + (s.hasPause() ? "/paused:" + s.pause().reason() : ""))
                .collect(Collectors.joining(", ")) + "]";
    }
}
