package vn.onestop.processing.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.processing.workflow.domain.RefusalCode.ALREADY_STARTED;
import static vn.onestop.processing.workflow.domain.RefusalCode.DOSSIER_PAUSED;
import static vn.onestop.processing.workflow.domain.RefusalCode.INVALID_REQUEST;
import static vn.onestop.processing.workflow.domain.RefusalCode.INVALID_RESULT_DATA;
import static vn.onestop.processing.workflow.domain.RefusalCode.NOT_INSTANT;
import static vn.onestop.processing.workflow.domain.RefusalCode.NOT_PAUSED;
import static vn.onestop.processing.workflow.domain.RefusalCode.RUN_FINISHED;
import static vn.onestop.processing.workflow.domain.RefusalCode.STEP_ALREADY_DONE;
import static vn.onestop.processing.workflow.domain.RefusalCode.STEP_CANCELLED;
import static vn.onestop.processing.workflow.domain.RefusalCode.STEP_NOT_OPEN;
import static vn.onestop.processing.workflow.domain.RefusalCode.SUPPLEMENT_LIMIT_REACHED;
import static vn.onestop.processing.workflow.domain.RefusalCode.TIME_OUT_OF_ORDER;
import static vn.onestop.processing.workflow.domain.RefusalCode.UNKNOWN_STEP;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;
import vn.onestop.contracts.resultdata.ResultFieldRule;
import vn.onestop.processing.casefile.domain.StepStatesConverter;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.PauseReason;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkCalendars;

/**
 * Properties of the per-dossier state machine, checked on generated histories over the shipped
 * workflows P1–P13 (and each of them with a limit of one supplement request on every step): starts,
 * outcomes of every kind on any step (open, pending, done, cancelled, unknown; valid and invalid:
 * result data missing or malformed, rejections and stops without a reason, supplement requests
 * without items or deadline, amounts of 0), resumes of the right and the wrong step, withdrawals,
 * stops and the fast lane, each at an instant after the previous one, at the same one or before it;
 * and, in a second property, round after round of pauses and resumes. After every action:
 * <ul>
 *   <li>the refusal, if any, is one the rules give (docs/workflows-and-deadlines.md, the
 *       {@link WorkflowRun} javadoc), and an action no rule refuses is accepted;</li>
 *   <li>a refused action has no effect and leaves the run as it was;</li>
 *   <li>a finished or cancelled step never changes again (never completed twice, never reopened); an
 *       open step keeps when it opened; steps open group after group, never before the earlier
 *       groups are approved; a step makes no more supplement requests than it may;</li>
 *   <li>the effects are exactly what changed, in order: steps done, steps opened, open steps
 *       cancelled, a pause, a resume with the pause's own window, then the decision, stop or
 *       withdrawal; a dossier is decided at most once, approved only with its required result
 *       fields;</li>
 *   <li>the status agrees with the step states (an open step only in a running run, a paused run
 *       paused on one open step, a finished run with nothing pending or open), the run survives
 *       being stored and rebuilt in any order, and an unfinished run can always be withdrawn;</li>
 *   <li>applied as the service applies them (a task per opened step with its {@link StepDue}, the
 *       dossier's {@link Deadline} paused on each resume), the effects keep the tasks equal to the
 *       open steps, never bring a due date earlier, keep every step's due within the dossier's, and
 *       never hand the clock a pause it cannot record;</li>
 *   <li>time never runs backwards: no change is accepted at an instant before one already accepted.</li>
 * </ul>
 * Receptions are on a fixed day (Monday 9 March 2026), so nothing depends on today's date.
 */
class WorkflowRunPropertiesTest {

    private static final WorkflowCatalog CATALOG = WorkflowCatalog.bundled();
    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();
    /** When every generated dossier was received; its workflow starts then or later. */
    private static final Instant T0 = Fixtures.at("2026-03-09T08:00");
    private static final String NO_SUCH_STEP = "NO_SUCH_STEP";

    // ---- what can happen to a run ----

    /** How an action names its step: resolved against the run it is applied to. */
    enum Target { OPEN, PAUSED, ANY, UNKNOWN }

    record StepRef(Target target, int index) {
        String resolve(WorkflowRun run) {
            List<String> all = run.steps().stream().map(StepState::stepId).toList();
            List<String> open = run.openSteps();
            return switch (target) {
                case OPEN -> open.isEmpty() ? all.get(index % all.size()) : open.get(index % open.size());
                case PAUSED -> run.pausedStep().map(StepState::stepId).orElseGet(() -> all.get(index % all.size()));
                case ANY -> all.get(index % all.size());
                case UNKNOWN -> NO_SUCH_STEP;
            };
        }
    }

    /** Result data of an approval (or of the fast lane). */
    enum Data {
        /** Every declared field, each in its format and on the right side of any decision day. */
        VALID,
        NONE,
        /** Only a field the procedure does not declare (a step's own note). */
        NOTE_ONLY,
        /** {@link #VALID} without the first required field. */
        MISSING_REQUIRED,
        /** {@link #VALID} with the first declared field out of its format. */
        MALFORMED
    }

    enum Reason { WRITTEN, BLANK, ABSENT }

    enum Items { LISTED, NONE, BLANK_ITEM }

    enum ApplicantDeadline { AFTER, AT_ONCE, ABSENT }

