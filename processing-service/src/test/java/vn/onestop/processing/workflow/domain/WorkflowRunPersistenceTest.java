package vn.onestop.processing.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onestop.processing.workflow.domain.Fixtures.at;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs rebuilt from stored step states, final states that accept nothing, and stored data that no
 * sequence of transitions produces.
 */
class WorkflowRunPersistenceTest {

    private static final WorkflowDefinition PAR = Fixtures.parallelMiddle();
    private static final WorkflowDefinition P13 = WorkflowCatalog.bundled().get("P13");
    private static final Instant T0 = at("2026-03-09T08:00");
    private static final Map<String, Object> RESULT = Map.of("certificateNumber", "GP-01", "issuedOn", "2026-03-10");

    private static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static WorkflowRun afterReceive() {
        return WorkflowRun.notStarted(PAR).start(T0).applied().run()
                .complete("RECEIVE", StepOutcome.approve(), t(10)).applied().run();
    }

    /** One run in each status, as reached by transitions. */
    static Stream<Arguments> runs() {
        WorkflowRun notStarted = WorkflowRun.notStarted(PAR);
        WorkflowRun inProcess = afterReceive();
        WorkflowRun supplement = inProcess.complete("POLICE_CHECK",
                StepOutcome.requestSupplement(List.of("Sơ đồ"), at("2026-03-20T17:00")), t(20)).applied().run();
        WorkflowRun payment = inProcess.complete("TAX_CHECK", StepOutcome.requestPayment(120_000), t(20)).applied().run();
        WorkflowRun decideOpen = inProcess.complete("POLICE_CHECK", StepOutcome.approve(), t(20)).applied().run()
                .complete("TAX_CHECK", StepOutcome.approve(), t(30)).applied().run();
        WorkflowRun approved = decideOpen.complete("DECIDE", StepOutcome.approve(RESULT), t(40)).applied().run();
        WorkflowRun rejected = inProcess.complete("TAX_CHECK", StepOutcome.reject("Nợ thuế"), t(20)).applied().run();
        WorkflowRun withdrawn = supplement.withdraw(t(30)).applied().run();
        WorkflowRun stopped = inProcess.stop("Tạm dừng theo quyết định", t(20)).applied().run();
        return Stream.of(
                Arguments.of(RunStatus.NOT_STARTED, notStarted),
                Arguments.of(RunStatus.IN_PROCESS, inProcess),
                Arguments.of(RunStatus.SUPPLEMENT_REQUESTED, supplement),
                Arguments.of(RunStatus.AWAITING_PAYMENT, payment),
                Arguments.of(RunStatus.IN_PROCESS, decideOpen),
                Arguments.of(RunStatus.IN_PROCESS, betweenGroups()),
                Arguments.of(RunStatus.APPROVED, approved),
                Arguments.of(RunStatus.REJECTED, rejected),
                Arguments.of(RunStatus.WITHDRAWN, withdrawn),
                Arguments.of(RunStatus.STOPPED, stopped));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("runs")
    void aRunRebuiltFromItsStepStatesIsTheSameRun(RunStatus status, WorkflowRun run) {
        List<StepState> stored = new ArrayList<>(run.steps());
        Collections.reverse(stored);

        WorkflowRun restored = WorkflowRun.restore(PAR, stored);

        assertThat(restored).isEqualTo(run);
        assertThat(restored.status()).isEqualTo(status);
        assertThat(restored.stepsToOpen()).isEqualTo(run.stepsToOpen());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("runs")
    void stepStatesSurviveAJsonRoundTrip(RunStatus status, WorkflowRun run) throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        String json = mapper.writeValueAsString(run.steps());

        List<StepState> read = mapper.readValue(json, new TypeReference<List<StepState>>() { });

        assertThat(WorkflowRun.restore(PAR, read).status()).isEqualTo(status);
    }

    /** Group 2 approved but group 3 not opened: stored by a service that crashed between the two writes. */
    private static WorkflowRun betweenGroups() {
        return WorkflowRun.restore(PAR, List.of(
                new StepState("RECEIVE", StepStatus.DONE, T0, t(10), OutcomeKind.APPROVE, null, null, null, null, 0),
                new StepState("POLICE_CHECK", StepStatus.DONE, t(10), t(20), OutcomeKind.APPROVE, null, null, null, null, 0),
                new StepState("TAX_CHECK", StepStatus.DONE, t(10), t(30), OutcomeKind.APPROVE, null, null, null, null, 0),
                StepState.pending("DECIDE")));
    }

    @Test
    void aRunRestoredBetweenGroupsOpensTheNextGroupOnStart() {
        WorkflowRun run = betweenGroups();
        assertThat(run.status()).isEqualTo(RunStatus.IN_PROCESS);
        assertThat(run.stepsToOpen()).containsExactly("DECIDE");

        Transition t = run.start(t(50)).applied();

        assertThat(t.effects()).containsExactly(new Effect.OpenSteps(List.of("DECIDE")));
        assertThat(t.run().openSteps()).containsExactly("DECIDE");
    }

    static Stream<Arguments> finalRuns() {
        return runs().filter(a -> ((RunStatus) a.get()[0]).isFinished());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("finalRuns")
    void nothingIsAcceptedAfterAFinalState(RunStatus status, WorkflowRun run) {
        List<Function<WorkflowRun, TransitionResult>> calls = List.of(
                r -> r.start(t(100)),
                r -> r.complete("DECIDE", StepOutcome.approve(RESULT), t(100)),
                r -> r.complete("POLICE_CHECK", StepOutcome.reject("x"), t(100)),
                r -> r.complete("TAX_CHECK", StepOutcome.requestPayment(1), t(100)),
                r -> r.resume("POLICE_CHECK", t(100)),
                r -> r.withdraw(t(100)),
                r -> r.stop("x", t(100)),
                r -> r.fastLane(RESULT, t(100)));

        for (Function<WorkflowRun, TransitionResult> call : calls) {
            Refusal r = call.apply(run).refusal();
            assertThat(r.code()).isEqualTo(RefusalCode.RUN_FINISHED);
            assertThat(r.reason()).contains("already " + status);
        }
        assertThat(run.stepsToOpen()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @EnumSource(RunStatus.class)
    void finalStatesAreTheOnesThatDecideOrEndTheDossier(RunStatus status) {
        boolean expectedFinal = switch (status) {
            case APPROVED, REJECTED, WITHDRAWN, STOPPED -> true;
            default -> false;
        };
        assertThat(status.isFinished()).isEqualTo(expectedFinal);
        assertThat(status.isPaused()).isEqualTo(status == RunStatus.SUPPLEMENT_REQUESTED || status == RunStatus.AWAITING_PAYMENT);
    }

    static Stream<Arguments> inconsistent() {
        StepState receiveDone = new StepState("RECEIVE", StepStatus.DONE, T0, t(10), OutcomeKind.APPROVE, null, null, null, null, 0);
        StepState receiveOpen = new StepState("RECEIVE", StepStatus.OPEN, T0, null, null, null, null, null, null, 0);
        StepState policeOpen = new StepState("POLICE_CHECK", StepStatus.OPEN, t(10), null, null, null, null, null, null, 0);
        StepState taxOpen = new StepState("TAX_CHECK", StepStatus.OPEN, t(10), null, null, null, null, null, null, 0);
        StepState pending = StepState.pending("DECIDE");
        return Stream.of(
                Arguments.of("unknown step", List.of(receiveDone, policeOpen, taxOpen, pending, StepState.pending("SIGN")),
                        "unknown step SIGN"),
                Arguments.of("missing step", List.of(receiveDone, policeOpen, pending), "step TAX_CHECK is missing"),
                Arguments.of("step twice", List.of(receiveDone, policeOpen, taxOpen, pending, StepState.pending("DECIDE")),
                        "step DECIDE appears twice"),
                Arguments.of("open before the earlier group is done", List.of(receiveOpen, policeOpen,
                        StepState.pending("TAX_CHECK"), pending),
                        "step POLICE_CHECK is OPEN but step RECEIVE of the earlier group 1 is OPEN"),
                Arguments.of("two paused steps", List.of(receiveDone,
                        new StepState("POLICE_CHECK", StepStatus.OPEN, t(10), null, null, null, null, null, StepPause.payment(t(20), 5), 0),
                        new StepState("TAX_CHECK", StepStatus.OPEN, t(10), null, null, null, null, null, StepPause.payment(t(21), 5), 0),
                        pending),
                        "2 steps are paused"),
                Arguments.of("cancelled next to an open step", List.of(receiveDone, policeOpen,
                        new StepState("TAX_CHECK", StepStatus.CANCELLED, t(10), t(20), null, null, null, CancelCause.STOPPED, null, 0),
                        pending),
                        "step POLICE_CHECK is OPEN although the dossier has ended"),
                Arguments.of("cancelled as rejected without a rejection", List.of(receiveDone,
                        new StepState("POLICE_CHECK", StepStatus.CANCELLED, t(10), t(20), null, null, null, CancelCause.REJECTED, null, 0),
                        new StepState("TAX_CHECK", StepStatus.CANCELLED, t(10), t(20), null, null, null, CancelCause.REJECTED, null, 0),
                        new StepState("DECIDE", StepStatus.CANCELLED, null, t(20), null, null, null, CancelCause.REJECTED, null, 0)),
                        "no step rejected the dossier"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("inconsistent")
    void storedStatesThatNoTransitionProducesAreRejected(String why, List<StepState> states, String message) {
        assertThatThrownBy(() -> WorkflowRun.restore(PAR, states))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("workflow PAR: step states: ")
                .hasMessageContaining(message);
    }

    @Test
    void aStepStateChecksItsOwnFields() {
        assertThatThrownBy(() -> new StepState("DECIDE", StepStatus.DONE, T0, t(1), OutcomeKind.REJECT, null, " ", null, null, 0))
                .hasMessageContaining("a rejection has a written reason");
        assertThatThrownBy(() -> new StepState("DECIDE", StepStatus.PENDING, T0, null, null, null, null, null, null, 0))
                .hasMessageContaining("a pending step has not opened");
        assertThatThrownBy(() -> new StepState("DECIDE", StepStatus.DONE, T0, t(1), OutcomeKind.REQUEST_PAYMENT, null, null, null, null, 0))
                .hasMessageContaining("APPROVE or REJECT");
        assertThatThrownBy(() -> new StepState("DECIDE", StepStatus.OPEN, t(5), t(1), null, null, null, null, null, 0))
                .hasMessageContaining("an open step has openedAt and no finishedAt");
    }

    @Test
    void theFastLaneRunOfAnInstantProcedureRestoresAsApproved() {
        WorkflowRun run = WorkflowRun.notStarted(P13).fastLane(Map.of("certificationNumber", "CT-1",
                "originalDocumentType", "Giấy khai sinh", "pageCount", 1), T0).applied().run();

        assertThat(WorkflowRun.restore(P13, run.steps()).status()).isEqualTo(RunStatus.APPROVED);
    }
}
