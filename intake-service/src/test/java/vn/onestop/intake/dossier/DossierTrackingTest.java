package vn.onestop.intake.dossier;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.IntakeFixtures;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

/** Intake follows the other services' events: status, result and timeline of a dossier. */
@QuarkusTest
class DossierTrackingTest {

    private static final String PROCESSING = "intake-test.onestop.processing.events.v1";
    private static final String RESULTS = "intake-test.onestop.result.events.v1";
    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** The applicant, who follows the dossier from home. */
    private static final String APPLICANT = "079088001234";

    record Submitted(UUID id, String code) {
    }

    private static io.restassured.specification.RequestSpecification applicant() {
        return as(citizen(APPLICANT));
    }

    private static Submitted submitOne() {
        var response = IntakeFixtures.submit(UUID.randomUUID().toString(),
                IntakeFixtures.birthRegistration(APPLICANT));
        response.then().statusCode(201);
        return new Submitted(UUID.fromString(response.path("id")), response.path("code"));
    }

    private static String decided(Submitted d) {
        String data = """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "P1", "decision": "APPROVED",
                 "decidedAt": "%s", "decidedBy": "000.00.01.H22", "status": "DECIDED", "nationalStatusCode": 9,
                 "applicant": {"fullName": "Nguyễn Văn An", "idNumber": "079088001234"}, "resultData": {}}
                """.formatted(d.id(), d.code(), EventTimes.now());
        ContractValidator.shared().requireValid(EventType.DOSSIER_DECIDED, data);
        return data;
    }

    private static String resultIssued(Submitted d) {
        String data = """
                {"resultId": "%s", "number": "000001/2026/GCN-000.00.01.H22", "kind": "CERTIFICATE",
                 "dossierId": "%s", "dossierCode": "%s", "procedureId": "P1", "issuer": "000.00.01.H22",
                 "issuedAt": "%s", "ownerIdNumber": "079088001234", "nationalStatusCode": 9}
                """.formatted(UUID.randomUUID(), d.id(), d.code(), EventTimes.now());
        ContractValidator.shared().requireValid(EventType.RESULT_ISSUED, data);
        return data;
    }