    sealed interface Outcome {
    }

    record Approve(Data data) implements Outcome {
    }

    record Reject(Reason reason) implements Outcome {
    }

    record Supplement(Items items, ApplicantDeadline deadline) implements Outcome {
    }

    record Payment(long amountVnd) implements Outcome {
    }

    /** Something that happens to a run, {@code minutes} after the previous action (negative: out of order). */
    sealed interface Action {
        int minutes();
    }

    record Start(int minutes) implements Action {
    }

    record Complete(StepRef step, Outcome outcome, int minutes) implements Action {
    }

    record Resume(StepRef step, int minutes) implements Action {
    }

    record Withdraw(int minutes) implements Action {
    }

    record Stop(Reason reason, int minutes) implements Action {
    }

    record FastLane(Data data, int minutes) implements Action {
    }

    // ---- generators ----

    private static <T> Tuple2<Integer, Arbitrary<? extends T>> weight(int weight, Arbitrary<? extends T> arbitrary) {
        return Tuple.of(weight, arbitrary);
    }

    @SafeVarargs
    private static <T> Arbitrary<T> weighted(Tuple2<Integer, Arbitrary<? extends T>>... choices) {
        return Arbitraries.frequencyOf(choices);
    }

    /**
     * Every shipped workflow, those with parallel groups, a supplement limit or the fast lane more
     * often; and each also with a limit of one supplement request on every step, so that the limit
     * is reached often enough to be checked.
     */
    @Provide
    Arbitrary<WorkflowDefinition> workflows() {
        List<Tuple2<Integer, Arbitrary<WorkflowDefinition>>> choices = new ArrayList<>();
        for (WorkflowDefinition d : CATALOG.all()) {
            boolean special = d.instant() || d.steps().stream().anyMatch(s -> s.maxSupplementRequests() != null)
                    || d.lastGroup() < d.steps().size();
            choices.add(Tuple.of(special ? 4 : 1, Arbitraries.just(d)));
            choices.add(Tuple.of(1, Arbitraries.just(oneSupplementRequestPerStep(d))));
        }
        return Arbitraries.frequencyOf(choices);
    }

    private static WorkflowDefinition oneSupplementRequestPerStep(WorkflowDefinition d) {
        List<WorkflowStep> steps = d.steps().stream().map(s -> new WorkflowStep(s.id(), s.name(), s.agencyType(),
                s.level(), s.budget(), s.parallelGroup(), s.deciding(), s.partner(), 1)).toList();
        return new WorkflowDefinition(d.procedureId(), d.name(), d.timeLimit(), d.instant(), d.resultKind(),
                d.resultFields(), steps, d.earlierTimeLimits());
    }

    @Provide
    Arbitrary<Boolean> startedFirst() {
        return weighted(weight(4, Arbitraries.just(true)), weight(1, Arbitraries.just(false)));
    }

    @Provide
    Arbitrary<List<Action>> histories() {
        return action().list().ofMinSize(1).ofMaxSize(40);
    }

    private static Arbitrary<Integer> minutes() {
        return weighted(
                weight(1, Arbitraries.integers().between(-180, -1)),
                weight(2, Arbitraries.just(0)),
                weight(10, Arbitraries.integers().between(1, 600)),
                weight(3, Arbitraries.integers().between(601, 5_000)));
    }

    private static Arbitrary<StepRef> steps(int open, int paused, int any, int unknown) {
        Arbitrary<Target> target = weighted(weight(open, Arbitraries.just(Target.OPEN)),
                weight(paused, Arbitraries.just(Target.PAUSED)), weight(any, Arbitraries.just(Target.ANY)),
                weight(unknown, Arbitraries.just(Target.UNKNOWN)));
        return Combinators.combine(target, Arbitraries.integers().between(0, 11)).as(StepRef::new);
    }

    private static Arbitrary<Data> resultData() {
        return weighted(weight(6, Arbitraries.just(Data.VALID)), weight(3, Arbitraries.just(Data.NONE)),
                weight(1, Arbitraries.just(Data.NOTE_ONLY)), weight(1, Arbitraries.just(Data.MISSING_REQUIRED)),
                weight(1, Arbitraries.just(Data.MALFORMED)));
    }

    private static Arbitrary<Reason> reasons() {
        return weighted(weight(2, Arbitraries.just(Reason.WRITTEN)), weight(1, Arbitraries.just(Reason.BLANK)),
                weight(1, Arbitraries.just(Reason.ABSENT)));
    }

    private static Arbitrary<Action> action() {
        Arbitrary<Integer> minutes = minutes();
        Arbitrary<Supplement> supplement = Combinators.combine(
                weighted(weight(4, Arbitraries.just(Items.LISTED)), weight(1, Arbitraries.just(Items.NONE)),
                        weight(1, Arbitraries.just(Items.BLANK_ITEM))),
                weighted(weight(4, Arbitraries.just(ApplicantDeadline.AFTER)),
                        weight(1, Arbitraries.just(ApplicantDeadline.AT_ONCE)),
                        weight(1, Arbitraries.just(ApplicantDeadline.ABSENT))))
                .as(Supplement::new);
        Arbitrary<Outcome> outcome = weighted(
                weight(10, resultData().map(Approve::new)),
                weight(2, reasons().map(Reject::new)),
                weight(3, supplement),
                weight(2, Arbitraries.of(150_000L, 12_500_000L, 0L, -5L).map(Payment::new)));
        return weighted(
                weight(2, minutes.map(Start::new)),
                weight(14, Combinators.combine(steps(6, 2, 3, 1), outcome, minutes).as(Complete::new)),
                weight(4, Combinators.combine(steps(1, 6, 2, 1), minutes).as(Resume::new)),
                weight(1, minutes.map(Withdraw::new)),
                weight(1, Combinators.combine(reasons(), minutes).as(Stop::new)),
                weight(1, Combinators.combine(resultData(), minutes).as(FastLane::new)));
    }

