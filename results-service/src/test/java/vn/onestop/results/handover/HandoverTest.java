package vn.onestop.results.handover;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.results.testing.Decisions;
import vn.onestop.results.testing.Decisions.Decision;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static vn.onestop.results.testing.Decisions.asAdmin;
import static vn.onestop.results.testing.Decisions.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** A result is handed over once, through the applicant's channel, with proof; ResultReturned tells the others. */
@QuarkusTest
class HandoverTest {

    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void close() {
        kafka.close();
    }

    static Map<String, Object> issue(String owner, String ownerId) {
        return Decision.approved(Decisions.uniqueAgency(), 1, "P1", "CERTIFICATE", owner, ownerId,
                Map.of("birthCertificateNumber", "55/2026")).sendAndAwait(kafka);
    }

    static Predicate<ConsumerRecord<String, String>> returned(String dossierCode) {
        return record -> EventType.RESULT_RETURNED.ceType().equals(TestKafka.header(record, "ce_type"))
                && record.value().contains(dossierCode);
    }

    @Test
    void a_postal_handover_is_recorded_once_and_announced_as_result_returned() throws Exception {
        Map<String, Object> result = issue("Phạm Thị Dung", "096185000321");
        String id = (String) result.get("id");

        asStaff().contentType("application/json").body("""
                        {"channel": "POSTAL", "receivedBy": "Phạm Thị Dung", "receiverIdNumber": "096185000321",
                         "proof": "EL123456789VN", "handedOverAt": "%s"}""".formatted(
                        OffsetDateTime.now(ZoneOffset.ofHours(7))))
                .post("/api/v1/results/{id}/handover", id).then().statusCode(201)
                .body("resultId", equalTo(id)).body("channel", equalTo("POSTAL"))
                .body("proof", equalTo("EL123456789VN")).body("nationalStatusCode", equalTo(10))
                .body("number", equalTo(result.get("number"))).body("recordedAt", notNullValue())
                .body("handedOverBy", equalTo("centre-staff-000.01.20.h22"));

        List<ConsumerRecord<String, String>> records = kafka.awaitSettled(Decisions.RESULTS,
                returned((String) result.get("dossierCode")), Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> event = records.get(0);
        ContractValidator.shared().requireValid(EventType.RESULT_RETURNED, event.value());
        assertThat(TestKafka.header(event, "ce_source")).isEqualTo("/onestop/results-service");
        assertThat(TestKafka.header(event, "ce_dataschema")).isEqualTo("schemas/result-returned.v1.json");
        Map<?, ?> data = JSON.readValue(event.value(), Map.class);
        assertThat(event.key()).isEqualTo(TestKafka.header(event, "ce_subject")).isEqualTo(data.get("dossierId"));
        assertThat(data.get("resultId")).isEqualTo(id);
        assertThat(data.get("channel")).isEqualTo("POSTAL");
        assertThat(data.get("receivedBy")).isEqualTo("Phạm Thị Dung");
        assertThat(data.get("proof")).isEqualTo("EL123456789VN");
        assertThat(data.get("nationalStatusCode")).isEqualTo(10);

        asStaff().get("/api/v1/results/{id}", id).then().statusCode(200)
                .body("returned.channel", equalTo("POSTAL")).body("returned.receivedBy", equalTo("Phạm Thị Dung"))
                .body("returned.handedOverBy", equalTo("centre-staff-000.01.20.h22"));

        asStaff().contentType("application/json").body("""
                        {"channel": "COUNTER", "receivedBy": "Someone Else", "receiverIdNumber": "001203004567"}""")
                .post("/api/v1/results/{id}/handover", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/already-handed-over"));
        assertThat(kafka.awaitSettled(Decisions.RESULTS, returned((String) result.get("dossierCode")),
                Duration.ofSeconds(10))).as("still one ResultReturned").hasSize(1);
    }

    @Test
    void a_counter_handover_needs_no_proof_and_defaults_to_now() throws Exception {
        Map<String, Object> result = issue("Hoàng Văn Nam", "079088007777");
        asStaff().contentType("application/json").body("""
                        {"channel": "COUNTER", "receivedBy": "Hoàng Văn Nam", "receiverIdNumber": "079088007777"}""")
                .post("/api/v1/results/{id}/handover", result.get("id")).then().statusCode(201)
                .body("channel", equalTo("COUNTER")).body("handedOverAt", notNullValue());
        ConsumerRecord<String, String> event = kafka.awaitRecords(Decisions.RESULTS,
                returned((String) result.get("dossierCode")), Duration.ofSeconds(30)).get(0);
        ContractValidator.shared().requireValid(EventType.RESULT_RETURNED, event.value());
        assertThat(JSON.readValue(event.value(), Map.class).containsKey("proof")).isFalse();
    }

    @Test
    void bad_handovers_are_problems_naming_the_field() {
        Map<String, Object> result = issue("Vũ Thị Thu", "079190000444");
        Object id = result.get("id");
        asStaff().contentType("application/json").body("""
                        {"channel": "EMAIL", "receivedBy": "Vũ Thị Thu", "receiverIdNumber": "079190000444"}""")
                .post("/api/v1/results/{id}/handover", id).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("channel"));
        asStaff().contentType("application/json").body("{\"channel\": \"COUNTER\"}")
                .post("/api/v1/results/{id}/handover", id).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("receivedBy",
                        "receiverIdNumber"));
        asStaff().contentType("application/json").body("""
                        {"channel": "POSTAL", "receivedBy": "Vũ Thị Thu", "receiverIdNumber": "079190000444"}""")
                .post("/api/v1/results/{id}/handover", id).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("proof"));
        asStaff().contentType("application/json").body("""
                        {"channel": "COUNTER", "receivedBy": "Vũ Thị Thu", "receiverIdNumber": "079190000444",
                         "handedOverAt": "2020-01-01T08:00:00+07:00"}""")
                .post("/api/v1/results/{id}/handover", id).then().statusCode(400)
                .body("violations.field", hasItems("handedOverAt"));
        asStaff().contentType("application/json").body("""
                        {"channel": "COUNTER", "receivedBy": "Vũ Thị Thu", "receiverIdNumber": "079190000444",
                         "handedOverAt": "yesterday"}""")
                .post("/api/v1/results/{id}/handover", id).then().statusCode(400)
                .contentType("application/problem+json");
        asStaff().contentType("application/json").body("""
                        {"channel": "COUNTER", "receivedBy": "X", "receiverIdNumber": "079190000444"}""")
                .post("/api/v1/results/{id}/handover", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        // none of these was recorded
        asStaff().get("/api/v1/results/{id}", id).then().body("returned", equalTo(null));
    }

    @Test
    void a_revoked_result_is_not_handed_over() {
        Map<String, Object> result = issue("Mai Văn Tùng", "079088005555");
        Decisions.revoke(result.get("id"), "sai thông tin");
        asStaff().contentType("application/json").body("""
                        {"channel": "ONLINE", "receivedBy": "Mai Văn Tùng", "receiverIdNumber": "079088005555"}""")
                .post("/api/v1/results/{id}/handover", result.get("id")).then().statusCode(409)
                .body("type", equalTo("https://onestop.vn/problems/result-revoked"));
    }
}