    @Test
    void decision_and_result_show_on_the_dossier_once_even_when_redelivered() {
        Submitted dossier = submitOne();
        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED, dossier.id(), decided(dossier));
        String resultEventId = UUID.randomUUID().toString();
        String result = resultIssued(dossier);
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED.ceType(), resultEventId, dossier.id().toString(), result);
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED.ceType(), resultEventId, dossier.id().toString(), result);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}", dossier.code()).then().statusCode(200)
                        .body("status", equalTo("DECIDED"))
                        .body("nationalStatusCode", equalTo(9))
                        .body("decision", equalTo("APPROVED"))
                        .body("result.number", equalTo("000001/2026/GCN-000.00.01.H22")));
        // The same result under a new event id (a republished outbox row) is the same result too.
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED.ceType(), UUID.randomUUID().toString(),
                dossier.id().toString(), result);
        // A later event on the same partition (same key) proves both copies have been consumed by then.
        kafka.sendEvent(RESULTS, EventType.RESULT_RETURNED, dossier.id(), returned(dossier, result));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(applicant().get("/api/v1/dossiers/{code}", dossier.code()).then().extract()
                        .jsonPath().getList("timeline.kind", String.class)).contains("RESULT_RETURNED"));
        List<String> kinds = applicant().get("/api/v1/dossiers/{code}", dossier.code()).then().extract()
                .jsonPath().getList("timeline.kind");
        assertThat(kinds).containsExactly("RECEIVED", "DECIDED", "RESULT_ISSUED", "RESULT_RETURNED");
        // one notice per channel of the applicant's, as for the reception, not one per copy of the event
        List<String> notices = applicant().get("/api/v1/dossiers/{code}/notifications", dossier.code()).then().extract()
                .jsonPath().getList("items.kind", String.class);
        assertThat(notices).filteredOn("RECEIVED"::equals).isNotEmpty();
        assertThat(notices).filteredOn("RESULT_READY"::equals)
                .hasSameSizeAs(notices.stream().filter("RECEIVED"::equals).toList());
    }

    private static String returned(Submitted dossier, String issued) {
        String data = """
                {"resultId": "%s", "dossierId": "%s", "dossierCode": "%s", "channel": "POSTAL",
                 "returnedAt": "%s", "receivedBy": "Nguyễn Văn An", "nationalStatusCode": 10}
                """.formatted(io.restassured.path.json.JsonPath.from(issued).getString("resultId"), dossier.id(),
                dossier.code(), EventTimes.now());
        ContractValidator.shared().requireValid(EventType.RESULT_RETURNED, data);
        return data;
    }

    @Test
    void a_blocked_result_shows_on_the_dossier_with_its_reason_until_the_corrected_result_is_issued() {
        Submitted dossier = submitOne();
        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED, dossier.id(), decided(dossier));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}", dossier.code()).then().body("resultStatus", equalTo("PENDING")));
        String blocked = """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "P1", "issuer": "000.00.01.H22",
                 "blockedAt": "%s", "reason": "the result cannot be issued: childDateOfBirth must be a date",
                 "violations": [{"field": "childDateOfBirth", "message": "must be a date (YYYY-MM-DD)"}], "attempt": 1}
                """.formatted(dossier.id(), dossier.code(), EventTimes.now());
        ContractValidator.shared().requireValid(EventType.RESULT_BLOCKED, blocked);
        kafka.sendEvent(RESULTS, EventType.RESULT_BLOCKED, dossier.id(), blocked);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}", dossier.code()).then()
                        .body("status", equalTo("DECIDED"))
                        .body("resultStatus", equalTo("BLOCKED"))
                        .body("resultProblem.reason", containsString("childDateOfBirth"))
                        .body("timeline.kind", hasItem("RESULT_BLOCKED")));
        String corrected = """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "P1", "correctedAt": "%s",
                 "correctedBy": "chu-tich", "note": "Sửa ngày sinh", "resultData": {"childDateOfBirth": "2026-01-02"}}
                """.formatted(dossier.id(), dossier.code(), EventTimes.now());
        ContractValidator.shared().requireValid(EventType.RESULT_DATA_CORRECTED, corrected);
        kafka.sendEvent(PROCESSING, EventType.RESULT_DATA_CORRECTED, dossier.id(), corrected);
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, dossier.id(), resultIssued(dossier));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}", dossier.code()).then()
                        .body("resultStatus", equalTo("ISSUED"))
                        .body("resultProblem", equalTo(null))
                        .body("timeline.kind", hasItem("RESULT_DATA_CORRECTED"))
                        .body("timeline.find { it.kind == 'RESULT_DATA_CORRECTED' }.description", containsString("chu-tich")));
        List<String> kinds = applicant().get("/api/v1/dossiers/{code}", dossier.code()).then().extract()
                .jsonPath().getList("timeline.kind");
        assertThat(kinds).containsSubsequence("DECIDED", "RESULT_BLOCKED", "RESULT_ISSUED");
    }

    @Test
    void a_returned_result_closes_the_dossier_with_national_status_10_and_tells_the_applicant() {
        Submitted dossier = submitOne();
        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED, dossier.id(), decided(dossier));
        String issued = resultIssued(dossier);
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, dossier.id(), issued);
        kafka.sendEvent(RESULTS, EventType.RESULT_RETURNED, dossier.id(), returned(dossier, issued));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}", dossier.code()).then()
                        .body("status", equalTo("RETURNED")).body("nationalStatusCode", equalTo(10)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}/notifications", dossier.code()).then()
                        .body("items.kind", org.hamcrest.Matchers.hasItem("RESULT_RETURNED")));
    }

    @Test
    void a_result_arriving_before_its_decision_does_not_move_the_dossier_backwards() {
        Submitted dossier = submitOne();
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, dossier.id(), resultIssued(dossier));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}", dossier.code()).then()
                        .body("status", equalTo("DECIDED")).body("result.number", equalTo("000001/2026/GCN-000.00.01.H22")));
        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED, dossier.id(), decided(dossier));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}", dossier.code()).then()
                        .body("decision", equalTo("APPROVED")).body("status", equalTo("DECIDED")));
    }

    @Test
    void a_poison_event_is_dead_lettered_with_its_reason_and_the_next_event_is_processed() {
        Submitted dossier = submitOne();
        String poisonId = UUID.randomUUID().toString();
        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED.ceType(), poisonId, dossier.id().toString(), "{not json");
        String unknownTypeId = UUID.randomUUID().toString();
        kafka.sendEvent(PROCESSING, "vn.onestop.dossier.teleported.v1", unknownTypeId, dossier.id().toString(), "{}");
        String strangerId = UUID.randomUUID().toString();
        Submitted stranger = new Submitted(UUID.randomUUID(), "H22-260101-0001");
        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED.ceType(), strangerId, stranger.id().toString(),
                decided(stranger));
        kafka.sendEvent(PROCESSING, EventType.DOSSIER_DECIDED, dossier.id(), decided(dossier));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}", dossier.code()).then().body("decision", equalTo("APPROVED")));

        String dlq = PROCESSING + ".dlq";
        for (String id : List.of(poisonId, unknownTypeId, strangerId)) {
            List<ConsumerRecord<String, String>> dead = kafka.awaitSettled(dlq,
                    r -> id.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).isNotBlank();
            assertThat(TestKafka.header(dead.get(0), "dead-letter-topic")).isEqualTo(PROCESSING);
        }
        List<ConsumerRecord<String, String>> unknown = kafka.awaitRecords(dlq,
                r -> unknownTypeId.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(10));
        assertThat(TestKafka.header(unknown.get(0), "dead-letter-reason")).contains("unknown event type");
        List<ConsumerRecord<String, String>> strangers = kafka.awaitRecords(dlq,
                r -> strangerId.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(10));
        assertThat(TestKafka.header(strangers.get(0), "dead-letter-reason")).contains("unknown dossier");
    }
}