    // ---- the properties ----

    @Property(tries = 400)
    void no_history_of_actions_corrupts_a_run(@ForAll("workflows") WorkflowDefinition definition,
                                              @ForAll("startedFirst") boolean startedFirst,
                                              @ForAll("histories") List<Action> history) {
        History h = new History(definition);
        h.check();
        if (startedFirst) {
            h.apply(new Start(0));
        }
        for (Action action : history) {
            h.apply(action);
        }
        // the generator must reach every corner, or the invariants above hold vacuously
        for (RunStatus status : EnumSet.complementOf(EnumSet.of(RunStatus.NOT_STARTED))) {
            Statistics.label(status.name()).collect(h.reached.contains(status));
            Statistics.label(status.name()).coverage(SOME_TRIES);
        }
        h.refusals.forEach(code -> Statistics.label("refusals").collect(code));
        Statistics.label("refusals").coverage(EVERY_REACHABLE_REFUSAL);
    }

    private static final Consumer<StatisticsCoverage> SOME_TRIES = c -> c.check(true).count(n -> n > 0);
    /**
     * Every refusal shows up but two: STEP_CANCELLED, which no history reaches (steps are cancelled
     * only when the dossier ends, and then RUN_FINISHED comes first), and SUPPLEMENT_LIMIT_REACHED,
     * which needs a step to ask twice with a resume between and is left to the next property.
     */
    private static final Consumer<StatisticsCoverage> EVERY_REACHABLE_REFUSAL = c -> {
        for (RefusalCode code : EnumSet.complementOf(EnumSet.of(STEP_CANCELLED, SUPPLEMENT_LIMIT_REACHED))) {
            c.check(code).count(n -> n > 0);
        }
    };

    /**
     * Round after round of pauses and resumes, the pauses valid, on the open steps of a started run:
     * the same checks, where the dossier's clock and the supplement limits are most at stake.
     */
    @Property(tries = 150)
    void rounds_of_pauses_keep_the_clock_and_the_limits(@ForAll("workflows") WorkflowDefinition definition,
                                                        @ForAll("pauseRounds") List<Action> history) {
        History h = new History(definition);
        h.apply(new Start(0));
        for (Action action : history) {
            h.apply(action);
        }
        Statistics.label("paused").collect(h.reached.contains(RunStatus.SUPPLEMENT_REQUESTED)
                || h.reached.contains(RunStatus.AWAITING_PAYMENT));
        h.refusals.forEach(code -> Statistics.label("refusals").collect(code));
        Statistics.label("refusals").coverage(LIMIT_REACHED);
    }

    private static final Consumer<StatisticsCoverage> LIMIT_REACHED =
            c -> c.check(SUPPLEMENT_LIMIT_REACHED).count(n -> n > 0);

    @Provide
    Arbitrary<List<Action>> pauseRounds() {
        Arbitrary<Integer> minutes = weighted(weight(1, Arbitraries.integers().between(-30, -1)),
                weight(8, Arbitraries.integers().between(0, 900)));
        Arbitrary<StepRef> open = Arbitraries.integers().between(0, 11).map(i -> new StepRef(Target.OPEN, i));
        Arbitrary<StepRef> paused = Arbitraries.integers().between(0, 11).map(i -> new StepRef(Target.PAUSED, i));
        Arbitrary<Outcome> pause = Arbitraries.of(new Supplement(Items.LISTED, ApplicantDeadline.AFTER),
                new Supplement(Items.LISTED, ApplicantDeadline.AFTER), new Payment(150_000));
        Arbitrary<Action> round = weighted(
                weight(4, Combinators.combine(open, pause, minutes).as(Complete::new)),
                weight(4, Combinators.combine(paused, minutes).as(Resume::new)),
                weight(1, Combinators.combine(open, Arbitraries.just(new Approve(Data.VALID)), minutes)
                        .as(Complete::new)));
        return round.list().ofMinSize(1).ofMaxSize(25);
    }

