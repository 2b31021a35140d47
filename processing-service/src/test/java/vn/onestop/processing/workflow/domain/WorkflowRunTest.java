package vn.onestop.processing.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.processing.workflow.domain.Fixtures.at;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.resultdata.ResultDataRules;
import vn.onestop.workingtime.PauseReason;

/** The per-dossier state machine: transitions, effects and refusals. */
class WorkflowRunTest {

    private static final WorkflowCatalog CATALOG = WorkflowCatalog.bundled();
    private static final WorkflowDefinition P2 = CATALOG.get("P2");
    private static final Map<String, Object> P2_RESULT = Map.of(
            "personalId", "079088001235", "permanentAddress", "12 Lý Thường Kiệt, phường An Xuyên", "registeredOn", "2026-03-09");
    private static final Instant T0 = at("2026-03-09T08:00");

    private static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static WorkflowRun started(WorkflowDefinition d) {
        return WorkflowRun.notStarted(d).start(T0).applied().run();
    }

    private static WorkflowRun approve(WorkflowRun run, String stepId, int minute) {
        return run.complete(stepId, StepOutcome.approve(), t(minute)).applied().run();
    }

    // ---- starting ----

    @Test
    void aNewRunHasNotStartedAndKnowsItsFirstGroup() {
        WorkflowRun run = WorkflowRun.notStarted(Fixtures.parallelMiddle());

        assertThat(run.status()).isEqualTo(RunStatus.NOT_STARTED);
        assertThat(run.stepsToOpen()).containsExactly("RECEIVE");
        assertThat(run.openSteps()).isEmpty();
        assertThat(run.steps()).allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.PENDING));
    }

    @Test
    void startOpensTheFirstGroup() {
        Transition t = WorkflowRun.notStarted(P2).start(T0).applied();

        assertThat(t.effects()).containsExactly(new Effect.OpenSteps(List.of("RECEIVE_CHECK")));
        assertThat(t.run().status()).isEqualTo(RunStatus.IN_PROCESS);
        assertThat(t.run().step("RECEIVE_CHECK").orElseThrow().openedAt()).isEqualTo(T0);
        assertThat(t.run().stepsToOpen()).isEmpty();
    }

    @Test
    void startingTwiceIsRefused() {
        Refusal r = started(P2).start(t(1)).refusal();

        assertThat(r.code()).isEqualTo(RefusalCode.ALREADY_STARTED);
        assertThat(r.reason()).contains("RECEIVE_CHECK");
    }

    // ---- sequential groups ----

    @Test
    void approvingAStepOpensTheNextGroup() {
        Transition t = started(P2).complete("RECEIVE_CHECK", StepOutcome.approve(), t(30)).applied();

        assertThat(t.effects()).containsExactly(
                new Effect.StepDone("RECEIVE_CHECK", OutcomeKind.APPROVE),
                new Effect.OpenSteps(List.of("APPRAISE")));
        assertThat(t.run().openSteps()).containsExactly("APPRAISE");
        assertThat(t.run().step("APPRAISE").orElseThrow().openedAt()).isEqualTo(t(30));
        assertThat(t.run().step("RECEIVE_CHECK").orElseThrow().finishedAt()).isEqualTo(t(30));
    }

    @Test
    void approvingTheDecidingStepWithItsResultFieldsDecidesApproved() {
        WorkflowRun run = approve(approve(started(P2), "RECEIVE_CHECK", 10), "APPRAISE", 20);

        Transition t = run.complete("APPROVE_UPDATE", StepOutcome.approve(P2_RESULT), t(30)).applied();

        assertThat(t.kinds()).containsExactly(EffectKind.STEP_DONE, EffectKind.DECIDED);
        Effect.Decided decided = t.effect(Effect.Decided.class).orElseThrow();
        assertThat(decided.decision()).isEqualTo(Decision.APPROVED);
        assertThat(decided.stepId()).isEqualTo("APPROVE_UPDATE");
        assertThat(decided.resultData()).isEqualTo(P2_RESULT);
        assertThat(decided.reason()).isNull();
        assertThat(t.run().status()).isEqualTo(RunStatus.APPROVED);
        assertThat(t.run().isFinished()).isTrue();
    }

    @Test
    void approvingTheDecidingStepWithoutRequiredResultFieldsIsRefusedNamingThem() {
        WorkflowRun run = approve(approve(started(P2), "RECEIVE_CHECK", 10), "APPRAISE", 20);

        Refusal r = run.complete("APPROVE_UPDATE", StepOutcome.approve(Map.of("personalId", "079088001235",
                "registeredOn", "  ")), t(30)).refusal();

        assertThat(r.code()).isEqualTo(RefusalCode.INVALID_RESULT_DATA);
        assertThat(r.resultDataViolations()).extracting(ResultDataRules.Violation::field)
                .containsExactly("permanentAddress", "registeredOn");
        assertThat(r.reason()).contains("APPROVE_UPDATE", "permanentAddress is required", "registeredOn is required");
    }

    @Test
    void anApprovalWhoseResultDataCannotBeIssuedIsRefusedNamingEveryFieldAndChangesNothing() {
        WorkflowDefinition p12 = CATALOG.get("P12");
        WorkflowRun run = approve(approve(started(p12), "RECEIVE_CHECK", 10), "APPRAISE_SITE", 20);
        // T0 is Monday 9 March 2026 in the province: the decision day
        Map<String, Object> data = Map.of("permitNumber", "12/GPXD", "ownerPersonalId", "0792260008",
                "validUntil", "2026-03-08");

        Refusal r = run.complete("APPROVE_SIGN", StepOutcome.approve(data), t(30)).refusal();

        assertThat(r.code()).isEqualTo(RefusalCode.INVALID_RESULT_DATA);
        assertThat(r.resultDataViolations()).extracting(ResultDataRules.Violation::field)
                .containsExactly("ownerPersonalId", "validUntil");
        assertThat(r.reason()).contains("APPROVE_SIGN", "2026-03-09", "2026-03-08");
        assertThat(run.openSteps()).containsExactly("APPROVE_SIGN");

        Transition t = run.complete("APPROVE_SIGN", StepOutcome.approve(Map.of("permitNumber", "12/GPXD",
                "ownerPersonalId", "079226000888", "validUntil", "2026-03-09")), t(30)).applied();
        assertThat(t.kinds()).containsExactly(EffectKind.STEP_DONE, EffectKind.DECIDED);
    }

    @Test
    void aStepThatDoesNotDecideMayAddNotesButNotMisformatADeclaredField() {
        WorkflowRun run = started(P2);

        assertThat(run.complete("RECEIVE_CHECK", StepOutcome.approve(Map.of("registeredOn", "12/03/2026")), t(1))
                .refusal().resultDataViolations()).extracting(ResultDataRules.Violation::field).containsExactly("registeredOn");
        assertThat(run.complete("RECEIVE_CHECK", StepOutcome.approve(Map.of("checkedBy", "ca-phuong")), t(1))
                .applied().run().step("RECEIVE_CHECK").orElseThrow().doneWithApproval()).isTrue();
    }

    @Test
    void optionalResultFieldsMayBeLeftOut() {
        WorkflowDefinition d = Fixtures.parallelLast();
        WorkflowRun run = approve(started(d), "RECEIVE", 10);

        Transition t = run.complete("DECIDE", StepOutcome.approve(Map.of("certificateNumber", "GP-01", "issuedOn", "2026-03-10")),
                t(20)).applied();

        assertThat(t.kinds()).containsExactly(EffectKind.STEP_DONE);
        assertThat(t.run().step("DECIDE").orElseThrow().resultData()).doesNotContainKey("remark");
    }

    @Test
    void nonDecidingStepsMayApproveWithoutData() {
        Transition t = started(P2).complete("RECEIVE_CHECK", StepOutcome.approve(), t(1)).applied();

        assertThat(t.run().step("RECEIVE_CHECK").orElseThrow().doneWithApproval()).isTrue();
    }

    // ---- parallel groups ----

    @Test
    void aParallelGroupOpensTogetherAndTheNextWaitsForAllOfIt() {
        WorkflowRun run = started(Fixtures.parallelMiddle());

        Transition first = run.complete("RECEIVE", StepOutcome.approve(), t(10)).applied();
        assertThat(first.effect(Effect.OpenSteps.class).orElseThrow().stepIds()).containsExactly("POLICE_CHECK", "TAX_CHECK");

        Transition second = first.run().complete("TAX_CHECK", StepOutcome.approve(), t(20)).applied();
        assertThat(second.effects()).containsExactly(new Effect.StepDone("TAX_CHECK", OutcomeKind.APPROVE));
        assertThat(second.run().openSteps()).containsExactly("POLICE_CHECK");

        Transition third = second.run().complete("POLICE_CHECK", StepOutcome.approve(), t(30)).applied();
        assertThat(third.effects()).containsExactly(
                new Effect.StepDone("POLICE_CHECK", OutcomeKind.APPROVE),
                new Effect.OpenSteps(List.of("DECIDE")));
    }

    @Test
    void withParallelStepsInTheLastGroupTheDossierIsDecidedWhenTheLastOfThemIsDone() {
        WorkflowRun run = approve(started(Fixtures.parallelLast()), "RECEIVE", 10);
        run = run.complete("DECIDE", StepOutcome.approve(Map.of("certificateNumber", "GP-01", "issuedOn", "2026-03-10")),
                t(20)).applied().run();
        assertThat(run.status()).isEqualTo(RunStatus.IN_PROCESS);

        Transition t = run.complete("ARCHIVE", StepOutcome.approve(Map.of("archiveBox", "B-7")), t(30)).applied();

        Effect.Decided decided = t.effect(Effect.Decided.class).orElseThrow();
        assertThat(decided.stepId()).isEqualTo("DECIDE");
        assertThat(decided.resultData()).containsEntry("certificateNumber", "GP-01").containsEntry("archiveBox", "B-7");
    }

    @Test
    void theDecidingStepsValuesWinWhenApprovalsShareAField() {
        WorkflowRun run = approve(started(Fixtures.parallelLast()), "RECEIVE", 10);
        run = run.complete("ARCHIVE", StepOutcome.approve(Map.of("issuedOn", "draft")), t(20)).applied().run();

        Transition t = run.complete("DECIDE", StepOutcome.approve(Map.of("certificateNumber", "GP-01", "issuedOn", "2026-03-10")),
                t(30)).applied();

        assertThat(t.effect(Effect.Decided.class).orElseThrow().resultData()).containsEntry("issuedOn", "2026-03-10");
    }

    // ---- reject ----

    @Test
    void rejectingEndsTheDossierAndCancelsOpenParallelSiblings() {
        WorkflowRun run = approve(started(Fixtures.parallelMiddle()), "RECEIVE", 10);

        Transition t = run.complete("POLICE_CHECK", StepOutcome.reject("Địa chỉ không có thật"), t(20)).applied();

        assertThat(t.effects()).containsExactly(
                new Effect.StepDone("POLICE_CHECK", OutcomeKind.REJECT),
                new Effect.CancelSteps(List.of("TAX_CHECK"), CancelCause.REJECTED),
                new Effect.Decided(Decision.REJECTED, "POLICE_CHECK", Map.of(), "Địa chỉ không có thật"));
        assertThat(t.run().status()).isEqualTo(RunStatus.REJECTED);
        // the pending deciding step is cancelled too, without a CANCEL_STEPS entry (it never had a task)
        StepState decide = t.run().step("DECIDE").orElseThrow();
        assertThat(decide.status()).isEqualTo(StepStatus.CANCELLED);
        assertThat(decide.openedAt()).isNull();
        assertThat(t.run().step("TAX_CHECK").orElseThrow().cancelCause()).isEqualTo(CancelCause.REJECTED);
    }

    @Test
    void rejectingWithoutAReasonIsRefused() {
        Refusal r = started(P2).complete("RECEIVE_CHECK", StepOutcome.reject(" "), t(1)).refusal();

        assertThat(r.code()).isEqualTo(RefusalCode.INVALID_REQUEST);
        assertThat(r.reason()).contains("written reason");
    }

    // ---- supplement and payment ----

    @Test
    void aSupplementRequestPausesTheDossierAndKeepsTheStepOpen() {
        WorkflowRun run = approve(started(P2), "RECEIVE_CHECK", 10);
        Instant deadline = at("2026-03-18T17:00");

        Transition t = run.complete("APPRAISE", StepOutcome.requestSupplement(List.of("Giấy tờ chứng minh chỗ ở hợp pháp"),
                deadline), t(20)).applied();

        StepPause expected = StepPause.supplement(t(20), List.of("Giấy tờ chứng minh chỗ ở hợp pháp"), deadline);
        assertThat(t.effects()).containsExactly(new Effect.Pause("APPRAISE", expected));
        assertThat(t.run().status()).isEqualTo(RunStatus.SUPPLEMENT_REQUESTED);
        assertThat(t.run().openSteps()).containsExactly("APPRAISE");
        assertThat(t.run().pausedStep().orElseThrow().pause()).isEqualTo(expected);
        assertThat(t.run().step("APPRAISE").orElseThrow().supplementRequests()).isEqualTo(1);
    }

    @Test
    void resumingAfterASupplementGivesThePauseWindowForTheClock() {
        WorkflowRun run = approve(started(P2), "RECEIVE_CHECK", 10)
                .complete("APPRAISE", StepOutcome.requestSupplement(List.of("CT01"), at("2026-03-18T17:00")), t(20))
                .applied().run();

        Transition t = run.resume("APPRAISE", t(500)).applied();

        assertThat(t.effects()).containsExactly(new Effect.Resume("APPRAISE", PauseReason.SUPPLEMENT, t(20), t(500)));
        assertThat(t.run().status()).isEqualTo(RunStatus.IN_PROCESS);
        assertThat(t.run().pausedStep()).isEmpty();
        // and the step goes on as usual
        assertThat(t.run().complete("APPRAISE", StepOutcome.approve(), t(510)).applied().kinds())
                .containsExactly(EffectKind.STEP_DONE, EffectKind.OPEN_STEPS);
    }

    @Test
    void aPaymentRequestPausesAsAwaitingPaymentUntilResumed() {
        WorkflowDefinition p10 = CATALOG.get("P10");
        WorkflowRun run = approve(approve(started(p10), "RECEIVE_CHECK", 10), "APPRAISE", 20);

        Transition paused = run.complete("TAX_NOTICE", StepOutcome.requestPayment(45_000_000L), t(30)).applied();
        assertThat(paused.effects()).containsExactly(new Effect.Pause("TAX_NOTICE", StepPause.payment(t(30), 45_000_000L)));
        assertThat(paused.run().status()).isEqualTo(RunStatus.AWAITING_PAYMENT);

        Transition resumed = paused.run().resume("TAX_NOTICE", t(900)).applied();
        assertThat(resumed.effect(Effect.Resume.class).orElseThrow().reason()).isEqualTo(PauseReason.PAYMENT);
        assertThat(resumed.run().status()).isEqualTo(RunStatus.IN_PROCESS);
    }

    @Test
    void whilePausedNoOutcomeIsAcceptedOnAnyStep() {
        WorkflowRun run = approve(started(Fixtures.parallelMiddle()), "RECEIVE", 10)
                .complete("POLICE_CHECK", StepOutcome.requestSupplement(List.of("Sơ đồ vị trí"), at("2026-03-20T17:00")), t(20))
                .applied().run();

        Refusal onPausedStep = run.complete("POLICE_CHECK", StepOutcome.approve(), t(30)).refusal();
        Refusal onSibling = run.complete("TAX_CHECK", StepOutcome.approve(), t(30)).refusal();
        Refusal anotherPause = run.complete("TAX_CHECK", StepOutcome.requestPayment(100_000), t(30)).refusal();

        assertThat(List.of(onPausedStep, onSibling, anotherPause)).extracting(Refusal::code)
                .containsOnly(RefusalCode.DOSSIER_PAUSED);
        assertThat(onSibling.reason()).contains("SUPPLEMENT_REQUESTED", "POLICE_CHECK");
    }

    @Test
    void resumingAStepThatIsNotPausedIsRefused() {
        WorkflowRun inProcess = started(P2);
        assertThat(inProcess.resume("RECEIVE_CHECK", t(1)).refusal().code()).isEqualTo(RefusalCode.NOT_PAUSED);

        WorkflowRun paused = approve(started(Fixtures.parallelMiddle()), "RECEIVE", 10)
                .complete("POLICE_CHECK", StepOutcome.requestPayment(50_000), t(20)).applied().run();
        Refusal r = paused.resume("TAX_CHECK", t(30)).refusal();
        assertThat(r.code()).isEqualTo(RefusalCode.NOT_PAUSED);
        assertThat(r.reason()).contains("paused on step POLICE_CHECK, not on step TAX_CHECK");
    }

    @Test
    void invalidSupplementAndPaymentRequestsAreRefused() {
        WorkflowRun run = started(P2);
        Instant deadline = at("2026-03-18T17:00");

        assertThat(List.of(
                run.complete("RECEIVE_CHECK", StepOutcome.requestSupplement(List.of(), deadline), t(1)),
                run.complete("RECEIVE_CHECK", StepOutcome.requestSupplement(Arrays.asList("CT01", null), deadline), t(1)),
                run.complete("RECEIVE_CHECK", StepOutcome.requestSupplement(List.of("CT01"), null), t(1)),
                run.complete("RECEIVE_CHECK", StepOutcome.requestSupplement(List.of("CT01"), t(1)), t(1)),
                run.complete("RECEIVE_CHECK", StepOutcome.requestPayment(0), t(1)),
                run.complete("RECEIVE_CHECK", StepOutcome.requestPayment(-5), t(1))))
                .allSatisfy(result -> assertThat(result.refusal().code()).isEqualTo(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void theConstructionPermitAppraisalMayAskForASupplementOnlyOnce() {
        WorkflowDefinition p12 = CATALOG.get("P12");
        WorkflowRun run = approve(started(p12), "RECEIVE_CHECK", 10)
                .complete("APPRAISE_SITE", StepOutcome.requestSupplement(List.of("Bản vẽ mặt bằng"), at("2026-03-20T17:00")), t(20))
                .applied().run()
                .resume("APPRAISE_SITE", t(600)).applied().run();

        Refusal r = run.complete("APPRAISE_SITE", StepOutcome.requestSupplement(List.of("Bản vẽ mặt cắt"),
                at("2026-03-27T17:00")), t(610)).refusal();

        assertThat(r.code()).isEqualTo(RefusalCode.SUPPLEMENT_LIMIT_REACHED);
        assertThat(r.reason()).contains("APPRAISE_SITE may make 1 supplement request(s) and has made 1");
        // a payment request is still possible
        assertThat(run.complete("APPRAISE_SITE", StepOutcome.requestPayment(75_000), t(610)).isRefused()).isFalse();
    }

    // ---- withdraw and stop ----

    @Test
    void withdrawingCancelsOpenStepsAndEndsTheDossier() {
        WorkflowRun run = approve(started(Fixtures.parallelMiddle()), "RECEIVE", 10);

        Transition t = run.withdraw(t(20)).applied();

        assertThat(t.effects()).containsExactly(
                new Effect.CancelSteps(List.of("POLICE_CHECK", "TAX_CHECK"), CancelCause.WITHDRAWN),
                new Effect.Withdrawn());
        assertThat(t.run().status()).isEqualTo(RunStatus.WITHDRAWN);
        assertThat(t.run().steps()).filteredOn(s -> s.status() == StepStatus.CANCELLED)
                .extracting(StepState::stepId).containsExactly("POLICE_CHECK", "TAX_CHECK", "DECIDE");
    }

    @Test
    void theApplicantMayWithdrawWhileASupplementIsRequested() {
        WorkflowRun run = started(P2)
                .complete("RECEIVE_CHECK", StepOutcome.requestSupplement(List.of("CT01"), at("2026-03-18T17:00")), t(5))
                .applied().run();

        Transition t = run.withdraw(t(60)).applied();

        assertThat(t.kinds()).containsExactly(EffectKind.CANCEL_STEPS, EffectKind.WITHDRAWN);
        assertThat(t.run().status()).isEqualTo(RunStatus.WITHDRAWN);
        assertThat(t.run().pausedStep()).isEmpty();
    }

    @Test
    void withdrawingBeforeAnyStepOpenedHasNoStepsToCancel() {
        Transition t = WorkflowRun.notStarted(P2).withdraw(T0).applied();

        assertThat(t.effects()).containsExactly(new Effect.Withdrawn());
        assertThat(t.run().status()).isEqualTo(RunStatus.WITHDRAWN);
    }

    @Test
    void stoppingNeedsAReasonAndCancelsOpenSteps() {
        WorkflowRun run = approve(started(P2), "RECEIVE_CHECK", 10);

        assertThat(run.stop("  ", t(20)).refusal().code()).isEqualTo(RefusalCode.INVALID_REQUEST);
        Transition t = run.stop("Có quyết định tạm dừng giải quyết của cơ quan có thẩm quyền", t(20)).applied();

        assertThat(t.effects()).containsExactly(
                new Effect.CancelSteps(List.of("APPRAISE"), CancelCause.STOPPED),
                new Effect.Stopped("Có quyết định tạm dừng giải quyết của cơ quan có thẩm quyền"));
        assertThat(t.run().status()).isEqualTo(RunStatus.STOPPED);
        assertThat(t.run().step("APPRAISE").orElseThrow().reason()).startsWith("Có quyết định");
    }

    // ---- fast lane ----

    @Test
    void theFastLaneCompletesEveryStepOfAnInstantProcedureAndDecides() {
        WorkflowDefinition p13 = CATALOG.get("P13");
        Map<String, Object> result = Map.of("certificationNumber", "CT-2026-0012", "originalDocumentType", "Bằng tốt nghiệp",
                "pageCount", 2);

        Transition t = WorkflowRun.notStarted(p13).fastLane(result, T0).applied();

        assertThat(t.effects()).containsExactly(
                new Effect.StepDone("RECEIVE_COMPARE", OutcomeKind.APPROVE),
                new Effect.StepDone("DIGITIZE", OutcomeKind.APPROVE),
                new Effect.StepDone("SIGN_CERTIFY", OutcomeKind.APPROVE),
                new Effect.Decided(Decision.APPROVED, "SIGN_CERTIFY", result, null));
        assertThat(t.run().status()).isEqualTo(RunStatus.APPROVED);
        assertThat(t.run().steps()).allSatisfy(s -> {
            assertThat(s.openedAt()).isEqualTo(T0);
            assertThat(s.finishedAt()).isEqualTo(T0);
        });
    }

    @Test
    void theFastLaneFinishesAnInstantRunAlreadyUnderWay() {
        WorkflowDefinition p13 = CATALOG.get("P13");
        WorkflowRun run = approve(started(p13), "RECEIVE_COMPARE", 5);

        Transition t = run.fastLane(Map.of("certificationNumber", "CT-1", "originalDocumentType", "Sổ đỏ", "pageCount", 4),
                t(10)).applied();

        assertThat(t.kinds()).containsExactly(EffectKind.STEP_DONE, EffectKind.STEP_DONE, EffectKind.DECIDED);
        assertThat(t.run().step("RECEIVE_COMPARE").orElseThrow().finishedAt()).isEqualTo(t(5));
    }

    @Test
    void theFastLaneIsRefusedForNonInstantProceduresAndWithoutResultFields() {
        assertThat(WorkflowRun.notStarted(P2).fastLane(P2_RESULT, T0).refusal().code()).isEqualTo(RefusalCode.NOT_INSTANT);

        Refusal r = WorkflowRun.notStarted(CATALOG.get("P13")).fastLane(Map.of("pageCount", 1), T0).refusal();
        assertThat(r.code()).isEqualTo(RefusalCode.INVALID_RESULT_DATA);
        assertThat(r.resultDataViolations()).extracting(ResultDataRules.Violation::field)
                .containsExactly("certificationNumber", "originalDocumentType");
    }

    // ---- illegal transitions ----

    @Test
    void completingADoneStepIsRefused() {
        WorkflowRun run = approve(started(Fixtures.parallelMiddle()), "RECEIVE", 10);

        Refusal r = run.complete("RECEIVE", StepOutcome.approve(), t(20)).refusal();

        assertThat(r.code()).isEqualTo(RefusalCode.STEP_ALREADY_DONE);
        assertThat(r.reason()).isEqualTo("step RECEIVE is already done (APPROVE)");
    }

    @Test
    void completingAPendingStepIsRefused() {
        Refusal r = started(P2).complete("APPROVE_UPDATE", StepOutcome.approve(P2_RESULT), t(1)).refusal();

        assertThat(r.code()).isEqualTo(RefusalCode.STEP_NOT_OPEN);
        assertThat(r.reason()).contains("APPROVE_UPDATE", "group 3");
    }

    @Test
    void anUnknownStepIsRefusedNamingTheKnownOnes() {
        Refusal r = started(P2).complete("SIGN", StepOutcome.approve(), t(1)).refusal();

        assertThat(r.code()).isEqualTo(RefusalCode.UNKNOWN_STEP);
        assertThat(r.reason()).contains("RECEIVE_CHECK, APPRAISE, APPROVE_UPDATE");
        assertThat(started(P2).resume("SIGN", t(1)).refusal().code()).isEqualTo(RefusalCode.UNKNOWN_STEP);
    }

    @Test
    void anInstantBeforeTheLastRecordedChangeIsRefused() {
        WorkflowRun run = approve(started(P2), "RECEIVE_CHECK", 30);

        Refusal r = run.complete("APPRAISE", StepOutcome.approve(), t(29)).refusal();

        assertThat(r.code()).isEqualTo(RefusalCode.TIME_OUT_OF_ORDER);
        assertThat(run.withdraw(t(29)).refusal().code()).isEqualTo(RefusalCode.TIME_OUT_OF_ORDER);
        assertThat(run.complete("APPRAISE", StepOutcome.approve(), t(30)).isRefused()).isFalse();
    }

    @Test
    void refusalsLeaveTheRunUnchanged() {
        WorkflowRun run = started(P2);

        TransitionResult r = run.complete("APPRAISE", StepOutcome.approve(), t(1));

        assertThat(r.isRefused()).isTrue();
        assertThat(r.effects()).isEmpty();
        assertThat(run.status()).isEqualTo(RunStatus.IN_PROCESS);
        assertThat(run.openSteps()).containsExactly("RECEIVE_CHECK");
    }
}
