package vn.onestop.processing.task.service;

import vn.onestop.processing.config.ProcessingConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.messaging.DossierTraces;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.processing.calendar.service.CalendarService;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.domain.CaseStatus;
import vn.onestop.processing.casefile.domain.ResultStatus;
import vn.onestop.processing.casefile.messaging.DossierDecidedData;
import vn.onestop.processing.partner.domain.PartnerSystems;
import vn.onestop.processing.task.domain.Task;
import vn.onestop.processing.task.messaging.ProcessingEvents;
import vn.onestop.processing.workflow.domain.Effect;
import vn.onestop.processing.workflow.domain.Refusal;
import vn.onestop.processing.workflow.domain.StepDue;
import vn.onestop.processing.workflow.domain.StepOutcome;
import vn.onestop.processing.workflow.domain.StepState;
import vn.onestop.processing.workflow.domain.Transition;
import vn.onestop.processing.workflow.domain.TransitionResult;
import vn.onestop.processing.workflow.domain.WorkflowCatalog;
import vn.onestop.processing.workflow.domain.WorkflowDefinition;
import vn.onestop.processing.workflow.domain.WorkflowRun;
import vn.onestop.processing.workflow.domain.WorkflowStep;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.FinishedStatus;
import vn.onestop.workingtime.PauseReason;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.TimeLimitUnit;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.WorkingTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a dossier's workflow: loads the case and its step states, asks the plain-Java state machine
 * for a transition and turns its effects into tasks, clock changes and events, all in the caller's
 * transaction. The only place that writes cases and tasks.
 *
 * <p>Lock order: a transaction that changes a case takes the case's row lock ({@link #lockCase})
 * before it reads or writes anything of the case, its tasks included ({@link #lockTask}); a bundle
 * member's lock comes after its bundle's. Officers' requests, consumed events and the deadline watch
 * then only ever wait for each other, never in a circle (docs/reliability.md).
 */
@ApplicationScoped
public class CaseWorkflow {

    private final WorkflowCatalog workflows = WorkflowCatalog.bundled();
    private final CalendarService calendars;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ProcessingConfig config;
    private final jakarta.enterprise.event.Event<CaseMilestone> milestones;
    private final PartnerSystems partners;
    private final DossierTraces traces;

    CaseWorkflow(CalendarService calendars, Outbox outbox, EntityManager entityManager, Clock clock,
                 ProcessingConfig config, jakarta.enterprise.event.Event<CaseMilestone> milestones,
                 PartnerSystems partners, DossierTraces traces) {
        this.traces = traces;
        this.milestones = milestones;
        this.partners = partners;
        this.calendars = calendars;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config;
    }

    public WorkflowCatalog workflows() {
        return workflows;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Starts the workflow of a case just opened: the clock, the first tasks, ProcessingStarted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(CaseFile file, WorkflowDefinition definition) {
        OffsetDateTime now = now();
        begin(file, definition, file.receivedAt.toInstant(), now);
        apply(file, definition, applied(WorkflowRun.notStarted(definition).start(now.toInstant())), null, now);
    }

    /**
     * The clock of a dossier: the promise intake made stands; the explanation is computed here, from the
     * time limit of the catalog version the dossier was received under (the workflow's when the event
     * did not say), so a change of the law does not change the limit of dossiers already received.
     */
    private void begin(CaseFile file, WorkflowDefinition definition, Instant clockFrom, OffsetDateTime now) {
        WorkCalendar calendar = calendars.calendarOf(file.competentAgency);
        Deadline deadline = Deadline.compute(calendar, clockFrom, limitOf(file, definition, calendar.zone()));
        if (file.dueAt == null) {
            file.dueAt = deadline.due().withOffsetSameInstant(ZoneOffset.UTC);
        } else if (!file.dueAt.toInstant().equals(deadline.due().toInstant())) {
            // intake promised with its copy of an older calendar: the promise stands
            Log.warnf("dossier %s: promised due %s differs from %s by the current calendar; keeping the promise",
                    file.dossierId, file.dueAt, deadline.due());
        }
        file.deadline = deadline;
        file.status = CaseStatus.IN_PROCESS;
        file.planWatch(calendar);
        outbox.publish(EventType.PROCESSING_STARTED, file.dossierId, new ProcessingEvents.ProcessingStarted(
                file.dossierId, file.dossierCode, file.procedureId, now, file.dueAt, file.status.name(),
                file.status.nationalCode(),
                definition.steps().stream().map(s -> new ProcessingEvents.StepSummary(s.id(), s.name(),
                        agencyOf(file, s), s.parallelGroup())).toList()));
    }

    /**
     * The dossier's own limit (DossierSubmitted's, from the catalog version it was received under);
     * for a case opened before intake sent it, the workflow's limit of the version in force on the
     * day of receipt.
     */
    static TimeLimit limitOf(CaseFile file, WorkflowDefinition definition, java.time.ZoneId zone) {
        if (file.timeLimitUnit == null || file.timeLimitValue == null) {
            return file.receivedAt == null ? definition.timeLimit()
                    : definition.timeLimitOn(file.receivedAt.atZoneSameInstant(zone).toLocalDate());
        }
        TimeLimitUnit unit = TimeLimitUnit.valueOf(file.timeLimitUnit);
        return unit == TimeLimitUnit.SAME_DAY ? TimeLimit.sameDay() : new TimeLimit(file.timeLimitValue, unit);
    }

    /**
     * Starts a bundle member whose inputs have all arrived: its clock runs from now, since the
     * statutory time of a follow-on procedure starts when its dossier is complete.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void startChained(CaseFile file, WorkflowDefinition definition) {
        OffsetDateTime now = now();
        file.dueAt = null;
        begin(file, definition, now.toInstant(), now);
        apply(file, definition, applied(WorkflowRun.notStarted(definition).start(now.toInstant())), null, now);
    }

    /** An officer's or a partner's outcome for a task. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Task complete(UUID taskId, Completion completion) {
        Task task = lockTask(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        if (!task.isActive()) {
            throw new WorkflowRefused("task " + taskId + " is " + task.status + ": it cannot be completed again");
        }
        CaseFile file = lockCase(task.dossierId);
        WorkflowDefinition definition = workflows.get(file.procedureId);
        OffsetDateTime now = now();
        StepOutcome outcome = switch (completion.outcome()) {
            case "APPROVE" -> StepOutcome.approve(completion.resultData() == null ? Map.of() : completion.resultData());
            case "REJECT" -> StepOutcome.reject(completion.note());
            case "REQUEST_SUPPLEMENT" -> StepOutcome.requestSupplement(completion.missingItems(),
                    (completion.supplementDeadline() != null ? completion.supplementDeadline().toInstant()
                            : WorkingTime.addWorkingTime(calendars.calendarOf(file.competentAgency), now.toInstant(),
                            Duration.ofHours(8L * config.supplementWorkingDays()))));
            case "REQUEST_PAYMENT" -> StepOutcome.requestPayment(completion.amount() == null ? -1 : completion.amount());
            default -> throw new WorkflowRefused("unknown outcome " + completion.outcome());
        };
        Transition transition = applied(restore(file, definition).complete(task.step, outcome, now.toInstant()));
        task.completedBy = completion.completedBy();
        task.note = completion.note();
        apply(file, definition, transition, completion, now);
        return task;
    }

    /** The applicant supplemented (DossierSupplemented) or the fee was paid: the clock runs again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(UUID dossierId, CaseStatus expectedStatus) {
        CaseFile file = lockCase(dossierId);
        if (expectedStatus != file.status) {
            throw new WorkflowRefused("dossier " + file.dossierCode + " is " + file.status + ", not " + expectedStatus);
        }
        WorkflowDefinition definition = workflows.get(file.procedureId);
        WorkflowRun run = restore(file, definition);
        String step = run.pausedStep().map(StepState::stepId)
                .orElseThrow(() -> new WorkflowRefused("dossier " + file.dossierCode + " is not paused"));
        OffsetDateTime now = now();
        apply(file, definition, applied(run.resume(step, now.toInstant())), null, now);
    }

    /**
     * The applicant withdrew. A dossier withdrawn while it waited for the centre's acceptance (national
     * status 1) never reached processing: DossierSubmitted comes only with the acceptance, on the same
     * partition and so before any withdrawal of it; no case then means nothing to close.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID dossierId) {
        CaseFile file = lockCaseIfAny(dossierId).orElse(null);
        if (file == null) {
            Log.infof("dossier %s withdrawn before it was accepted: no case to close", dossierId);
            return;
        }
        if (file.status.finished()) {
            // the withdrawal crossed the decision: the dossier is already finished, nothing to close
            Log.infof("dossier %s: withdrawal ignored, the case is already %s", dossierId, file.status);
            return;
        }
        if (file.run == null) {
            file.status = CaseStatus.WITHDRAWN;
            milestones.fire(new CaseMilestone(file.dossierId, file.dossierCode, CaseMilestone.Kind.WITHDRAWN, null));
            return;
        }
        WorkflowDefinition definition = workflows.get(file.procedureId);
        OffsetDateTime now = now();
        apply(file, definition, applied(restore(file, definition).withdraw(now.toInstant())), null, now);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(UUID dossierId, String reason, String by) {
        CaseFile file = lockCase(dossierId);
        WorkflowDefinition definition = workflows.get(file.procedureId);
        OffsetDateTime now = now();
        apply(file, definition, applied(restore(file, definition).stop(reason, now.toInstant())),
                new Completion("STOP", reason, null, null, null, null, by), now);
    }

    /** "4 on the spot": receive, appraise, approve and return at the counter in one call. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fastLane(UUID dossierId, Map<String, Object> resultData, String by) {
        CaseFile file = lockCase(dossierId);
        WorkflowDefinition definition = workflows.get(file.procedureId);
        OffsetDateTime now = now();
        WorkflowRun run;
        if (file.run == null && file.status == CaseStatus.AT_COUNTER) {
            begin(file, definition, file.receivedAt.toInstant(), now);
            run = WorkflowRun.notStarted(definition);
        } else {
            run = restore(file, definition);
        }
        Completion completion = new Completion("APPROVE", "4 on the spot", resultData, null, null, null, by);
        apply(file, definition, applied(run.fastLane(resultData, now.toInstant())), completion, now);
    }

    /** The case under its row lock ({@link #lockCaseIfAny}). */
    public CaseFile lockCase(UUID dossierId) {
        return lockCaseIfAny(dossierId).orElseThrow(() -> new CaseNotFound(dossierId));
    }

    /**
     * Takes the row lock of a case, for the rest of the transaction, and reads the case under it;
     * empty when there is no such case. Every transaction that changes a case calls this first, before
     * it reads anything of the case or its tasks, so that two transactions on one case wait for each
     * other here and nowhere else: one that locked a task first while another, holding the case,
     * changed that task would deadlock with it; and a row read before its lock may have changed by
     * the time the lock is granted (a stale version, for Hibernate).
     *
     * <p>A bundle member is locked after its bundle (the parent case): the chain coordinator changes
     * several members of a bundle in one transaction, and the parent's lock, always taken first,
     * lets only one transaction at a time change the members of one bundle. Calling this again in
     * the same transaction costs a read of the parent's id and takes nothing new.
     *
     * <p>Whatever changes a case continues the dossier's trace from here on (docs/adr/0021): an
     * officer's request, a partner's reply that did not pass the trace on, the deadline watch. The
     * events the transaction writes for the case (and its bundle) carry the dossier's trace.
     */
    public Optional<CaseFile> lockCaseIfAny(UUID dossierId) {
        List<UUID> parent = entityManager.createQuery(
                        "select c.parentId from CaseFile c where c.dossierId = :id", UUID.class)
                .setParameter("id", dossierId).getResultList();
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        if (parent.get(0) != null) {
            continueTrace(entityManager.find(CaseFile.class, parent.get(0), LockModeType.PESSIMISTIC_WRITE));
        }
        CaseFile file = entityManager.find(CaseFile.class, dossierId, LockModeType.PESSIMISTIC_WRITE);
        continueTrace(file);
        return Optional.ofNullable(file);
    }

    private void continueTrace(CaseFile file) {
        if (file != null) {
            traces.continueTrace(file.dossierId.toString(), file.traceParent, file.traceState, "case work");
        }
    }

    /**
     * A task, read under its case's lock ({@link #lockCaseIfAny}), which covers the case's tasks:
     * whoever changes a task holds its case's lock. Empty for an unknown task. Read a task that is to
     * be changed through this, not before it.
     */
    public Optional<Task> lockTask(UUID taskId) {
        // a task never moves to another case: its case's id is safe to read before the lock
        List<UUID> dossier = entityManager.createQuery("select t.dossierId from Task t where t.id = :id", UUID.class)
                .setParameter("id", taskId).getResultList();
        if (dossier.isEmpty() || lockCaseIfAny(dossier.get(0)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(Task.class, taskId));
    }

    private void apply(CaseFile file, WorkflowDefinition definition, Transition transition, Completion completion,
                       OffsetDateTime now) {
        String by = completion == null || completion.completedBy() == null ? "processing-service" : completion.completedBy();
        for (Effect effect : transition.effects()) {
            if (effect instanceof Effect.OpenSteps open) {
                openTasks(file, definition, open.stepIds(), now);
            } else if (effect instanceof Effect.StepDone done) {
                for (Task task : Task.activeOf(file.dossierId, done.stepId())) {
                    task.status = Task.Status.DONE;
                    task.outcome = done.outcome().name();
                    task.completedAt = now;
                    task.completedBy = by;
                    outbox.publish(EventType.STEP_COMPLETED, file.dossierId, new ProcessingEvents.StepCompleted(
                            file.dossierId, file.dossierCode, task.id, task.step, task.agency, task.outcome, now,
                            completion == null ? null : completion.note()));
                }
            } else if (effect instanceof Effect.CancelSteps cancel) {
                for (String step : cancel.stepIds()) {
                    for (Task task : Task.activeOf(file.dossierId, step)) {
                        task.status = Task.Status.CANCELLED;
                        task.completedAt = now;
                        ProcessingEvents.TaskCancelled cancelled = new ProcessingEvents.TaskCancelled(
                                task.id, file.dossierId, file.dossierCode, task.step, task.agency,
                                cancel.cause().name().toLowerCase().replace('_', ' '), now);
                        outbox.publish(EventType.TASK_CANCELLED, file.dossierId, cancelled);
                        partners.partnerOf(task.agency).ifPresent(partner -> outbox.publishTo(
                                Topics.forPartner(Topics.PARTNER_TASKS, partner), EventType.TASK_CANCELLED,
                                file.dossierId, cancelled));
                    }
                }
            } else if (effect instanceof Effect.Pause pause) {
                pause(file, pause, by, completion == null ? null : completion.note(), now);
            } else if (effect instanceof Effect.Resume resume) {
                resume(file, resume, now);
            } else if (effect instanceof Effect.Decided decided) {
                decide(file, definition, decided, now);
            } else if (effect instanceof Effect.Stopped stopped) {
                file.status = CaseStatus.STOPPED;
                outbox.publish(EventType.PROCESSING_STOPPED, file.dossierId, new ProcessingEvents.ProcessingStopped(
                        file.dossierId, file.dossierCode, stopped.reason(), now, by, file.status.name(),
                        file.status.nationalCode()));
            } else if (effect instanceof Effect.Withdrawn) {
                file.status = CaseStatus.WITHDRAWN;
            }
        }
        file.run = transition.run().steps();
        for (Effect effect : transition.effects()) {
            milestone(file, effect).ifPresent(milestones::fire);
        }
    }

    private void openTasks(CaseFile file, WorkflowDefinition definition, List<String> stepIds, OffsetDateTime now) {
        for (String stepId : stepIds) {
            WorkflowStep step = definition.step(stepId).orElseThrow();
            Task task = new Task();
            task.id = UUID.randomUUID();
            task.dossierId = file.dossierId;
            task.dossierCode = file.dossierCode;
            task.procedureId = file.procedureId;
            task.step = step.id();
            task.stepName = step.name();
            task.agency = agencyOf(file, step);
            task.agencyType = step.agencyType();
            task.deciding = step.deciding();
            task.status = Task.Status.OPEN;
            task.createdAt = now;
            WorkCalendar calendar = calendars.calendarOf(task.agency);
            task.dueAt = StepDue.compute(calendar, step, now.toInstant(), file.dueAt).due()
                    .withOffsetSameInstant(ZoneOffset.UTC);
            task.planWatch(calendar, file.status == CaseStatus.IN_PROCESS);
            task.persist();
            // the platform's services learn of the task without personal data; the partner system that
            // works it gets, on its own topic, what the step needs to find the person in its register
            outbox.publish(EventType.TASK_ASSIGNED, file.dossierId, assigned(file, definition, task, now, Map.of()));
            partners.partnerOf(task.agency).ifPresent(partner -> outbox.publishTo(
                    Topics.forPartner(Topics.PARTNER_TASKS, partner), EventType.TASK_ASSIGNED, file.dossierId,
                    assigned(file, definition, task, now, Map.of("dossierCode", file.dossierCode,
                            "applicantName", file.applicantName, "applicantIdNumber", file.applicantIdNumber))));
        }
    }

    private static ProcessingEvents.TaskAssigned assigned(CaseFile file, WorkflowDefinition definition, Task task,
                                                          OffsetDateTime now, Map<String, Object> inputs) {
        return new ProcessingEvents.TaskAssigned(task.id, file.dossierId, file.dossierCode, file.procedureId,
                task.step, task.stepName, task.agency, task.agencyType, task.dueAt, now, task.deciding,
                task.deciding ? definition.resultFields() : List.of(), inputs);
    }

    /** {@code note}: the officer's words with the outcome; a payment's reason, shown to the applicant, when given. */
    private void pause(CaseFile file, Effect.Pause pause, String by, String note, OffsetDateTime now) {
        if (pause.reason() == PauseReason.SUPPLEMENT) {
            file.status = CaseStatus.SUPPLEMENT_REQUESTED;
            file.supplementRound++;
            file.supplementDeadline = pause.pause().applicantDeadline().atOffset(ZoneOffset.UTC);
            outbox.publish(EventType.SUPPLEMENT_REQUESTED, file.dossierId, new ProcessingEvents.SupplementRequested(
                    file.dossierId, file.dossierCode, file.supplementRound, pause.pause().missingItems(),
                    pause.pause().applicantDeadline().atOffset(ZoneOffset.UTC), now, by, file.status.name(),
                    file.status.nationalCode()));
        } else {
            file.status = CaseStatus.AWAITING_PAYMENT;
            outbox.publish(EventType.PAYMENT_REQUESTED, file.dossierId, new ProcessingEvents.PaymentRequested(
                    file.dossierId, file.dossierCode, pause.pause().amountVnd(), "VND",
                    note == null || note.isBlank() ? "fee or tax of " + file.procedureId : note.strip(), now, by,
                    file.status.name(), file.status.nationalCode()));
        }
    }

    /** The paused working time moves the dossier's due date and its open tasks' (BRIEF §5). */
    private void resume(CaseFile file, Effect.Resume resume, OffsetDateTime now) {
        WorkCalendar calendar = calendars.calendarOf(file.competentAgency);
        Duration paused = WorkingTime.workingTimeBetween(calendar, resume.pausedFrom(), resume.resumedAt());
        OffsetDateTime oldDue = file.dueAt;
        file.dueAt = WorkingTime.addWorkingTime(calendar, oldDue.toInstant(), paused).atOffset(ZoneOffset.UTC);
        file.deadline = file.deadline.pause(calendar, resume.reason(), resume.pausedFrom(), resume.resumedAt());
        // in process before its steps move, so that the watch looks at them again
        file.status = CaseStatus.IN_PROCESS;
        moveOpenSteps(file, paused, now);
        file.supplementDeadline = null;
        file.atRiskAnnounced = false;
        file.overdueAnnounced = file.overdueAnnounced && !file.dueAt.isAfter(now);
        file.planWatch(calendar);
        outbox.publish(EventType.PROCESSING_RESUMED, file.dossierId, new ProcessingEvents.ProcessingResumed(
                file.dossierId, file.dossierCode, resume.reason().name(), resume.pausedFrom().atOffset(ZoneOffset.UTC),
                now, oldDue, file.dueAt, file.status.name(), file.status.nationalCode(), paused.toString()));
    }

    /**
     * The open steps' due dates move by {@code shift} of working time (each in its agency's calendar),
     * never past the dossier's due date; their alerts are announced again if they are still due, and
     * the watch looks at them again if the dossier is in process.
     */
    public void moveOpenSteps(CaseFile file, Duration shift, OffsetDateTime now) {
        for (Task task : Task.activeOf(file.dossierId)) {
            WorkCalendar calendar = calendars.calendarOf(task.agency);
            OffsetDateTime moved = WorkingTime.addWorkingTime(calendar, task.dueAt.toInstant(), shift)
                    .atOffset(ZoneOffset.UTC);
            task.dueAt = moved.isAfter(file.dueAt) ? file.dueAt : moved;
            task.atRiskAnnounced = false;
            task.overdueAnnounced = task.overdueAnnounced && !task.dueAt.isAfter(now);
            task.planWatch(calendar, file.status == CaseStatus.IN_PROCESS);
        }
    }

    /** A bundle's own promise is watched from its opening until its last member finishes. */
    public void watchBundle(CaseFile bundle) {
        bundle.planWatch(calendars.calendarOf(bundle.competentAgency));
    }

    /**
     * The applicant's supplement deadline passed without a supplement (intake's
     * DossierSupplementExpired, decided under the dossier's lock where supplements are received): the
     * dossier is refused, as the procedures say (BRIEF §6: "7 working days to supplement, else the
     * dossier is rejected"). The clock runs again from the deadline (the pause ends there), then the
     * paused step rejects with the reason, which the applicant is notified of (DossierDecided
     * REJECTED). False, changing nothing, when the case no longer waits for that round (a replay).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean expireSupplement(UUID dossierId, int round) {
        CaseFile file = lockCase(dossierId);
        if (file.status != CaseStatus.SUPPLEMENT_REQUESTED || file.supplementDeadline == null
                || file.supplementRound != round) {
            Log.infof("dossier %s: supplement round %d expired, but the case is %s (round %d): nothing to refuse",
                    dossierId, round, file.status, file.supplementRound);
            return false;
        }
        Instant at = now().toInstant();
        WorkflowDefinition definition = workflows.get(file.procedureId);
        WorkflowRun run = restore(file, definition);
        String step = run.pausedStep().map(StepState::stepId)
                .orElseThrow(() -> new WorkflowRefused("dossier " + file.dossierCode + " is not paused"));
        OffsetDateTime deadline = file.supplementDeadline;
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        apply(file, definition, applied(run.resume(step, deadline.toInstant())), null, deadline);
        String reason = "Hết thời hạn bổ sung hồ sơ: the supplement of round " + file.supplementRound
                + " was not received by its deadline " + deadline + "; the dossier is refused";
        Completion refusal = new Completion("REJECT", reason, null, null, null, null, "processing-service");
        // not before the pause ended: intake's clock decided the deadline passed, ours may lag behind it
        Instant refusedAt = now.toInstant().isBefore(deadline.toInstant()) ? deadline.toInstant() : now.toInstant();
        apply(file, definition, applied(restore(file, definition).complete(step, StepOutcome.reject(reason),
                refusedAt)), refusal, now);
        Log.infof("dossier %s refused: supplement deadline %s passed", file.dossierId, deadline);
        return true;
    }

    /**
     * The applicant paid what an officer asked for (intake's FeePaid, online or at the counter): the
     * pause that began at {@code requestedAt} ends at {@code paidAt}, the clock runs again. False,
     * changing nothing, when the case no longer waits for that payment (a replay, or the counter or
     * the tax procedure of its chain ended the pause first).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean paymentReceived(UUID dossierId, OffsetDateTime requestedAt, OffsetDateTime paidAt) {
        CaseFile file = lockCase(dossierId);
        if (file.status != CaseStatus.AWAITING_PAYMENT) {
            Log.infof("dossier %s: payment requested at %s received, but the case is %s: nothing to resume",
                    dossierId, requestedAt, file.status);
            return false;
        }
        WorkflowDefinition definition = workflows.get(file.procedureId);
        WorkflowRun run = restore(file, definition);
        StepState paused = run.pausedStep()
                .orElseThrow(() -> new WorkflowRefused("dossier " + file.dossierCode + " is not paused"));
        Instant since = paused.pause().since();
        if (!since.equals(requestedAt.toInstant())) {
            Log.infof("dossier %s: payment requested at %s received, but the open pause began at %s: nothing to resume",
                    dossierId, requestedAt, since);
            return false;
        }
        OffsetDateTime now = now();
        Instant at = paidAt == null || paidAt.toInstant().isBefore(since) ? since
                : paidAt.toInstant().isAfter(now.toInstant()) ? now.toInstant() : paidAt.toInstant();
        OffsetDateTime resumedAt = at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        apply(file, definition, applied(run.resume(paused.stepId(), resumedAt.toInstant())), null, resumedAt);
        Log.infof("dossier %s: paid at %s, the clock runs again", dossierId, resumedAt);
        return true;
    }

    private void decide(CaseFile file, WorkflowDefinition definition, Effect.Decided decided, OffsetDateTime now) {
        file.decision = decided.decision().name();
        file.decidedAt = now;
        file.status = CaseStatus.DECIDED;
        file.resultStatus = decided.decision() == vn.onestop.processing.workflow.domain.Decision.APPROVED
                ? ResultStatus.PENDING : null;
        // The reports' classification compares dates (the portal's rule); officers were alerted at the instant.
        file.finishedStatus = FinishedStatus.of(file.deadline, now.toInstant()).name();
        if (FinishedStatus.byDate(file.dueAt.toInstant(), now.toInstant(), file.deadline.zone()) == FinishedStatus.LATE) {
            file.finishedStatus = FinishedStatus.LATE.name();
        }
        WorkflowStep deciding = definition.step(decided.stepId()).orElse(definition.decidingStep());
        outbox.publish(EventType.DOSSIER_DECIDED, file.dossierId, new DossierDecidedData(file.dossierId,
                file.dossierCode, file.procedureId, file.decision, decided.reason(), now, agencyOf(file, deciding),
                file.status.name(), file.status.nationalCode(), new DossierDecidedData.Applicant(file.applicantName, file.applicantIdNumber),
                decided.resultData(), file.dueAt, file.finishedStatus, definition.resultKind()));
        Log.infof("dossier %s decided %s (%s)", file.dossierId, file.decision, file.finishedStatus);
    }

    private static java.util.Optional<CaseMilestone> milestone(CaseFile file, Effect effect) {
        CaseMilestone.Kind kind = null;
        String detail = null;
        if (effect instanceof Effect.Pause pause && pause.reason() == PauseReason.PAYMENT) {
            kind = CaseMilestone.Kind.PAUSED_FOR_PAYMENT;
        } else if (effect instanceof Effect.Decided decided) {
            kind = decided.decision() == vn.onestop.processing.workflow.domain.Decision.APPROVED
                    ? CaseMilestone.Kind.APPROVED : CaseMilestone.Kind.REJECTED;
            detail = decided.reason();
        } else if (effect instanceof Effect.Stopped stopped) {
            kind = CaseMilestone.Kind.STOPPED;
            detail = stopped.reason();
        } else if (effect instanceof Effect.Withdrawn) {
            kind = CaseMilestone.Kind.WITHDRAWN;
        }
        return kind == null ? java.util.Optional.empty()
                : java.util.Optional.of(new CaseMilestone(file.dossierId, file.dossierCode, kind, detail));
    }

    /** The concrete agency of a step for this dossier's place ("TYPE@LEVEL" from DossierSubmitted). */
    String agencyOf(CaseFile file, WorkflowStep step) {
        return file.agencyOf(step);
    }

    private WorkflowRun restore(CaseFile file, WorkflowDefinition definition) {
        if (file.run == null) {
            throw new WorkflowRefused("dossier " + file.dossierCode + " has not started processing (" + file.status + ")");
        }
        return WorkflowRun.restore(definition, file.run);
    }

    private static Transition applied(TransitionResult result) {
        if (result instanceof Refusal refusal) {
            throw new WorkflowRefused(refusal);
        }
        return (Transition) result;
    }
}