    /**
     * Regression: a resume was not recorded in the run, so an action dated between the pause and the
     * resume was accepted afterwards ("no instant may be earlier than the last change recorded" held
     * only for openings, finishes and pause starts). A second pause could then start before the first
     * one ended, and applying its resume failed in the dossier's clock, which refuses overlapping
     * pause rounds: the dossier could never resume again.
     */
    @Example
    void nothing_is_accepted_before_the_resume_of_a_pause() {
        WorkflowDefinition p2 = CATALOG.get("P2");
        Instant paused = T0.plus(Duration.ofMinutes(30));
        Instant resumed = T0.plus(Duration.ofHours(5));
        Instant between = T0.plus(Duration.ofHours(2));
        WorkflowRun run = WorkflowRun.notStarted(p2).start(T0).applied().run()
                .complete("RECEIVE_CHECK", StepOutcome.requestPayment(50_000), paused).applied().run()
                .resume("RECEIVE_CHECK", resumed).applied().run();

        assertThat(run.complete("RECEIVE_CHECK", StepOutcome.requestPayment(20_000), between).refusal().code())
                .isEqualTo(TIME_OUT_OF_ORDER);
        assertThat(run.complete("RECEIVE_CHECK", StepOutcome.approve(), between).refusal().code())
                .isEqualTo(TIME_OUT_OF_ORDER);
        assertThat(run.withdraw(between).refusal().code()).isEqualTo(TIME_OUT_OF_ORDER);
        // stored and read back (as case_file.run is), the run still knows when it resumed
        StepStatesConverter stored = new StepStatesConverter();
        WorkflowRun reread = WorkflowRun.restore(p2,
                stored.convertToEntityAttribute(stored.convertToDatabaseColumn(run.steps())));
        assertThat(reread).isEqualTo(run);
        assertThat(reread.withdraw(between).refusal().code()).isEqualTo(TIME_OUT_OF_ORDER);
        // from the resume on, the step goes on, and a second pause round follows the first
        Transition second = run.complete("RECEIVE_CHECK", StepOutcome.requestPayment(20_000), resumed).applied();
        Deadline clock = Deadline.compute(VN, T0, p2.timeLimit())
                .pause(VN, PauseReason.PAYMENT, paused, resumed)
                .pause(VN, PauseReason.PAYMENT, second.effect(Effect.Pause.class).orElseThrow().pause().since(),
                        resumed.plus(Duration.ofHours(1)));
        assertThat(clock.pauses()).hasSize(2);
    }

    // ---- the model: a run, what the service keeps beside it, and the checks ----

    private static final class History {

        final WorkflowDefinition definition;
        WorkflowRun run;
        /** The instant of the previous action, accepted or not. */
        Instant clock = T0;
        /** The instant of the last accepted transition; null before the first. */
        Instant lastAccepted;
        /** The dossier's deadline, as the service stores it: computed at reception, paused on each resume. */
        Deadline dossier;
        /** The open tasks and their due dates, as the service keeps them. */
        final Map<String, StepDue> tasks = new LinkedHashMap<>();
        /** The pause the clock is in, from its PAUSE effect until its RESUME (or the end of the dossier). */
        Effect.Pause pause;
        int decisions;
        final Set<RunStatus> reached = EnumSet.noneOf(RunStatus.class);
        final List<RefusalCode> refusals = new ArrayList<>();
        final List<String> trace = new ArrayList<>();

        History(WorkflowDefinition definition) {
            this.definition = definition;
            this.run = WorkflowRun.notStarted(definition);
            this.dossier = Deadline.compute(VN, T0, definition.timeLimit());
        }

        void apply(Action action) {
            Instant at = clock.plus(Duration.ofMinutes(action.minutes()));
            if (at.isBefore(T0)) {
                at = T0;
            }
            clock = at;
            String stepId = stepOf(action);
            Set<RefusalCode> refusable = refusalsFor(action, stepId, at);
            List<StepState> stored = List.copyOf(run.steps());
            TransitionResult result = call(action, stepId, at);
            trace.add(action + (stepId == null ? "" : " on " + stepId) + " at +" + Duration.between(T0, at).toMinutes()
                    + " min -> " + (result instanceof Refusal r ? r.code() : ((Transition) result).kinds()));
            String where = definition.procedureId() + " " + trace;

            if (result instanceof Refusal refusal) {
                refusals.add(refusal.code());
                assertThat(refusable).as("refused (%s) although no rule refuses it: %s", refusal.reason(), where)
                        .isNotEmpty();
                assertThat(refusable).as("refusal %s (%s): %s", refusal.code(), refusal.reason(), where)
                        .contains(refusal.code());
                assertThat(refusal.effects()).as(where).isEmpty();
                assertThat(run.steps()).as("a refusal leaves the run unchanged: %s", where).isEqualTo(stored);
            } else {
                Transition transition = (Transition) result;
                assertThat(refusable).as("accepted although it must be refused: %s", where).isEmpty();
                checkTransition(transition, action, at, where);
                applyToTasksAndClock(transition, at, where);
                run = transition.run();
                lastAccepted = at;
            }
            check();
        }

        private String stepOf(Action action) {
            if (action instanceof Complete c) {
                return c.step().resolve(run);
            }
            if (action instanceof Resume r) {
                return r.step().resolve(run);
            }
            return null;
        }

        private TransitionResult call(Action action, String stepId, Instant at) {
            if (action instanceof Start) {
                return run.start(at);
            }
            if (action instanceof Complete c) {
                return run.complete(stepId, outcome(c.outcome(), at), at);
            }
            if (action instanceof Resume) {
                return run.resume(stepId, at);
            }
            if (action instanceof Withdraw) {
                return run.withdraw(at);
            }
            if (action instanceof Stop s) {
                return run.stop(reason(s.reason()), at);
            }
            return run.fastLane(data(definition, ((FastLane) action).data()), at);
        }

