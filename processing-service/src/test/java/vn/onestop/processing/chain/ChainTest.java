package vn.onestop.processing.chain;

import vn.onestop.processing.chain.domain.IssuedResult;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures;
import vn.onestop.processing.ProcessingFixtures.Dossier;
import vn.onestop.processing.task.domain.Task;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.processing.ProcessingFixtures.LAND_OFFICE;
import static vn.onestop.processing.ProcessingFixtures.WARD_COMMITTEE;
import static vn.onestop.processing.ProcessingFixtures.WARD_POLICE;
import static vn.onestop.processing.ProcessingFixtures.approve;
import static vn.onestop.processing.ProcessingFixtures.caseStatus;
import static vn.onestop.processing.ProcessingFixtures.complete;
import static vn.onestop.processing.ProcessingFixtures.eventWhere;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.reply;
import static vn.onestop.processing.ProcessingFixtures.taskCompleted;

/** The chains of bundles: follow-on members start when their inputs arrive, loops resume, failures cancel. */
@QuarkusTest
public class ChainTest {

    private static final String RESULTS = "processing-test.onestop.result.events.v1";
    private static final String SOCIAL_SECURITY = "000.00.03.H22";
    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    static String member(Dossier d, String procedureId, String agency, String waitingFor) {
        String base = ProcessingFixtures.submitted(d, procedureId, agency, OffsetDateTime.now(ZoneOffset.UTC))
                .replace("\"kind\": \"PROCEDURE\"", "\"kind\": \"BUNDLE_MEMBER\"");
        String data = waitingFor.isEmpty() ? base
                : base.substring(0, base.lastIndexOf('}')) + ", \"waitingFor\": [" + waitingFor + "]}";
        ContractValidator.shared().requireValid(EventType.DOSSIER_SUBMITTED, data);
        return data;
    }

    static String input(Dossier upstream, String procedureId, String component, String type) {
        return """
                {"procedureId": "%s", "dossierId": "%s", "dossierCode": "%s", "component": "%s", "type": "%s"}"""
                .formatted(procedureId, upstream.id(), upstream.code(), component, type);
    }

