package vn.onestop.processing.casefile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Processing consumes DossierSubmitted from the real broker. These tests also prove the reliable
 * consumer of platform-messaging: duplicates applied once, poison dead-lettered, the next good
 * event still processed, and the produced event valid against its contract.
 */
@QuarkusTest
class CaseOpeningTest {

    private static final String DOSSIERS = "processing-test.onestop.dossier.events.v1";
    private static final String DECISIONS = "processing-test.onestop.processing.events.v1";
    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    static String submitted(UUID dossierId, String code) {
        String data = """
                {"dossierId": "%s", "code": "%s", "procedureId": "P1", "channel": "ONLINE",
                 "receivingAgency": "000.00.01.H22", "competentAgency": "000.00.01.H22",
                 "applicant": {"type": "CITIZEN", "fullName": "Trần Thị Bình", "idNumber": "079088001235"},
                 "status": "RECEIVED", "nationalStatusCode": 2, "receivedAt": "%s"}
                """.formatted(dossierId, code, OffsetDateTime.now(ZoneOffset.UTC));
        ContractValidator.shared().requireValid(EventType.DOSSIER_SUBMITTED, data);
        return data;
    }

    static long outboxRows(UUID dossierId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CaseFile.getEntityManager()
                .createNativeQuery("select count(*) from outbox_event where message_key = ?1")
                .setParameter(1, dossierId.toString()).getSingleResult()).longValue());
    }

    static boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CaseFile.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }

    @Test
    void a_submitted_dossier_opens_a_case_and_is_decided_with_a_valid_event() {
        UUID dossierId = UUID.randomUUID();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED, dossierId, submitted(dossierId, "000.00.01.H22-261126-0001"));

        List<ConsumerRecord<String, String>> decided = kafka.awaitRecords(DECISIONS, TestKafka.subject(dossierId),
                Duration.ofSeconds(30));
        assertThat(decided).hasSize(1);
        ConsumerRecord<String, String> event = decided.get(0);
        assertThat(event.key()).isEqualTo(dossierId.toString());
        assertThat(TestKafka.header(event, "ce_type")).isEqualTo(EventType.DOSSIER_DECIDED.ceType());
        assertThat(TestKafka.header(event, "ce_source")).isEqualTo("/onestop/processing-service");
        ContractValidator.shared().requireValid(EventType.DOSSIER_DECIDED, event.value());

        given().get("/api/v1/cases/{id}", dossierId).then().statusCode(200)
                .body("dossierCode", equalTo("000.00.01.H22-261126-0001"))
                .body("status", equalTo("DECIDED"))
                .body("decision", equalTo("APPROVED"));
    }

    @Test
    void a_redelivered_event_is_applied_once() {
        UUID dossierId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = submitted(dossierId, "000.00.01.H22-261126-0002");
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), eventId, dossierId.toString(), data);
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), eventId, dossierId.toString(), data);
        // The same dossier announced again under a new event id must not open a second case either.
        String secondId = UUID.randomUUID().toString();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), secondId, dossierId.toString(), data);

        // Same key, same partition: once the last one is processed, the duplicate was seen too.
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(secondId));
        assertThat(processed(eventId)).isTrue();
        assertThat(outboxRows(dossierId)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> CaseFile.count("dossierId", dossierId))).isEqualTo(1);
    }

    @Test
    void poison_events_go_to_the_dead_letter_topic_with_a_reason_and_the_next_event_is_processed() {
        UUID dossierId = UUID.randomUUID();
        String notJson = UUID.randomUUID().toString();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), notJson, dossierId.toString(), "{\"dossierId\": ");
        String wrongShape = UUID.randomUUID().toString();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), wrongShape, dossierId.toString(),
                "{\"dossierId\": \"not-a-uuid\"}");
        String missingFields = UUID.randomUUID().toString();
        kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED.ceType(), missingFields, dossierId.toString(),
                "{\"dossierId\": \"" + dossierId + "\"}");
        String good = kafka.sendEvent(DOSSIERS, EventType.DOSSIER_SUBMITTED, dossierId,
                submitted(dossierId, "000.00.01.H22-261126-0003"));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(good));
        given().get("/api/v1/cases/{id}", dossierId).then().statusCode(200).body("decision", equalTo("APPROVED"));

        String dlq = DOSSIERS + ".dlq";
        for (String id : List.of(notJson, wrongShape, missingFields)) {
            List<ConsumerRecord<String, String>> dead = kafka.awaitRecords(dlq,
                    r -> id.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).isNotBlank();
            assertThat(dead.get(0).key()).isEqualTo(dossierId.toString());
            assertThat(processed(id)).isFalse();
        }
    }

    @Test
    void an_unknown_case_is_a_problem_not_an_error() {
        given().get("/api/v1/cases/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/v1/cases/{id}", "not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