        private StepOutcome outcome(Outcome outcome, Instant at) {
            if (outcome instanceof Approve a) {
                return StepOutcome.approve(data(definition, a.data()));
            }
            if (outcome instanceof Reject r) {
                return StepOutcome.reject(reason(r.reason()));
            }
            if (outcome instanceof Supplement s) {
                List<String> items = switch (s.items()) {
                    case LISTED -> List.of("Giấy tờ chứng minh chỗ ở hợp pháp", "Sơ đồ vị trí nhà ở");
                    case NONE -> List.of();
                    case BLANK_ITEM -> Arrays.asList("Sơ đồ vị trí nhà ở", null);
                };
                Instant deadline = switch (s.deadline()) {
                    case AFTER -> at.plus(Duration.ofDays(10));
                    case AT_ONCE -> at;
                    case ABSENT -> null;
                };
                return StepOutcome.requestSupplement(items, deadline);
            }
            return StepOutcome.requestPayment(((Payment) outcome).amountVnd());
        }

        /**
         * The refusal codes the documented rules give for this action on the current run; empty when
         * none applies and the action must be accepted. When several apply, any of them may be given.
         */
        private Set<RefusalCode> refusalsFor(Action action, String stepId, Instant at) {
            if (run.isFinished()) {
                return EnumSet.of(RUN_FINISHED);
            }
            Set<RefusalCode> codes = EnumSet.noneOf(RefusalCode.class);
            if (lastAccepted != null && at.isBefore(lastAccepted)) {
                codes.add(TIME_OUT_OF_ORDER);
            }
            boolean paused = run.status().isPaused();
            if (action instanceof Start) {
                if (!run.openSteps().isEmpty()) {
                    codes.add(ALREADY_STARTED);
                }
            } else if (action instanceof Complete c) {
                Optional<StepState> state = run.step(stepId);
                if (state.isEmpty()) {
                    codes.add(UNKNOWN_STEP);
                    return codes;
                }
                if (paused) {
                    codes.add(DOSSIER_PAUSED);
                }
                switch (state.get().status()) {
                    case PENDING -> codes.add(STEP_NOT_OPEN);
                    case DONE -> codes.add(STEP_ALREADY_DONE);
                    case CANCELLED -> codes.add(STEP_CANCELLED);
                    default -> {
                    }
                }
                WorkflowStep step = definition.step(stepId).orElseThrow();
                if (c.outcome() instanceof Approve a && !acceptable(a.data(), step.deciding())) {
                    codes.add(INVALID_RESULT_DATA);
                } else if (c.outcome() instanceof Reject r && r.reason() != Reason.WRITTEN) {
                    codes.add(INVALID_REQUEST);
                } else if (c.outcome() instanceof Supplement s) {
                    if (s.items() != Items.LISTED || s.deadline() != ApplicantDeadline.AFTER) {
                        codes.add(INVALID_REQUEST);
                    } else if (!step.allowsSupplementRequest(state.get().supplementRequests())) {
                        codes.add(SUPPLEMENT_LIMIT_REACHED);
                    }
                } else if (c.outcome() instanceof Payment p && p.amountVnd() <= 0) {
                    codes.add(INVALID_REQUEST);
                }
            } else if (action instanceof Resume) {
                if (run.step(stepId).isEmpty()) {
                    codes.add(UNKNOWN_STEP);
                } else if (run.pausedStep().filter(p -> p.stepId().equals(stepId)).isEmpty()) {
                    codes.add(NOT_PAUSED);
                }
            } else if (action instanceof Stop s) {
                if (s.reason() != Reason.WRITTEN) {
                    codes.add(INVALID_REQUEST);
                }
            } else if (action instanceof FastLane f) {
                if (!definition.instant()) {
                    codes.add(NOT_INSTANT);
                }
                if (paused) {
                    codes.add(DOSSIER_PAUSED);
                }
                if (!acceptable(f.data(), true)) {
                    codes.add(INVALID_RESULT_DATA);
                }
            }
            return codes;
        }

