package vn.onestop.processing.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.resultdata.ResultDataRules;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures;
import vn.onestop.processing.ProcessingFixtures.Dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.leader;
import static vn.onestop.platform.testing.Tokens.officer;
import static vn.onestop.processing.ProcessingFixtures.LAND_OFFICE;
import static vn.onestop.processing.ProcessingFixtures.RECEIVING_CENTRE;
import static vn.onestop.processing.ProcessingFixtures.REPLIES;
import static vn.onestop.processing.ProcessingFixtures.TAX_OFFICE;
import static vn.onestop.processing.ProcessingFixtures.WARD_COMMITTEE;
import static vn.onestop.processing.ProcessingFixtures.WARD_POLICE;
import static vn.onestop.processing.ProcessingFixtures.approve;
import static vn.onestop.processing.ProcessingFixtures.caseStatus;
import static vn.onestop.processing.ProcessingFixtures.colleague;
import static vn.onestop.processing.ProcessingFixtures.complete;
import static vn.onestop.processing.ProcessingFixtures.eventWhere;
import static vn.onestop.processing.ProcessingFixtures.events;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.processed;
import static vn.onestop.processing.ProcessingFixtures.reply;
import static vn.onestop.processing.ProcessingFixtures.submit;
import static vn.onestop.processing.ProcessingFixtures.taskCompleted;
import static vn.onestop.processing.ProcessingFixtures.userOf;

/**
 * Multi-agency workflows against the real broker and database: officers over REST, a partner
 * system (the tax authority) over the public topics, pauses, rejection, withdrawal, the fast lane.
 */
@QuarkusTest
class WorkflowTest {

    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** intake's FeePaid for the requested payment (online or at the counter), as it publishes it. */
    private static String feePaid(Dossier d, String requestedAt, String paidAt, String paidVia) {
        String data = """
                {"dossierId": "%s", "dossierCode": "%s", "obligationId": "%s", "kind": "REQUESTED",
                 "description": "Thuế thu nhập cá nhân", "amountVnd": 12500000, "currency": "VND", "paidVia": "%s",
                 "paidAt": "%s", "receiptNumber": "BL2026-00000077", "requestedAt": "%s"}"""
                .formatted(d.id(), d.code(), UUID.randomUUID(), paidVia, paidAt, requestedAt);
        ContractValidator.shared().requireValid(EventType.FEE_PAID, data);
        return data;
    }

