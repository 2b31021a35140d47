package vn.onestop.intake.dossier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.IntakeFixtures;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.onestop.intake.IntakeFixtures.pdf;

/** Intake shows what processing does: status and national code, pauses, the new promise, notifications. */
@QuarkusTest
class ProcessingTrackingTest {

    @jakarta.inject.Inject
    vn.onestop.intake.dossier.service.SupplementDeadlines deadlines;

    private static final String PROCESSING = "intake-test.onestop.processing.events.v1";
    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** The applicant, who tracks the dossier and answers the supplement request. */
    private static final String APPLICANT = "079088005555";

    private static io.restassured.specification.RequestSpecification applicant() {
        return as(citizen(APPLICANT));
    }

    private void send(EventType type, UUID id, String json) {
        ContractValidator.shared().requireValid(type, json);
        kafka.sendEvent(PROCESSING, type, id, json);
    }

    private static String now() {
        return EventTimes.now();
    }

    private static String iso(OffsetDateTime time) {
        return EventTimes.rfc3339(time);
    }

    @Test
    void a_supplement_round_from_request_to_resumption() throws Exception {
        var created = IntakeFixtures.submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration(APPLICANT))
                .then().statusCode(201).extract();
        String code = created.path("code");
        UUID id = UUID.fromString(created.path("id"));
        String due = created.path("dueAt");

        applicant().contentType(ContentType.JSON).body("{\"components\": [" + pdf("MARRIAGE_CERT") + "]}")
                .post("/api/v1/dossiers/{code}/supplements", code).then().statusCode(409)
                .body("type", equalTo("https://onestop.vn/problems/no-supplement-requested"));