        private void checkTransition(Transition transition, Action action, Instant at, String where) {
            WorkflowRun before = run;
            WorkflowRun after = transition.run();
            List<Effect.StepDone> done = new ArrayList<>();
            List<String> opened = new ArrayList<>();
            List<String> cancelledOpen = new ArrayList<>();
            List<Effect> pauses = new ArrayList<>();
            List<Effect> resumes = new ArrayList<>();
            for (int i = 0; i < before.steps().size(); i++) {
                StepState b = before.steps().get(i);
                StepState a = after.steps().get(i);
                String step = where + " step " + b.stepId();
                switch (b.status()) {
                    case DONE, CANCELLED ->
                            assertThat(a).as("a finished step never changes again: %s", step).isEqualTo(b);
                    case PENDING -> {
                        if (a.status() == StepStatus.OPEN) {
                            opened.add(a.stepId());
                            assertThat(a.openedAt()).as(step).isEqualTo(at);
                        } else if (a.status() == StepStatus.CANCELLED) {
                            assertThat(a.openedAt()).as("cancelled before it opened: %s", step).isNull();
                            assertThat(a.finishedAt()).as(step).isEqualTo(at);
                        } else if (a.status() == StepStatus.DONE) {
                            assertThat(action).as("only the fast lane completes a step that never opened: %s", step)
                                    .isInstanceOf(FastLane.class);
                            assertThat(a.openedAt()).as(step).isEqualTo(at);
                            assertThat(a.finishedAt()).as(step).isEqualTo(at);
                        }
                    }
                    case OPEN -> {
                        assertThat(a.status()).as("an open step never goes back to pending: %s", step)
                                .isNotEqualTo(StepStatus.PENDING);
                        assertThat(a.openedAt()).as("an open step keeps when it opened: %s", step).isEqualTo(b.openedAt());
                        if (a.status() == StepStatus.CANCELLED) {
                            cancelledOpen.add(a.stepId());
                        }
                        if (a.status() != StepStatus.OPEN) {
                            assertThat(a.finishedAt()).as(step).isEqualTo(at);
                        }
                    }
                }
                if (b.status() != StepStatus.DONE && a.status() == StepStatus.DONE) {
                    done.add(new Effect.StepDone(a.stepId(), a.outcome()));
                }
                if (a.hasPause() && !b.hasPause()) {
                    assertThat(a.pause().since()).as(step).isEqualTo(at);
                    pauses.add(new Effect.Pause(a.stepId(), a.pause()));
                    assertThat(a.supplementRequests()).as("supplement requests counted: %s", step)
                            .isEqualTo(b.supplementRequests() + (a.pause().reason() == PauseReason.SUPPLEMENT ? 1 : 0));
                } else {
                    assertThat(a.supplementRequests()).as(step).isEqualTo(b.supplementRequests());
                }
                if (b.hasPause() && !a.hasPause()) {
                    if (a.status() == StepStatus.OPEN) {
                        resumes.add(new Effect.Resume(a.stepId(), b.pause().reason(), b.pause().since(), at));
                    } else {
                        assertThat(after.status()).as("a pause ends by a resume, or with the dossier: %s", step)
                                .isIn(RunStatus.WITHDRAWN, RunStatus.STOPPED);
                    }
                }
                if (b.hasPause() && a.hasPause()) {
                    assertThat(a.pause()).as(step).isEqualTo(b.pause());
                }
            }

            List<Effect> expected = new ArrayList<>(done);
            if (!opened.isEmpty()) {
                expected.add(new Effect.OpenSteps(opened));
            }
            if (!cancelledOpen.isEmpty()) {
                CancelCause cause = after.step(cancelledOpen.get(0)).orElseThrow().cancelCause();
                expected.add(new Effect.CancelSteps(cancelledOpen, cause));
            }
            expected.addAll(pauses);
            expected.addAll(resumes);
            if (!before.status().isFinished() && after.status().isFinished()) {
                expected.add(ending(after, action));
            }
            assertThat(transition.effects()).as("the effects are what changed: %s", where)
                    .containsExactlyElementsOf(expected);
            assertThat(transition.effects()).as("an accepted transition does something: %s", where).isNotEmpty();

            if (before.status().isPaused() && !after.isFinished()) {
                assertThat(action).as("only a resume ends a pause: %s", where).isInstanceOf(Resume.class);
                assertThat(after.status()).as(where).isEqualTo(RunStatus.IN_PROCESS);
            }
            if (transition.effect(Effect.Decided.class).isPresent()) {
                decisions++;
                assertThat(decisions).as("decided at most once: %s", where).isEqualTo(1);
            }
        }

        /** The last effect of a transition that ends the dossier. */
        private Effect ending(WorkflowRun after, Action action) {
            switch (after.status()) {
                case APPROVED: {
                    Effect.Decided decided = new Effect.Decided(Decision.APPROVED, definition.decidingStep().id(),
                            merged(after), null);
                    assertThat(decided.resultData().keySet()).as("approved with every required result field")
                            .containsAll(definition.requiredResultFields());
                    return decided;
                }
                case REJECTED: {
                    StepState rejecting = after.steps().stream().filter(s -> s.outcome() == OutcomeKind.REJECT)
                            .findFirst().orElseThrow();
                    return new Effect.Decided(Decision.REJECTED, rejecting.stepId(), Map.of(),
                            reason(Reason.WRITTEN).strip());
                }
                case STOPPED:
                    assertThat(action).isInstanceOf(Stop.class);
                    return new Effect.Stopped(reason(Reason.WRITTEN).strip());
                case WITHDRAWN:
                    assertThat(action).isInstanceOf(Withdraw.class);
                    return new Effect.Withdrawn();
                default:
                    throw new AssertionError("not a final status: " + after.status());
            }
        }

        /** The approvals' data merged in step order, the deciding step's values last (they win). */
        private Map<String, Object> merged(WorkflowRun after) {
            Map<String, Object> data = new LinkedHashMap<>();
            for (StepState s : after.steps()) {
                if (!definition.step(s.stepId()).orElseThrow().deciding()) {
                    data.putAll(s.resultData());
                }
            }
            data.putAll(after.step(definition.decidingStep().id()).orElseThrow().resultData());
            return data;
        }