    @Test
    void a_requested_payment_paid_through_intake_resumes_the_clock_from_the_payment_time() {
        Dossier d = newDossier();
        submit(kafka, d, "P10", LAND_OFFICE);
        approve(d, LAND_OFFICE, "RECEIVE_CHECK");
        approve(d, LAND_OFFICE, "APPRAISE");
        String taxTask = eventWhere(kafka, d, EventType.TASK_ASSIGNED, e -> "TAX_NOTICE".equals(e.get("step").asText()))
                .get("taskId").asText();
        reply(kafka, d, taskCompleted(taxTask, d, "REQUEST_PAYMENT", "\"amount\": 12500000, \"currency\": \"VND\""));
        await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_PAYMENT".equals(caseStatus(d)));
        String requestedAt = events(kafka, d, EventType.PAYMENT_REQUESTED, 1).get(0).get("requestedAt").asText();
        // paid a moment after the request, before processing reads the payment (a future time is clamped to now)
        OffsetDateTime paidAt = OffsetDateTime.parse(requestedAt).plusNanos(1_000);

        // a payment of another (earlier) request does not end this pause
        String other = kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.FEE_PAID, d.id(),
                feePaid(d, OffsetDateTime.parse(requestedAt).minusDays(1).toString(), paidAt.toString(), "COUNTER"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(other));
        assertThat(caseStatus(d)).isEqualTo("AWAITING_PAYMENT");

        String paid = feePaid(d, requestedAt, paidAt.toString(), "ONLINE");
        String first = kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.FEE_PAID, d.id(), paid);
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.FEE_PAID, d.id(), paid);   // a replay under another id
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROCESS".equals(caseStatus(d)));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(first));
        List<ConsumerRecord<String, String>> resumed = kafka.awaitSettled(ProcessingFixtures.PROCESSING,
                r -> d.id().toString().equals(TestKafka.header(r, "ce_subject"))
                        && EventType.PROCESSING_RESUMED.ceType().equals(TestKafka.header(r, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(resumed).as("the pause ends once").hasSize(1);
        JsonNode event = events(kafka, d, EventType.PROCESSING_RESUMED, 1).get(0);
        assertThat(event.get("pauseReason").asText()).isEqualTo("PAYMENT");
        assertThat(OffsetDateTime.parse(event.get("resumedAt").asText()).toInstant())
                .as("the clock runs again from the payment, not from when the event arrived")
                .isEqualTo(paidAt.toInstant());
        assertThat(OffsetDateTime.parse(event.get("pausedFrom").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse(requestedAt).toInstant());
    }

    @Test
    void a_land_transfer_runs_through_the_land_office_and_the_tax_authority_with_a_payment_pause() {
        Dossier d = newDossier();
        submit(kafka, d, "P10", LAND_OFFICE);

        JsonNode started = events(kafka, d, EventType.PROCESSING_STARTED, 1).get(0);
        assertThat(started.get("nationalStatusCode").asInt()).isEqualTo(4);
        assertThat(started.get("steps")).hasSize(4);

        String first = openTask(d, LAND_OFFICE, "RECEIVE_CHECK");
        String landOfficer = userOf("officer", LAND_OFFICE);
        as(officer(LAND_OFFICE)).post("/api/v1/tasks/{id}/claim", first).then().statusCode(200)
                .body("status", equalTo("CLAIMED")).body("claimedBy", equalTo(landOfficer));
        as(colleague(LAND_OFFICE)).post("/api/v1/tasks/{id}/claim", first).then().statusCode(409)
                .contentType("application/problem+json");
        complete(LAND_OFFICE, first, "{\"outcome\": \"APPROVE\"}").statusCode(200)
                .body("status", equalTo("DONE")).body("completedBy", equalTo(landOfficer));
        // a retry of the same completion answers the same; another outcome on a finished task is refused
        complete(LAND_OFFICE, first, "{\"outcome\": \"APPROVE\"}").statusCode(200);
        complete(LAND_OFFICE, first, "{\"outcome\": \"REJECT\", \"note\": \"x\"}").statusCode(409)
                .contentType("application/problem+json");
        approve(d, LAND_OFFICE, "APPRAISE");

        // the tax authority is a partner system: it reads TaskAssigned and answers on the inbound topic
        JsonNode assigned = eventWhere(kafka, d, EventType.TASK_ASSIGNED, e -> "TAX_NOTICE".equals(e.get("step").asText()));
        assertThat(assigned.get("agency").asText()).isEqualTo(TAX_OFFICE);
        String taxTask = assigned.get("taskId").asText();
        reply(kafka, d, taskCompleted(taxTask, d, "REQUEST_PAYMENT", "\"amount\": 12500000, \"currency\": \"VND\""));
        await().atMost(Duration.ofSeconds(30)).until(() -> "AWAITING_PAYMENT".equals(caseStatus(d)));
        JsonNode payment = events(kafka, d, EventType.PAYMENT_REQUESTED, 1).get(0);
        assertThat(payment.get("amount").asLong()).isEqualTo(12_500_000L);
        assertThat(payment.get("nationalStatusCode").asInt()).isEqualTo(6);

        as(centreStaff(RECEIVING_CENTRE)).contentType(ContentType.JSON).body("{\"reference\": \"BL-2026-0001\"}")
                .post("/api/v1/cases/{id}/payment", d.id()).then().statusCode(200).body("status", equalTo("IN_PROCESS"));
        JsonNode resumed = events(kafka, d, EventType.PROCESSING_RESUMED, 1).get(0);
        assertThat(resumed.get("pauseReason").asText()).isEqualTo("PAYMENT");
        assertThat(OffsetDateTime.parse(resumed.get("newDueAt").asText()))
                .isAfterOrEqualTo(OffsetDateTime.parse(resumed.get("oldDueAt").asText()));

        String approval = taskCompleted(taxTask, d, "APPROVE", "\"resultData\": {\"taxNoticeNumber\": \"TB-77\"}");
        String replyId = reply(kafka, d, approval);
        reply(kafka, d, replyId, approval);
        String update = openTask(d, LAND_OFFICE, "UPDATE_CERTIFICATE");
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(replyId));

        complete(LAND_OFFICE, update, "{\"outcome\": \"APPROVE\", \"resultData\": {\"landParcelNumber\": \"12\"}}")
                .statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("resultData.landCertificateNumber"))
                .body("violations.field", hasItem("resultData.transfereeName"));
        complete(LAND_OFFICE, update, """
                {"outcome": "APPROVE", "resultData": {"landCertificateNumber": "DD 123456",
                 "landParcelNumber": "12", "mapSheetNumber": "7", "transfereeName": "Nguyễn Văn Đông"}}""")
                .statusCode(200);
        JsonNode decided = events(kafka, d, EventType.DOSSIER_DECIDED, 1).get(0);
        assertThat(decided.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("finishedStatus").asText()).isIn("EARLY", "ON_TIME");
        assertThat(decided.get("resultData").get("landCertificateNumber").asText()).isEqualTo("DD 123456");
        assertThat(decided.get("decidedBy").asText()).isEqualTo(LAND_OFFICE);
        assertThat(caseStatus(d)).isEqualTo("DECIDED");

        // a reply for a finished task goes to the dead-letter topic with the reason
        String late = reply(kafka, d, taskCompleted(taxTask, d, "APPROVE", ""));
        List<ConsumerRecord<String, String>> dead = kafka.awaitRecords(ProcessingFixtures.PARTNER_DEAD_LETTERS,
                r -> late.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).contains("DONE");
        // it came after the redelivered approval on the same partition, which was applied once
        List<ConsumerRecord<String, String>> taxSteps = kafka.awaitSettled(ProcessingFixtures.PROCESSING,
                r -> d.id().toString().equals(TestKafka.header(r, "ce_subject"))
                        && EventType.STEP_COMPLETED.ceType().equals(TestKafka.header(r, "ce_type"))
                        && r.value().contains("TAX_NOTICE"), Duration.ofSeconds(30));
        assertThat(taxSteps).hasSize(1);
    }

    @Test
    void a_deciding_approval_with_result_data_that_cannot_be_issued_is_refused_field_by_field_and_decides_nothing() {
        Dossier d = newDossier();
        submit(kafka, d, "P12", WARD_COMMITTEE);
        approve(d, WARD_COMMITTEE, "RECEIVE_CHECK");
        approve(d, WARD_COMMITTEE, "APPRAISE_SITE");
        String sign = openTask(d, WARD_COMMITTEE, "APPROVE_SIGN");
        LocalDate today = LocalDate.now(ResultDataRules.PROVINCE);

        complete(WARD_COMMITTEE, sign, """
                {"outcome": "APPROVE", "resultData": {"permitNumber": "12/GPXD",
                 "ownerPersonalId": "79226000888", "validUntil": "%s"}}""".formatted(today.minusDays(1)))
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("invalid-result-data"))
                .body("violations.field", contains("resultData.ownerPersonalId", "resultData.validUntil"))
                .body("violations[1].message", containsString(today.minusDays(1).toString()));
        // nothing was decided: the step is still open and the dossier in process
        assertThat(caseStatus(d)).isEqualTo("IN_PROCESS");
        assertThat(openTask(d, WARD_COMMITTEE, "APPROVE_SIGN")).isEqualTo(sign);

        complete(WARD_COMMITTEE, sign, """
                {"outcome": "APPROVE", "resultData": {"permitNumber": "12/GPXD",
                 "ownerPersonalId": "079226000888", "validUntil": "%s"}}""".formatted(today.plusYears(1)))
                .statusCode(200);
        JsonNode decided = events(kafka, d, EventType.DOSSIER_DECIDED, 1).get(0);
        assertThat(decided.get("resultData").get("validUntil").asText()).isEqualTo(today.plusYears(1).toString());
    }

    @Test
    void a_supplement_request_pauses_the_clock_until_the_applicant_supplements() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        complete(WARD_POLICE, task, "{\"outcome\": \"REQUEST_SUPPLEMENT\"}").statusCode(400)
                .body("violations.field", hasItem("missingItems"));
        complete(WARD_POLICE, task, """
                {"outcome": "REQUEST_SUPPLEMENT",
                 "missingItems": ["Giấy tờ chứng minh chỗ ở hợp pháp"]}""").statusCode(200);
        assertThat(caseStatus(d)).isEqualTo("SUPPLEMENT_REQUESTED");
        JsonNode requested = events(kafka, d, EventType.SUPPLEMENT_REQUESTED, 1).get(0);
        assertThat(requested.get("round").asInt()).isEqualTo(1);
        assertThat(requested.get("nationalStatusCode").asInt()).isEqualTo(5);
        // nothing moves while the dossier waits for the applicant
        complete(WARD_POLICE, task, "{\"outcome\": \"APPROVE\"}").statusCode(409);

        String supplemented = """
                {"dossierId": "%s", "dossierCode": "%s", "round": 1, "supplementedAt": "%s",
                 "components": [{"code": "LAWFUL_RESIDENCE_PROOF", "digitizationState": 1, "source": "UPLOAD"}]}
                """.formatted(d.id(), d.code(), EventTimes.now());
        ContractValidator.shared().requireValid(EventType.DOSSIER_SUPPLEMENTED, supplemented);
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_SUPPLEMENTED, d.id(), supplemented);
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROCESS".equals(caseStatus(d)));
        assertThat(events(kafka, d, EventType.PROCESSING_RESUMED, 1).get(0).get("pauseReason").asText())
                .isEqualTo("SUPPLEMENT");
        complete(WARD_POLICE, task, "{\"outcome\": \"APPROVE\"}").statusCode(200);
        openTask(d, WARD_POLICE, "APPRAISE");
    }

    @Test
    void a_rejection_ends_the_dossier_with_its_reason() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        complete(WARD_POLICE, task, "{\"outcome\": \"REJECT\"}").statusCode(400)
                .body("violations.field", hasItem("note"));
        complete(WARD_POLICE, task, "{\"outcome\": \"REJECT\", \"note\": \"Không thuộc địa bàn\"}")
                .statusCode(200);
        JsonNode decided = events(kafka, d, EventType.DOSSIER_DECIDED, 1).get(0);
        assertThat(decided.get("decision").asText()).isEqualTo("REJECTED");
        assertThat(decided.get("reason").asText()).isEqualTo("Không thuộc địa bàn");
        assertThat(caseStatus(d)).isEqualTo("DECIDED");
        as(officer(WARD_POLICE)).queryParam("agency", WARD_POLICE).queryParam("status", "OPEN").get("/api/v1/tasks").then()
                .statusCode(200).body("items.findAll { it.dossierId == '" + d.id() + "' }.size()", equalTo(0));
    }

    @Test
    void a_withdrawal_cancels_the_open_tasks_and_a_stop_ends_processing() {
        Dossier withdrawn = newDossier();
        submit(kafka, withdrawn, "P2", WARD_POLICE);
        String task = openTask(withdrawn, WARD_POLICE, "RECEIVE_CHECK");
        String data = """
                {"dossierId": "%s", "dossierCode": "%s", "reason": "Nộp nhầm", "withdrawnAt": "%s",
                 "status": "WITHDRAWN", "nationalStatusCode": 7}""".formatted(withdrawn.id(), withdrawn.code(),
                EventTimes.now());
        kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_WITHDRAWN, withdrawn.id(), data);
        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(caseStatus(withdrawn)));
        as(officer(WARD_POLICE)).get("/api/v1/tasks/{id}", task).then().body("status", equalTo("CANCELLED"));
        assertThat(events(kafka, withdrawn, EventType.TASK_CANCELLED, 1).get(0).get("taskId").asText()).isEqualTo(task);

        // withdrawn while it waited for the centre's acceptance: it never reached processing, nothing to close
        Dossier neverAccepted = newDossier();
        String early = kafka.sendEvent(ProcessingFixtures.DOSSIERS, EventType.DOSSIER_WITHDRAWN, neverAccepted.id(), """
                {"dossierId": "%s", "dossierCode": "%s", "reason": "Nộp nhầm", "withdrawnAt": "%s",
                 "status": "WITHDRAWN", "nationalStatusCode": 7}""".formatted(neverAccepted.id(), neverAccepted.code(),
                EventTimes.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessingFixtures.processed(early));
        assertThat(kafka.records(ProcessingFixtures.DOSSIERS + ".dlq",
                r -> neverAccepted.id().toString().equals(TestKafka.header(r, "ce_subject")))).isEmpty();
        assertThat(caseStatus(neverAccepted)).isNull();

        Dossier stopped = newDossier();
        submit(kafka, stopped, "P2", WARD_POLICE);
        String stoppedTask = openTask(stopped, WARD_POLICE, "RECEIVE_CHECK");
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("{\"reason\": \"Có tranh chấp\"}")
                .post("/api/v1/cases/{id}/stop", stopped.id()).then().statusCode(200).body("status", equalTo("STOPPED"));
        JsonNode stop = events(kafka, stopped, EventType.PROCESSING_STOPPED, 1).get(0);
        assertThat(stop.get("nationalStatusCode").asInt()).isEqualTo(8);
        assertThat(stop.get("stoppedBy").asText()).isEqualTo(userOf("leader", WARD_POLICE));
        as(officer(WARD_POLICE)).get("/api/v1/tasks/{id}", stoppedTask).then().body("status", equalTo("CANCELLED"));
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .post("/api/v1/cases/{id}/stop", stopped.id()).then().statusCode(409);
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/api/v1/cases/{id}/stop", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void an_instant_procedure_is_done_in_one_call_at_the_counter() {
        Dossier d = newDossier();
        submit(kafka, d, "P13", WARD_COMMITTEE);
        await().atMost(Duration.ofSeconds(30)).until(() -> as(centreStaff(RECEIVING_CENTRE))
                .get("/api/v1/cases/{id}", d.id()).statusCode() == 200);
        assertThat(caseStatus(d)).isEqualTo("AT_COUNTER");
        as(centreStaff(RECEIVING_CENTRE)).contentType(ContentType.JSON).body("{\"resultData\": {}}")
                .post("/api/v1/cases/{id}/fast-lane", d.id()).then().statusCode(422)
                .body("violations.field", hasItem("resultData.certificationNumber"));
        as(centreStaff(RECEIVING_CENTRE)).contentType(ContentType.JSON).body("""
                {"resultData": {"certificationNumber": "CT-2026-77", "originalDocumentType": "Bằng tốt nghiệp",
                 "pageCount": 2}}""")
                .post("/api/v1/cases/{id}/fast-lane", d.id()).then().statusCode(200).body("status", equalTo("DECIDED"));
        JsonNode decided = events(kafka, d, EventType.DOSSIER_DECIDED, 1).get(0);
        assertThat(decided.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("resultKind").asText()).isEqualTo("CERTIFIED_COPY");
    }

    @Test
    void the_inbox_pages_oldest_due_first_and_refuses_bad_parameters() {
        Dossier a = newDossier();
        Dossier b = newDossier();
        submit(kafka, a, "P2", WARD_POLICE);
        submit(kafka, b, "P2", WARD_POLICE);
        openTask(a, WARD_POLICE, "RECEIVE_CHECK");
        openTask(b, WARD_POLICE, "RECEIVE_CHECK");
        List<String> dues = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = as(officer(WARD_POLICE)).queryParam("agency", WARD_POLICE).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/tasks").then().statusCode(200).extract().jsonPath();
            dues.addAll(page.getList("items.dueAt"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        List<OffsetDateTime> parsed = dues.stream().map(OffsetDateTime::parse).toList();
        for (int i = 1; i < parsed.size(); i++) {
            assertThat(parsed.get(i)).isAfterOrEqualTo(parsed.get(i - 1));
        }
        as(officer(WARD_POLICE)).queryParam("status", "LOST").queryParam("limit", 500).get("/api/v1/tasks").then()
                .statusCode(400).body("violations.field", hasItem("status")).body("violations.field", hasItem("limit"));
        as(officer(WARD_POLICE)).queryParam("cursor", "zzz").get("/api/v1/tasks").then().statusCode(400);
        as(officer(WARD_POLICE)).get("/api/v1/tasks/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Form 05: every handover of the dossier, when, its due date, when done and whether on time. */
    @Test
    void the_process_control_slip_lists_every_handover() throws Exception {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        approve(d, WARD_POLICE, "RECEIVE_CHECK");
        openTask(d, WARD_POLICE, "APPRAISE");
        byte[] pdf = as(officer(WARD_POLICE)).get("/api/v1/cases/{id}/control-slip", d.id()).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = vn.onestop.platform.testing.PdfReading.text(pdf);
        assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ").contains(d.code())
                .contains("Đúng hạn").contains("Đang xử lý").contains(WARD_POLICE);
        // not for an agency with no step in it, nor for a citizen
        as(officer(TAX_OFFICE)).get("/api/v1/cases/{id}/control-slip", d.id()).then().statusCode(404);
        as(vn.onestop.platform.testing.Tokens.citizen("096185000321"))
                .get("/api/v1/cases/{id}/control-slip", d.id()).then().statusCode(403);
    }
}