    static void open(Dossier d, String procedureId, String agency, String waitingFor) {
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUBMITTED, d.id(),
                member(d, procedureId, agency, waitingFor));
    }

    public static String resultIssued(Dossier d, String procedureId, String kind) {
        String data = """
                {"resultId": "%s", "number": "000001/2026/GCN-H22", "kind": "%s", "dossierId": "%s",
                 "dossierCode": "%s", "procedureId": "%s", "issuer": "H22", "issuedAt": "%s",
                 "ownerIdNumber": "079088001235", "nationalStatusCode": 9}""".formatted(UUID.randomUUID(), kind, d.id(),
                d.code(), procedureId, EventTimes.now());
        ContractValidator.shared().requireValid(EventType.RESULT_ISSUED, data);
        return data;
    }

    static long tasks(Dossier d) {
        return QuarkusTransaction.requiringNew().call(() -> Task.count("dossierId", d.id()));
    }

    @Test
    void one_birth_certificate_starts_both_follow_ons_once_and_a_rejected_sibling_stops_nothing_else() {
        Dossier p1 = newDossier();
        Dossier p2 = newDossier();
        Dossier p3 = newDossier();
        open(p1, "P1", WARD_COMMITTEE, "");
        open(p2, "P2", WARD_POLICE, input(p1, "P1", "BIRTH_CERT", "RESULT"));
        open(p3, "P3", SOCIAL_SECURITY, input(p1, "P1", "BIRTH_CERT", "RESULT"));
        openTask(p1, WARD_COMMITTEE, "RECEIVE_CHECK");
        await().atMost(Duration.ofSeconds(30)).until(() -> "WAITING".equals(caseStatus(p3)));
        assertThat(caseStatus(p2)).isEqualTo("WAITING");
        assertThat(tasks(p2)).isZero();

        String result = resultIssued(p1, "P1", "CERTIFICATE");
        String eventId = UUID.randomUUID().toString();
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED.ceType(), eventId, p1.id().toString(), result);
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED.ceType(), eventId, p1.id().toString(), result);
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, p1.id(), result);

        openTask(p2, WARD_POLICE, "RECEIVE_CHECK");
        openTask(p3, SOCIAL_SECURITY, eventWhere(kafka, p3, EventType.TASK_ASSIGNED, e -> true).get("step").asText());
        JsonNode started = eventWhere(kafka, p2, EventType.PROCESSING_STARTED, e -> true);
        assertThat(OffsetDateTime.parse(started.get("dueAt").asText())).isAfter(OffsetDateTime.now().plusDays(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessingFixtures.processed(eventId));
        assertThat(tasks(p2)).isEqualTo(1);

        complete(WARD_POLICE, openTask(p2, WARD_POLICE, "RECEIVE_CHECK"),
                "{\"outcome\": \"REJECT\", \"note\": \"Sai địa chỉ\"}").statusCode(200);
        assertThat(caseStatus(p2)).isEqualTo("DECIDED");
        assertThat(caseStatus(p3)).isEqualTo("IN_PROCESS");
    }

    @Test
    void a_result_that_arrives_before_its_follow_on_is_opened_still_starts_it() {
        Dossier p4 = newDossier();
        Dossier p5 = newDossier();
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, p4.id(), resultIssued(p4, "P4", "CERTIFICATE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> IssuedResult.findById(p4.id()) != null));
        open(p5, "P5", WARD_POLICE, input(p4, "P4", "DEATH_EXTRACT", "RESULT"));
        openTask(p5, WARD_POLICE, eventWhere(kafka, p5, EventType.TASK_ASSIGNED, e -> true).get("step").asText());
        assertThat(caseStatus(p5)).isEqualTo("IN_PROCESS");
    }

    @Test
    void members_waiting_for_a_rejected_upstream_are_stopped_with_the_reason() {
        Dossier p4 = newDossier();
        Dossier p5 = newDossier();
        Dossier p6 = newDossier();
        open(p4, "P4", WARD_COMMITTEE, "");
        open(p5, "P5", WARD_POLICE, input(p4, "P4", "DEATH_EXTRACT", "RESULT"));
        open(p6, "P6", SOCIAL_SECURITY, input(p4, "P4", "DEATH_EXTRACT", "RESULT"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "WAITING".equals(caseStatus(p6)));
        complete(WARD_COMMITTEE, openTask(p4, WARD_COMMITTEE, eventWhere(kafka, p4, EventType.TASK_ASSIGNED, e -> true).get("step").asText()),
                "{\"outcome\": \"REJECT\", \"note\": \"Giấy báo tử không hợp lệ\"}")
                .statusCode(200);
        for (Dossier waiting : new Dossier[]{p5, p6}) {
            JsonNode stopped = eventWhere(kafka, waiting, EventType.PROCESSING_STOPPED, e -> true);
            assertThat(stopped.get("reason").asText()).contains(p4.code()).contains("Giấy báo tử không hợp lệ");
            assertThat(caseStatus(waiting)).isEqualTo("STOPPED");
            assertThat(tasks(waiting)).isZero();
        }
    }

    @jakarta.inject.Inject
    vn.onestop.processing.deadline.service.DeadlineWatch watch;

    @Test
    void a_bundles_own_promise_is_watched_until_its_last_member_finishes() {
        Dossier bundle = newDossier();
        Dossier p4 = newDossier();
        Dossier p5 = newDossier();
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withNano(0);
        String parent = ProcessingFixtures.submitted(bundle, "DEATH_BUNDLE", "002.01.20.H22", OffsetDateTime.now(ZoneOffset.UTC))
                .replace("\"kind\": \"PROCEDURE\"", "\"kind\": \"BUNDLE\", \"dueAt\": \"" + EventTimes.rfc3339(due) + "\"");
        ContractValidator.shared().requireValid(EventType.DOSSIER_SUBMITTED, parent);
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUBMITTED, bundle.id(), parent);
        String child = "\"kind\": \"BUNDLE_MEMBER\", \"parentId\": \"" + bundle.id() + "\"";
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUBMITTED, p4.id(),
                member(p4, "P4", WARD_COMMITTEE, "").replace("\"kind\": \"BUNDLE_MEMBER\"", child));
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUBMITTED, p5.id(),
                member(p5, "P5", WARD_POLICE, input(p4, "P4", "DEATH_EXTRACT", "RESULT"))
                        .replace("\"kind\": \"BUNDLE_MEMBER\"", child));
        await().atMost(Duration.ofSeconds(30)).until(() -> "WAITING".equals(caseStatus(p5)));
        assertThat(caseStatus(bundle)).isEqualTo("BUNDLE");

        watch.scan(due.minusMinutes(30).toInstant());
        JsonNode atRisk = eventWhere(kafka, bundle, EventType.DOSSIER_AT_RISK, e -> true);
        assertThat(atRisk.get("procedureId").asText()).isEqualTo("DEATH_BUNDLE");

        complete(WARD_COMMITTEE, openTask(p4, WARD_COMMITTEE, eventWhere(kafka, p4, EventType.TASK_ASSIGNED, e -> true).get("step").asText()),
                "{\"outcome\": \"REJECT\", \"note\": \"Sai thông tin\"}").statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> "BUNDLE_DONE".equals(caseStatus(bundle)));
        assertThat(caseStatus(p5)).isEqualTo("STOPPED");
        as(centreStaff(ProcessingFixtures.RECEIVING_CENTRE)).get("/api/v1/cases/{id}", bundle.id()).then()
                .body("finishedStatus", org.hamcrest.Matchers.equalTo("EARLY"));
        // finished: the watch no longer looks at it, even past its promise
        watch.scan(due.plusDays(1).toInstant());
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                vn.onestop.processing.casefile.domain.CaseFile.<vn.onestop.processing.casefile.domain.CaseFile>findById(bundle.id())
                        .overdueAnnounced)).isFalse();
    }

    @Test
    void a_follow_on_opened_after_its_upstream_was_rejected_is_stopped_at_once() {
        Dossier p4 = newDossier();
        Dossier p5 = newDossier();
        open(p4, "P4", WARD_COMMITTEE, "");
        complete(WARD_COMMITTEE, openTask(p4, WARD_COMMITTEE, eventWhere(kafka, p4, EventType.TASK_ASSIGNED, e -> true).get("step").asText()),
                "{\"outcome\": \"REJECT\", \"note\": \"Sai thông tin\"}").statusCode(200);
        open(p5, "P5", WARD_POLICE, input(p4, "P4", "DEATH_EXTRACT", "RESULT"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "STOPPED".equals(caseStatus(p5)));
        assertThat(eventWhere(kafka, p5, EventType.PROCESSING_STOPPED, e -> true).get("reason").asText()).contains(p4.code());
        assertThat(tasks(p5)).isZero();
    }

    /**
     * Opens a land transfer bundle, the transfer (P10), its tax notice (P11) and the construction
     * permit that needs its certificate (P12), and approves the transfer's first two steps: its tax
     * notice is assigned to the tax agency.
     */
    static void openLandTransferUpToItsTaxNotice(Dossier p10, Dossier p11, Dossier p12) {
        open(p10, "P10", LAND_OFFICE, input(p11, "P11", "TAX_RECEIPT", "RESUME"));
        open(p11, "P11", ProcessingFixtures.TAX_OFFICE, input(p10, "P10", "TRANSFER_FILE", "HANDOFF"));
        open(p12, "P12", WARD_COMMITTEE, input(p10, "P10", "LAND_RIGHT_CERT", "RESULT"));

        approve(p10, LAND_OFFICE, "RECEIVE_CHECK");
        approve(p10, LAND_OFFICE, "APPRAISE");
    }

    /** The id of the transfer's tax notice task (the tax agency's step). */
    static String taxNoticeTask(Dossier p10) {
        return eventWhere(kafka, p10, EventType.TASK_ASSIGNED, e -> "TAX_NOTICE".equals(e.get("step").asText()))
                .get("taskId").asText();
    }

    @Test
    void the_land_transfer_hands_its_file_to_the_tax_procedure_and_resumes_with_its_receipt() {
        Dossier p10 = newDossier();
        Dossier p11 = newDossier();
        Dossier p12 = newDossier();
        openLandTransferUpToItsTaxNotice(p10, p11, p12);
        await().atMost(Duration.ofSeconds(30)).until(() -> "WAITING".equals(caseStatus(p11)));
        String taxStep = taxNoticeTask(p10);
        reply(kafka, p10, taskCompleted(taxStep, p10, "REQUEST_PAYMENT", "\"amount\": 30000000, \"currency\": \"VND\""));

        // paused for payment, P10 hands its file over: the tax procedure starts
        await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_PAYMENT".equals(caseStatus(p10)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROCESS".equals(caseStatus(p11)));
        assertThat(caseStatus(p12)).isEqualTo("WAITING");

        // the tax receipt (P11's result) resumes P10
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, p11.id(), resultIssued(p11, "P11", "TAX_RECEIPT"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROCESS".equals(caseStatus(p10)));
        assertThat(eventWhere(kafka, p10, EventType.PROCESSING_RESUMED, e -> true).get("pauseReason").asText())
                .isEqualTo("PAYMENT");

        reply(kafka, p10, taskCompleted(taxStep, p10, "APPROVE", ""));
        ProcessingFixtures.complete(LAND_OFFICE, openTask(p10, LAND_OFFICE, "UPDATE_CERTIFICATE"), """
                {"outcome": "APPROVE", "resultData": {"landCertificateNumber": "DD 1",
                 "landParcelNumber": "1", "mapSheetNumber": "2", "transfereeName": "Ngô Văn Bảo"}}""").statusCode(200);
        assertThat(caseStatus(p10)).isEqualTo("DECIDED");
        // the updated land certificate (P10's result) lets the construction permit start
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, p10.id(), resultIssued(p10, "P10", "CERTIFICATE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROCESS".equals(caseStatus(p12)));
    }

    @Test
    void a_land_transfer_decided_without_asking_for_tax_stops_the_tax_procedure_it_never_handed_over_to() {
        Dossier p10 = newDossier();
        Dossier p11 = newDossier();
        Dossier p12 = newDossier();
        Dossier lateP11 = newDossier();
        openLandTransferUpToItsTaxNotice(p10, p11, p12);
        String taxStep = taxNoticeTask(p10);
        // nothing is due (an exemption): the tax agency approves without asking for payment
        reply(kafka, p10, taskCompleted(taxStep, p10, "APPROVE", ""));
        ProcessingFixtures.complete(LAND_OFFICE, openTask(p10, LAND_OFFICE, "UPDATE_CERTIFICATE"), """
                {"outcome": "APPROVE", "resultData": {"landCertificateNumber": "DD 2",
                 "landParcelNumber": "1", "mapSheetNumber": "2", "transfereeName": "Ngô Văn Bảo"}}""").statusCode(200);
        assertThat(caseStatus(p10)).isEqualTo("DECIDED");

        // the tax notice waited for a hand-off that will never come: stopped with the reason, no task
        await().atMost(Duration.ofSeconds(30)).until(() -> "STOPPED".equals(caseStatus(p11)));
        assertThat(eventWhere(kafka, p11, EventType.PROCESSING_STOPPED, e -> true).get("reason").asText())
                .contains(p10.code()).contains("without handing its file over");
        assertThat(tasks(p11)).isZero();
        // one opened only now (its DossierSubmitted came late) is stopped at once too
        open(lateP11, "P11", ProcessingFixtures.TAX_OFFICE, input(p10, "P10", "TRANSFER_FILE", "HANDOFF"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "STOPPED".equals(caseStatus(lateP11)));
        assertThat(tasks(lateP11)).isZero();
        // the updated certificate still starts the construction permit
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, p10.id(), resultIssued(p10, "P10", "CERTIFICATE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROCESS".equals(caseStatus(p12)));
    }
}