        /** The effects applied as the service applies them: tasks with due dates, the dossier's clock. */
        private void applyToTasksAndClock(Transition transition, Instant at, String where) {
            OffsetDateTime dossierDueBefore = dossier.due();
            Map<String, OffsetDateTime> taskDueBefore = new LinkedHashMap<>();
            tasks.forEach((step, due) -> taskDueBefore.put(step, due.due()));
            for (Effect effect : transition.effects()) {
                if (effect instanceof Effect.OpenSteps open) {
                    for (String step : open.stepIds()) {
                        assertThat(tasks).as("a task is created once: %s", where).doesNotContainKey(step);
                        tasks.put(step, StepDue.compute(VN, definition.step(step).orElseThrow(), at, dossier.due()));
                    }
                } else if (effect instanceof Effect.StepDone stepDone) {
                    // a step done in the fast lane without having opened had no task
                    tasks.remove(stepDone.stepId());
                } else if (effect instanceof Effect.CancelSteps cancel) {
                    for (String step : cancel.stepIds()) {
                        assertThat(tasks.remove(step)).as("a cancelled step had a task: %s", where).isNotNull();
                    }
                } else if (effect instanceof Effect.Pause p) {
                    assertThat(pause).as("one pause at a time: %s", where).isNull();
                    pause = p;
                } else if (effect instanceof Effect.Resume r) {
                    assertThat(pause).as("a resume ends a pause: %s", where).isNotNull();
                    assertThat(r.stepId()).as(where).isEqualTo(pause.stepId());
                    assertThat(r.reason()).as(where).isEqualTo(pause.reason());
                    assertThat(r.pausedFrom()).as("the resume gives the pause's own start: %s", where)
                            .isEqualTo(pause.pause().since());
                    assertThat(r.resumedAt()).as(where).isAfterOrEqualTo(r.pausedFrom());
                    try {
                        dossier = dossier.pause(VN, r.reason(), r.pausedFrom(), r.resumedAt());
                        tasks.replaceAll((step, due) -> due.pause(VN, r.reason(), r.pausedFrom(), r.resumedAt(),
                                dossier.due()));
                    } catch (IllegalArgumentException e) {
                        throw new AssertionError("the run accepted a resume that the dossier's clock cannot record ("
                                + e.getMessage() + "): " + where, e);
                    }
                    pause = null;
                } else if (effect instanceof Effect.Withdrawn || effect instanceof Effect.Stopped) {
                    pause = null;
                }
            }
            WorkflowRun after = transition.run();
            assertThat(dossier.due()).as("the dossier's due date never comes earlier: %s", where)
                    .isAfterOrEqualTo(dossierDueBefore);
            assertThat(tasks.keySet()).as("a task for every open step, and only for them: %s", where)
                    .containsExactlyInAnyOrderElementsOf(after.openSteps());
            tasks.forEach((step, due) -> {
                if (taskDueBefore.containsKey(step)) {
                    assertThat(due.due()).as("a step's due date never comes earlier: %s %s", step, where)
                            .isAfterOrEqualTo(taskDueBefore.get(step));
                }
                assertThat(due.due()).as("a step is never due after the dossier: %s %s", step, where)
                        .isBeforeOrEqualTo(dossier.due());
            });
            assertThat(pause == null).as("the clock is paused exactly while the run is: %s", where)
                    .isEqualTo(!after.status().isPaused());
        }

