package vn.onestop.results.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.ManagementPort;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.results.testing.Decisions;
import vn.onestop.results.testing.Decisions.Decision;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.operator;
import static vn.onestop.results.testing.Decisions.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A decision whose data cannot make a valid result is not dead-lettered: the result is blocked, in
 * view (ResultBlocked, the operators' list, the gauge), until a correction issues it, once.
 */
@QuarkusTest
class BlockedResultTest {

    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static Predicate<ConsumerRecord<String, String>> event(EventType type, UUID dossierId) {
        return r -> dossierId.toString().equals(TestKafka.header(r, "ce_subject"))
                && type.ceType().equals(TestKafka.header(r, "ce_type"));
    }

    private static void correct(Decision decision, Map<String, Object> data) throws Exception {
        String json = JSON.writeValueAsString(Map.of("dossierId", decision.dossierId().toString(),
                "dossierCode", decision.code(), "procedureId", decision.procedureId(),
                "correctedAt", EventTimes.now(), "correctedBy", "chu-tich-xa",
                "resultData", data));
        ContractValidator.shared().requireValid(EventType.RESULT_DATA_CORRECTED, json);
        kafka.sendEvent(Decisions.DECISIONS, EventType.RESULT_DATA_CORRECTED, decision.dossierId(), json);
    }

    private static JsonNode blocked(Decision decision, int attempt) throws Exception {
        List<ConsumerRecord<String, String>> blocked = kafka.awaitRecords(Decisions.RESULTS,
                event(EventType.RESULT_BLOCKED, decision.dossierId()).and(r -> attemptOf(r) == attempt),
                Duration.ofSeconds(30));
        ContractValidator.shared().requireValid(EventType.RESULT_BLOCKED, blocked.get(0).value());
        return JSON.readTree(blocked.get(0).value());
    }

    private static int attemptOf(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("attempt").asInt();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_decision_that_cannot_be_issued_is_blocked_in_view_and_its_correction_issues_exactly_one_result()
            throws Exception {
        LocalDate today = LocalDate.now(PROVINCE);
        Decision permit = Decision.approved(Decisions.uniqueAgency(), 1, "P12", "LICENCE", "Võ Thị Mai", "096185004321",
                Map.of("permitNumber", "77/GPXD", "validUntil", today.minusDays(1).toString()));
        String decisionEventId = kafka.sendEvent(Decisions.DECISIONS, EventType.DOSSIER_DECIDED, permit.dossierId(),
                permit.json());

        JsonNode first = blocked(permit, 1);
        assertThat(first.get("violations").get(0).get("field").asText()).isEqualTo("validUntil");
        assertThat(first.get("reason").asText()).contains("born expired");
        assertThat(first.get("issuer").asText()).isEqualTo(permit.agency());
        asStaff().get("/api/v1/dossiers/{code}/results", permit.code()).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(operator()).get("/api/v1/blocked-results").then().statusCode(200)
                .body("items.dossierCode", hasItem(permit.code()));
        assertThat(ManagementPort.given().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("onestop_results_blocked [1-9]");
        // the decision was handled, not dead-lettered
        assertThat(kafka.awaitSettled(Decisions.RESULTS, event(EventType.RESULT_BLOCKED, permit.dossierId()),
                Duration.ofSeconds(30))).hasSize(1);
        assertThat(kafka.records(Decisions.DECISIONS + ".dlq", r -> decisionEventId.equals(TestKafka.header(r, "ce_id"))))
                .isEmpty();

        // a correction that still cannot be issued: blocked again, with the new reason
        correct(permit, Map.of("permitNumber", "77/GPXD", "validUntil", "27/11/2031"));
        assertThat(blocked(permit, 2).get("reason").asText()).contains("27/11/2031");

        correct(permit, Map.of("permitNumber", "77/GPXD", "validUntil", today.plusYears(1).toString()));
        Map<String, Object> result = permit.awaitResult();
        assertThat(OffsetDateTime.parse((String) result.get("validUntil")))
                .isEqualTo(today.plusYears(1).atTime(23, 59, 59).atZone(PROVINCE).toOffsetDateTime());
        assertThat((String) result.get("number")).startsWith("000001/");
        as(operator()).get("/api/v1/blocked-results").then().statusCode(200)
                .body("items.dossierCode", not(hasItem(permit.code())));

        // the same correction again, and the decision again: still exactly one result
        correct(permit, Map.of("permitNumber", "78/GPXD", "validUntil", today.plusYears(2).toString()));
        permit.send(kafka);
        assertThat(kafka.awaitSettled(Decisions.RESULTS, event(EventType.RESULT_ISSUED, permit.dossierId()),
                Duration.ofSeconds(30))).hasSize(1);
        asStaff().get("/api/v1/dossiers/{code}/results", permit.code()).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1)).body("items[0].data.permitNumber",
                        org.hamcrest.Matchers.equalTo("77/GPXD"));
    }
}