        send(EventType.PROCESSING_STARTED, id, """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "P1", "startedAt": "%s", "dueAt": "%s",
                 "status": "IN_PROCESS", "nationalStatusCode": 4,
                 "steps": [{"step": "RECEIVE_CHECK", "name": "Tiếp nhận", "agency": "000.01.20.H22", "parallelGroup": 1}]}
                """.formatted(id, code, now(), due));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> applicant().get("/api/v1/dossiers/{code}", code).then()
                .body("status", equalTo("IN_PROCESS")).body("nationalStatusCode", equalTo(4)));

        String deadline = iso(OffsetDateTime.now(ZoneOffset.UTC).plusDays(7));
        send(EventType.SUPPLEMENT_REQUESTED, id, """
                {"dossierId": "%s", "dossierCode": "%s", "round": 1, "missingItems": ["Giấy chứng nhận kết hôn"],
                 "applicantDeadline": "%s", "requestedAt": "%s", "requestedBy": "officer-1",
                 "status": "SUPPLEMENT_REQUESTED", "nationalStatusCode": 5}""".formatted(id, code, deadline, now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> applicant().get("/api/v1/dossiers/{code}", code).then()
                .body("status", equalTo("SUPPLEMENT_REQUESTED")).body("nationalStatusCode", equalTo(5))
                .body("timeline.kind", hasItem("SUPPLEMENT_REQUESTED")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> applicant().get("/api/v1/dossiers/{code}/notifications", code)
                .then().statusCode(200).body("items.kind", hasItem("SUPPLEMENT_REQUESTED")));

        applicant().contentType(ContentType.JSON).body("{\"components\": [" + pdf("LAND_RIGHT_CERT") + "]}")
                .post("/api/v1/dossiers/{code}/supplements", code).then().statusCode(422)
                .body("violations.field", hasItem("components.LAND_RIGHT_CERT"));
        applicant().contentType(ContentType.JSON).body("{\"components\": [" + pdf("MARRIAGE_CERT") + "]}")
                .post("/api/v1/dossiers/{code}/supplements", code).then().statusCode(200)
                .body("components.find { it.code == 'MARRIAGE_CERT' }.round", equalTo(1))
                .body("timeline.kind", hasItem("SUPPLEMENTED"));
        applicant().contentType(ContentType.JSON).body("{\"components\": [" + pdf("MARRIAGE_CERT") + "]}")
                .post("/api/v1/dossiers/{code}/supplements", code).then().statusCode(409);
        List<ConsumerRecord<String, String>> supplemented = kafka.awaitRecords("intake-test.onestop.dossier.events.v1",
                r -> id.toString().equals(TestKafka.header(r, "ce_subject"))
                        && EventType.DOSSIER_SUPPLEMENTED.ceType().equals(TestKafka.header(r, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(supplemented).hasSize(1);
        ContractValidator.shared().requireValid(EventType.DOSSIER_SUPPLEMENTED, supplemented.get(0).value());

        String newDue = iso(OffsetDateTime.parse(due).plusHours(3).withOffsetSameInstant(ZoneOffset.UTC));
        send(EventType.PROCESSING_RESUMED, id, """
                {"dossierId": "%s", "dossierCode": "%s", "pauseReason": "SUPPLEMENT", "pausedFrom": "%s",
                 "resumedAt": "%s", "oldDueAt": "%s", "newDueAt": "%s", "status": "IN_PROCESS",
                 "nationalStatusCode": 4}""".formatted(id, code, now(), now(), due, newDue));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> applicant().get("/api/v1/dossiers/{code}", code).then()
                .body("status", equalTo("IN_PROCESS")));
        assertThat(OffsetDateTime.parse(applicant().get("/api/v1/dossiers/{code}", code).path("dueAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(newDue).toInstant());

        applicant().get("/api/v1/dossiers/{code}/apology-letter", code).then().statusCode(409)
                .body("type", equalTo("https://onestop.vn/problems/no-apology"));
        String apologyDue = iso(OffsetDateTime.parse(newDue).plusDays(2));
        send(EventType.APOLOGY_ISSUED, id, """
                {"dossierId": "%s", "dossierCode": "%s", "oldDueAt": "%s", "newDueAt": "%s", "reason": "Cần xác minh",
                 "issuedAt": "%s", "issuedBy": "chairman", "late": false}""".formatted(id, code, newDue, apologyDue, now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> applicant().get("/api/v1/dossiers/{code}/notifications", code)
                .then().body("items.kind", hasItem("APOLOGY_NEW_DATE")));
        assertThat(OffsetDateTime.parse(applicant().get("/api/v1/dossiers/{code}", code).path("dueAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(apologyDue).toInstant());
        // the letter (form 04) as the agency issued it: the reason, the new date in the province's time
        String letter = vn.onestop.platform.testing.PdfReading.text(applicant().get("/api/v1/dossiers/{code}/apology-letter", code)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertThat(letter).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ").contains(code).contains("Cần xác minh")
                .contains(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(OffsetDateTime
                        .parse(apologyDue).atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
                .contains("chairman");
    }

    @Test
    void a_supplement_after_its_deadline_is_refused_and_stores_nothing() throws Exception {
        var created = IntakeFixtures.submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration(APPLICANT))
                .then().statusCode(201).extract();
        String code = created.path("code");
        UUID id = UUID.fromString(created.path("id"));
        String passed = iso(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        send(EventType.SUPPLEMENT_REQUESTED, id, """
                {"dossierId": "%s", "dossierCode": "%s", "round": 1, "missingItems": ["Giấy chứng nhận kết hôn"],
                 "applicantDeadline": "%s", "requestedAt": "%s", "requestedBy": "officer-1",
                 "status": "SUPPLEMENT_REQUESTED", "nationalStatusCode": 5}""".formatted(id, code, passed,
                iso(OffsetDateTime.now(ZoneOffset.UTC).minusDays(7))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> applicant().get("/api/v1/dossiers/{code}", code).then()
                .body("status", equalTo("SUPPLEMENT_REQUESTED")));

        applicant().contentType(ContentType.JSON).body("{\"components\": [" + pdf("MARRIAGE_CERT") + "]}")
                .post("/api/v1/dossiers/{code}/supplements", code).then().statusCode(409)
                .body("type", equalTo("https://onestop.vn/problems/supplement-deadline-passed"));
        applicant().get("/api/v1/dossiers/{code}", code).then()
                .body("components.find { it.code == 'MARRIAGE_CERT' }", org.hamcrest.Matchers.nullValue())
                .body("timeline.kind", org.hamcrest.Matchers.not(hasItem("SUPPLEMENTED")));

        // intake says the deadline passed, once for the round: at the deadline itself it has not yet
        OffsetDateTime deadline = OffsetDateTime.parse(passed);
        deadlines.scan(deadline.toInstant());
        assertThat(kafka.records("intake-test.onestop.dossier.events.v1", r -> id.toString().equals(
                TestKafka.header(r, "ce_subject")) && EventType.DOSSIER_SUPPLEMENT_EXPIRED.ceType().equals(
                TestKafka.header(r, "ce_type")))).isEmpty();
        deadlines.scan(deadline.plusMinutes(1).toInstant());
        deadlines.scan(deadline.plusMinutes(2).toInstant());
        List<ConsumerRecord<String, String>> expired = kafka.awaitSettled("intake-test.onestop.dossier.events.v1",
                r -> id.toString().equals(TestKafka.header(r, "ce_subject"))
                        && EventType.DOSSIER_SUPPLEMENT_EXPIRED.ceType().equals(TestKafka.header(r, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(expired).hasSize(1);
        ContractValidator.shared().requireValid(EventType.DOSSIER_SUPPLEMENT_EXPIRED, expired.get(0).value());
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(expired.get(0).value()).get("round").asInt())
                .isEqualTo(1);
        applicant().get("/api/v1/dossiers/{code}", code).then().body("timeline.kind", hasItem("SUPPLEMENT_EXPIRED"));
    }
}
