package vn.onestop.rating.projection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.rating.projection.domain.DossierEvent;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.DossierKind;
import vn.onestop.rating.projection.domain.DossierProjection;
import vn.onestop.rating.projection.domain.LifecycleStatus;
import vn.onestop.rating.projection.domain.Timeliness;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierProjectionTest {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID TASK_1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID TASK_2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    static final UUID RESULT = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final String CODE = "002.01.20.H22-240304-0001";
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    static OffsetDateTime t(String local) {
        return OffsetDateTime.parse(local + "+07:00").withOffsetSameInstant(ZoneOffset.UTC);
    }

    static DossierEvent submitted(String due) {
        return new DossierEvent.Submitted(ID, CODE, "P2", DossierKind.PROCEDURE, null, "ONLINE", "002.01.20.H22",
                "001.01.20.H22", "CITIZEN", "Lê Văn Tám", "096185000321", t("2024-03-04T09:00:00"), t(due),
                List.of(new DossierEvent.Component("FORM", 1, "UPLOAD"), new DossierEvent.Component("ID", 3, "DOCUMENT_STORE")),
                "FULL", true);
    }

    static DossierEvent started(String due) {
        return new DossierEvent.ProcessingStarted(ID, CODE, "P2", t("2024-03-04T09:05:00"), t(due));
    }

    static DossierEvent assigned(UUID task, String due) {
        return new DossierEvent.TaskAssigned(ID, CODE, task, "step-" + task.toString().substring(34), "001.01.20.H22",
                t(due), t("2024-03-04T09:06:00"));
    }

    static DossierEvent completed(UUID task, String at) {
        return new DossierEvent.StepCompleted(ID, CODE, task, "step-" + task.toString().substring(34), "001.01.20.H22",
                "APPROVE", t(at));
    }

    static DossierEvent supplement(int round, String at) {
        return new DossierEvent.SupplementRequested(ID, CODE, round, t(at));
    }

    static DossierEvent resumed(String at, String newDue) {
        return new DossierEvent.ProcessingResumed(ID, CODE, t(at), t(newDue));
    }

    static DossierEvent decided(String decision, String at, String finishedStatus) {
        return new DossierEvent.Decided(ID, CODE, "P2", decision, t(at), "001.01.20.H22", null, finishedStatus,
                "Lê Văn Tám", "096185000321");
    }

    static DossierEvent issued(String at) {
        return new DossierEvent.ResultIssued(ID, CODE, "P2", RESULT, "000001/2024/XN-001.01.20.H22", "RECORD_UPDATE",
                "001.01.20.H22", t(at), "096185000321");
    }

    static DossierFact fold(List<DossierEvent> events) {
        DossierFact fact = new DossierFact(ID);
        events.forEach(e -> DossierProjection.apply(fact, e));
        return fact;
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of("received", List.of(submitted("2024-03-13T09:00:00")), LifecycleStatus.RECEIVED, 2),
                Arguments.of("started", List.of(submitted("2024-03-13T09:00:00"), started("2024-03-13T09:00:00")),
                        LifecycleStatus.IN_PROCESS, 4),
                Arguments.of("step assigned, ProcessingStarted not seen yet", List.of(assigned(TASK_1, "2024-03-05T09:00:00")),
                        LifecycleStatus.IN_PROCESS, 4),
                Arguments.of("supplement requested", List.of(started("2024-03-13T09:00:00"), supplement(1, "2024-03-05T10:00:00")),
                        LifecycleStatus.SUPPLEMENT_REQUESTED, 5),
                Arguments.of("payment requested", List.of(started("2024-03-13T09:00:00"),
                        new DossierEvent.PaymentRequested(ID, CODE, t("2024-03-05T10:00:00"))), LifecycleStatus.AWAITING_PAYMENT, 6),
                Arguments.of("resumed", List.of(started("2024-03-13T09:00:00"), supplement(1, "2024-03-05T10:00:00"),
                        resumed("2024-03-06T10:00:00", "2024-03-14T09:00:00")), LifecycleStatus.IN_PROCESS, 4),
                Arguments.of("withdrawn while paused", List.of(started("2024-03-13T09:00:00"), supplement(1, "2024-03-05T10:00:00"),
                        new DossierEvent.Withdrawn(ID, CODE, t("2024-03-06T10:00:00"))), LifecycleStatus.WITHDRAWN, 7),
                Arguments.of("stopped", List.of(started("2024-03-13T09:00:00"),
                        new DossierEvent.ProcessingStopped(ID, CODE, t("2024-03-20T10:00:00"))), LifecycleStatus.STOPPED, 8),
                Arguments.of("rejected", List.of(started("2024-03-13T09:00:00"), decided("REJECTED", "2024-03-07T10:00:00", "EARLY")),
                        LifecycleStatus.DECIDED, 9),
                Arguments.of("result issued, decision not seen yet", List.of(issued("2024-03-07T11:00:00")),
                        LifecycleStatus.DECIDED, 9),
                Arguments.of("returned", List.of(decided("APPROVED", "2024-03-07T10:00:00", "EARLY"), issued("2024-03-07T11:00:00"),
                        new DossierEvent.ResultReturned(ID, CODE, RESULT, t("2024-03-08T09:00:00"))),
                        LifecycleStatus.RESULT_RETURNED, 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void status_and_national_code(String name, List<DossierEvent> events, LifecycleStatus status, int national) {
        DossierFact fact = fold(events);
        assertThat(fact.status()).isEqualTo(status);
        assertThat(fact.status().nationalCode()).isEqualTo(national);
    }

    /** The three topics' events interleaved in every order that keeps each topic's own order. */
    @Test
    void the_fold_is_the_same_for_every_interleaving_of_the_topics() {
        List<DossierEvent> dossierTopic = List.of(submitted("2024-03-13T09:00:00"));
        List<DossierEvent> processingTopic = List.of(started("2024-03-13T09:00:00"), assigned(TASK_1, "2024-03-05T09:00:00"),
                completed(TASK_1, "2024-03-05T10:00:00"), supplement(1, "2024-03-05T11:00:00"),
                resumed("2024-03-06T08:00:00", "2024-03-14T08:00:00"), assigned(TASK_2, "2024-03-08T09:00:00"),
                completed(TASK_2, "2024-03-07T10:00:00"), decided("APPROVED", "2024-03-07T11:00:00", "EARLY"));
        List<DossierEvent> resultTopic = List.of(issued("2024-03-07T11:30:00"));
        Set<String> folds = new HashSet<>();
        for (List<DossierEvent> order : interleavings(List.of(dossierTopic, processingTopic, resultTopic))) {
            folds.add(describe(fold(order)));
        }
        assertThat(folds).hasSize(1);
        DossierFact fact = fold(concat(dossierTopic, processingTopic, resultTopic));
        assertThat(fact.dueAt).isEqualTo(t("2024-03-14T08:00:00"));
        assertThat(fact.dueSource).isEqualTo(DossierFact.DueSource.PROCESSING);
        assertThat(fact.supplementRounds).isEqualTo(1);
        assertThat(fact.stepsJudged()).isEqualTo(2);
        assertThat(fact.stepsLate(VN)).as("task 1 completed an hour after its due hour, on its due date: on time by date")
                .isZero();
        assertThat(fact.componentsInState(1)).isEqualTo(1);
        assertThat(fact.componentsInState(3)).isEqualTo(1);
        assertThat(fact.finishedTimeliness(VN)).isEqualTo(Timeliness.EARLY);
        assertThat(fact.endedAt()).isEqualTo(t("2024-03-07T11:00:00"));
        assertThat(fact.lastEventAt).isEqualTo(t("2024-03-07T11:30:00"));
    }

    static Stream<Arguments> dueSources() {
        return Stream.of(
                Arguments.of("intake only", List.of(submitted("2024-03-13T09:00:00")), "2024-03-13T09:00:00"),
                Arguments.of("processing wins over intake, either order", List.of(started("2024-03-14T09:00:00"),
                        submitted("2024-03-13T09:00:00")), "2024-03-14T09:00:00"),
                Arguments.of("a resume moves it", List.of(submitted("2024-03-13T09:00:00"), started("2024-03-13T09:00:00"),
                        resumed("2024-03-06T10:00:00", "2024-03-15T09:00:00")), "2024-03-15T09:00:00"),
                Arguments.of("the decision's due date only when nothing else is known", List.of(
                        new DossierEvent.Decided(ID, CODE, "P2", "APPROVED", t("2024-03-07T10:00:00"), "X",
                                t("2024-03-09T10:00:00"), null, null, null)), "2024-03-09T10:00:00"),
                Arguments.of("an apology does not move the statutory due", List.of(started("2024-03-13T09:00:00"),
                        new DossierEvent.ApologyIssued(ID, CODE, t("2024-03-20T09:00:00"), t("2024-03-12T09:00:00"))),
                        "2024-03-13T09:00:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dueSources")
    void due_date_precedence(String name, List<DossierEvent> events, String due) {
        assertThat(fold(events).dueAt).isEqualTo(t(due));
    }

    static Stream<Arguments> timeliness() {
        return Stream.of(
                Arguments.of("2024-03-13T09:00:00", "2024-03-12T16:00:00", Timeliness.EARLY),
                Arguments.of("2024-03-13T09:00:00", "2024-03-13T08:59:00", Timeliness.ON_TIME),
                Arguments.of("2024-03-13T09:00:00", "2024-03-13T09:00:00", Timeliness.ON_TIME),
                Arguments.of("2024-03-13T09:00:00", "2024-03-13T09:01:00", Timeliness.ON_TIME),
                Arguments.of("2024-03-13T09:00:00", "2024-03-13T23:59:00", Timeliness.ON_TIME),
                Arguments.of("2024-03-13T09:00:00", "2024-03-14T00:00:00", Timeliness.LATE),
                Arguments.of("2024-03-13T17:00:00", "2024-03-13T00:30:00", Timeliness.ON_TIME),
                Arguments.of("2024-03-13T17:00:00", "2024-03-12T23:59:00", Timeliness.EARLY));
    }

    @ParameterizedTest(name = "due {0}, finished {1}: {2}")
    @MethodSource("timeliness")
    void finished_status_is_derived_from_the_dates_whatever_the_event_said(String due, String finished, Timeliness expected) {
        DossierFact fact = fold(List.of(started(due), decided("APPROVED", finished, null)));
        assertThat(fact.finishedTimeliness(VN)).isEqualTo(expected);
        DossierFact saidLate = fold(List.of(started(due), decided("APPROVED", finished, "LATE")));
        assertThat(saidLate.finishedTimeliness(VN)).as("an older producer compared instants").isEqualTo(expected);
        assertThat(Timeliness.of(t(due).toInstant(), t(finished).toInstant(), VN)).isEqualTo(expected);
    }

    @Test
    void in_process_boundaries() {
        DossierFact fact = fold(List.of(submitted("2024-03-13T09:00:00"), decided("APPROVED", "2024-03-07T10:00:00", "EARLY")));
        assertThat(fact.inProcessAt(t("2024-03-04T09:00:00").toInstant())).as("at the instant of receipt").isFalse();
        assertThat(fact.inProcessAt(t("2024-03-04T09:00:01").toInstant())).isTrue();
        assertThat(fact.inProcessAt(t("2024-03-07T10:00:00").toInstant())).as("at the instant of the decision").isTrue();
        assertThat(fact.inProcessAt(t("2024-03-07T10:00:01").toInstant())).isFalse();
    }

    @Test
    void step_overdue_and_cancelled_steps() {
        DossierFact fact = fold(List.of(assigned(TASK_1, "2024-03-05T09:00:00"), assigned(TASK_2, "2024-03-05T09:00:00"),
                new DossierEvent.Overdue(ID, CODE, "step-a1", TASK_1, t("2024-03-05T09:00:00"), t("2024-03-05T09:01:00")),
                completed(TASK_1, "2024-03-06T10:00:00"),
                new DossierEvent.TaskCancelled(ID, CODE, TASK_2, "step-a2", "001.01.20.H22", t("2024-03-06T11:00:00")),
                new DossierEvent.Overdue(ID, CODE, null, null, t("2024-03-13T09:00:00"), t("2024-03-13T09:01:00"))));
        assertThat(fact.steps).hasSize(2);
        assertThat(fact.steps.get(0).overdue()).isTrue();
        assertThat(fact.steps.get(1).cancelled()).isTrue();
        assertThat(fact.stepsLate(VN)).as("completed the day after its due date").isEqualTo(1);
        assertThat(fact.stepsJudged()).isEqualTo(1);
        assertThat(fact.overdue).isTrue();
    }

    @Test
    void a_supplement_replaces_components_by_code() {
        DossierFact fact = fold(List.of(submitted("2024-03-13T09:00:00"), new DossierEvent.Supplemented(ID, CODE, 1,
                t("2024-03-06T09:00:00"), List.of(new DossierEvent.Component("FORM", 2, "DOCUMENT_STORE"),
                new DossierEvent.Component("PHOTO", 0, "UPLOAD")))));
        assertThat(fact.components).extracting(c -> c.code() + ":" + c.digitizationState())
                .containsExactly("FORM:2", "ID:3", "PHOTO:0");
    }

    @Test
    void a_scanned_paper_becomes_state_1_once_and_a_later_upload_is_not_touched() {
        DossierEvent paper = new DossierEvent.Supplemented(ID, CODE, 1, t("2024-03-06T09:00:00"),
                List.of(new DossierEvent.Component("PHOTO", 0, "PAPER"), new DossierEvent.Component("SLIP", 0, "PAPER")));
        DossierEvent scanned = new DossierEvent.ComponentDigitized(ID, CODE, "PHOTO", t("2024-03-06T10:00:00"));
        DossierFact fact = fold(List.of(submitted("2024-03-13T09:00:00"), paper, scanned, scanned));
        assertThat(fact.components).extracting(c -> c.code() + ":" + c.digitizationState() + ":" + c.source())
                .containsExactly("FORM:1:UPLOAD", "ID:3:DOCUMENT_STORE", "PHOTO:1:SCAN", "SLIP:0:PAPER");
        assertThat(fact.componentsInState(0)).isEqualTo(1);
        assertThat(fact.onlineService).isEqualTo("FULL");
        assertThat(fact.feeBearing).isTrue();
        DossierFact reused = fold(List.of(submitted("2024-03-13T09:00:00"),
                new DossierEvent.ComponentDigitized(ID, CODE, "ID", t("2024-03-06T10:00:00"))));
        assertThat(reused.componentsInState(3)).as("a reused document stays state 3").isEqualTo(1);
    }

    @Test
    void a_dossier_filed_online_is_status_1_until_received_or_3_if_refused_at_intake() {
        DossierEvent filed = new DossierEvent.Filed(ID, CODE, "P6", DossierKind.PROCEDURE, null, "ONLINE",
                "002.01.20.H22", "000.00.04.H22", "CITIZEN", "Đỗ Thị Thu", "096185000321", t("2024-03-04T08:00:00"),
                "PARTIAL");
        DossierFact waiting = fold(List.of(filed));
        assertThat(waiting.status()).isEqualTo(LifecycleStatus.SUBMITTED_ONLINE);
        assertThat(waiting.status().nationalCode()).isEqualTo(1);
        assertThat(waiting.receivedAt).as("not received: counted in no period").isNull();
        assertThat(waiting.inProcessAt(t("2024-03-05T08:00:00").toInstant())).isFalse();

        DossierFact accepted = fold(List.of(filed, submitted("2024-03-13T09:00:00")));
        assertThat(accepted.status()).isEqualTo(LifecycleStatus.RECEIVED);
        assertThat(accepted.filedAt).isEqualTo(t("2024-03-04T08:00:00"));

        DossierFact refused = fold(List.of(filed,
                new DossierEvent.Refused(ID, CODE, "GUIDANCE", t("2024-03-04T10:00:00"))));
        assertThat(refused.status()).isEqualTo(LifecycleStatus.REFUSED);
        assertThat(refused.status().nationalCode()).isEqualTo(3);
        assertThat(refused.status().ended()).isTrue();
        assertThat(refused.refusalSlip).isEqualTo("GUIDANCE");
        assertThat(vn.onestop.rating.portal.service.PortalSyncOutbox.changesPortalState(filed)).isTrue();
    }

    @Test
    void an_event_of_another_dossier_is_refused() {
        assertThatThrownBy(() -> DossierProjection.apply(new DossierFact(UUID.randomUUID()), submitted("2024-03-13T09:00:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String describe(DossierFact f) {
        return String.join("|", String.valueOf(f.code), String.valueOf(f.kind), f.procedureId, f.channel,
                f.receivingAgency, f.competentAgency, f.applicantName, String.valueOf(f.receivedAt), String.valueOf(f.startedAt),
                String.valueOf(f.dueAt), String.valueOf(f.dueSource), String.valueOf(f.pausedFor),
                String.valueOf(f.supplementRounds), f.decision, String.valueOf(f.decidedAt), String.valueOf(f.finishedStatus),
                String.valueOf(f.components), String.valueOf(f.steps), String.valueOf(f.results), String.valueOf(f.status()),
                String.valueOf(f.lastEventAt), f.onlineService, String.valueOf(f.feeBearing));
    }

    @SafeVarargs
    private static List<DossierEvent> concat(List<DossierEvent>... lists) {
        List<DossierEvent> all = new ArrayList<>();
        for (List<DossierEvent> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    private static List<List<DossierEvent>> interleavings(List<List<DossierEvent>> streams) {
        List<List<DossierEvent>> out = new ArrayList<>();
        interleave(streams, new int[streams.size()], new ArrayList<>(), out);
        return out;
    }

    private static void interleave(List<List<DossierEvent>> streams, int[] next, List<DossierEvent> prefix,
                                   List<List<DossierEvent>> out) {
        boolean any = false;
        for (int i = 0; i < streams.size(); i++) {
            if (next[i] < streams.get(i).size()) {
                any = true;
                prefix.add(streams.get(i).get(next[i]++));
                interleave(streams, next, prefix, out);
                next[i]--;
                prefix.remove(prefix.size() - 1);
            }
        }
        if (!any) {
            out.add(new ArrayList<>(prefix));
        }
    }

    @Test
    void there_are_many_interleavings() {
        assertThat(interleavings(List.of(List.of(submitted("2024-03-13T09:00:00")),
                List.of(started("2024-03-13T09:00:00"), supplement(1, "2024-03-05T10:00:00")),
                List.of(issued("2024-03-07T11:00:00"))))).hasSize(12);
    }
}