        /** What must hold of the run at any time, checked from its step states. */
        void check() {
            String where = definition.procedureId() + " " + trace;
            reached.add(run.status());

            List<StepState> reversed = new ArrayList<>(run.steps());
            Collections.reverse(reversed);
            WorkflowRun restored = WorkflowRun.restore(definition, reversed);
            assertThat(restored).as("rebuilt from its stored step states, in any order: %s", where).isEqualTo(run);
            assertThat(restored.status()).as(where).isEqualTo(run.status());
            assertThat(restored.stepsToOpen()).as(where).isEqualTo(run.stepsToOpen());

            List<StepState> steps = run.steps();
            long open = count(steps, s -> s.status() == StepStatus.OPEN);
            long unfinished = count(steps, s -> s.status() == StepStatus.OPEN || s.status() == StepStatus.PENDING);
            long paused = count(steps, StepState::hasPause);
            long rejections = count(steps, s -> s.outcome() == OutcomeKind.REJECT);
            long cancelled = count(steps, s -> s.status() == StepStatus.CANCELLED);
            switch (run.status()) {
                case NOT_STARTED -> {
                    assertThat(steps).as(where).allMatch(s -> s.status() == StepStatus.PENDING);
                    assertThat(run.stepsToOpen()).as(where).containsExactlyElementsOf(
                            definition.stepsInGroup(1).stream().map(WorkflowStep::id).toList());
                }
                case IN_PROCESS -> {
                    assertThat(open).as("a running dossier has an open step: %s", where).isPositive();
                    assertThat(paused + rejections + cancelled).as(where).isZero();
                }
                case SUPPLEMENT_REQUESTED, AWAITING_PAYMENT -> {
                    assertThat(paused).as("paused on exactly one step: %s", where).isEqualTo(1);
                    StepState on = run.pausedStep().orElseThrow();
                    assertThat(on.status()).as(where).isEqualTo(StepStatus.OPEN);
                    assertThat(on.pause().reason()).as(where).isEqualTo(run.status() == RunStatus.SUPPLEMENT_REQUESTED
                            ? PauseReason.SUPPLEMENT : PauseReason.PAYMENT);
                    assertThat(rejections + cancelled).as(where).isZero();
                }
                case APPROVED -> assertThat(steps).as(where).allMatch(StepState::doneWithApproval);
                case REJECTED -> {
                    assertThat(rejections).as("rejected once: %s", where).isEqualTo(1);
                    assertThat(steps).as(where).allMatch(s -> s.doneWithApproval() || s.outcome() == OutcomeKind.REJECT
                            || s.cancelCause() == CancelCause.REJECTED);
                }
                case WITHDRAWN, STOPPED -> {
                    CancelCause cause = run.status() == RunStatus.WITHDRAWN ? CancelCause.WITHDRAWN : CancelCause.STOPPED;
                    assertThat(cancelled).as(where).isPositive();
                    assertThat(rejections).as(where).isZero();
                    assertThat(steps).as(where).allMatch(s -> s.doneWithApproval() || s.cancelCause() == cause);
                }
            }
            if (run.isFinished()) {
                assertThat(unfinished).as("nothing pending or open once finished: %s", where).isZero();
                assertThat(paused).as(where).isZero();
            }
            if (open > 0) {
                assertThat(run.status()).as("an open step belongs to a running dossier: %s", where)
                        .isIn(RunStatus.IN_PROCESS, RunStatus.SUPPLEMENT_REQUESTED, RunStatus.AWAITING_PAYMENT);
            }
            for (int i = 0; i < steps.size(); i++) {
                StepState s = steps.get(i);
                WorkflowStep step = definition.steps().get(i);
                if (s.status() == StepStatus.OPEN || s.status() == StepStatus.DONE) {
                    for (int j = 0; j < steps.size(); j++) {
                        if (definition.steps().get(j).parallelGroup() < step.parallelGroup()) {
                            assertThat(steps.get(j).doneWithApproval())
                                    .as("%s is %s only after the earlier groups are approved: %s", s.stepId(),
                                            s.status(), where)
                                    .isTrue();
                        }
                    }
                }
                assertThat(step.allowsSupplementRequest(s.supplementRequests() - 1))
                        .as("%s stays within its supplement requests: %s", s.stepId(), where).isTrue();
                for (Instant t : Arrays.asList(s.openedAt(), s.finishedAt(), s.hasPause() ? s.pause().since() : null,
                        s.resumedAt())) {
                    if (t != null) {
                        assertThat(lastAccepted).as(where).isNotNull();
                        assertThat(t).as("%s records nothing after the last accepted change: %s", s.stepId(), where)
                                .isBeforeOrEqualTo(lastAccepted);
                    }
                }
                if (s.hasPause()) {
                    assertThat(s.pause().since()).as(where).isAfterOrEqualTo(s.openedAt());
                }
            }
            if (!run.isFinished()) {
                assertThat(run.withdraw(lastAccepted == null ? clock : lastAccepted).isRefused())
                        .as("an unfinished dossier can always be withdrawn: %s", where).isFalse();
            }
        }

        private static long count(List<StepState> steps, Predicate<StepState> which) {
            return steps.stream().filter(which).count();
        }
    }

    // ---- values ----

    private static String reason(Reason reason) {
        return switch (reason) {
            case WRITTEN -> "  Hồ sơ không đủ điều kiện theo quy định  ";
            case BLANK -> "   ";
            case ABSENT -> null;
        };
    }

    /** Whether approving with this data is accepted: by the deciding step (or the fast lane) or another. */
    private static boolean acceptable(Data data, boolean deciding) {
        return data == Data.VALID || !deciding && data != Data.MALFORMED;
    }

    static Map<String, Object> data(WorkflowDefinition definition, Data kind) {
        Map<String, Object> valid = new LinkedHashMap<>();
        definition.resultFields().forEach(f -> valid.put(f.name(), validValue(f)));
        switch (kind) {
            case VALID:
                return valid;
            case NONE:
                return Map.of();
            case NOTE_ONLY:
                return Map.of("ghiChuNoiBo", "Đã đối chiếu bản chính");
            case MISSING_REQUIRED:
                valid.remove(definition.requiredResultFields().get(0));
                return valid;
            case MALFORMED:
                ResultFieldRule first = definition.resultFields().get(0);
                valid.put(first.name(), malformedValue(first));
                return valid;
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /** A value of the field's type that stands on any decision day (dates far from it on the right side). */
    private static Object validValue(ResultFieldRule field) {
        return switch (field.type()) {
            case TEXT -> "KQ-2026/" + field.name();
            case DATE -> switch (field.bound()) {
                case NOT_AFTER_DECISION -> "2000-01-01";
                case NOT_BEFORE_DECISION -> "2099-12-31";
                case NONE -> "2026-01-01";
            };
            case PERSONAL_ID -> "079088001235";
            case TAX_CODE -> "0312345678";
            case AMOUNT_VND -> 12_500_000;
            case COUNT -> 2;
            case BOOLEAN -> true;
        };
    }

    private static Object malformedValue(ResultFieldRule field) {
        return switch (field.type()) {
            case TEXT -> 42;
            case DATE -> "09/03/2026";
            case PERSONAL_ID -> "999088001235";
            case TAX_CODE -> "03123";
            case AMOUNT_VND -> -1;
            case COUNT -> 0;
            case BOOLEAN -> "có";
        };
    }

}
