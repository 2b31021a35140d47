package vn.onestop.results.result;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.Metrics;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.results.result.domain.Result;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.onestop.results.testing.Decisions.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ResultIssuingTest {

    private static final String DECISIONS = "results-test.onestop.processing.events.v1";
    private static final String RESULTS = "results-test.onestop.result.events.v1";
    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    static String decided(UUID dossierId, String code, String agency, String decision) {
        String reason = "REJECTED".equals(decision) ? "\"reason\": \"land is under dispute\"," : "";
        String data = """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "P1", "decision": "%s", %s
                 "decidedAt": "%s", "decidedBy": "%s", "status": "DECIDED", "nationalStatusCode": 9,
                 "applicant": {"fullName": "Lê Văn Cường", "idNumber": "079088001236"},
                 "resultData": {"childPersonalId": "079226000123"}}
                """.formatted(dossierId, code, decision, reason, EventTimes.now(), agency);
        ContractValidator.shared().requireValid(EventType.DOSSIER_DECIDED, data);
        return data;
    }

    static long results(UUID dossierId) {
        return QuarkusTransaction.requiringNew().call(() -> Result.count("dossierId", dossierId));
    }

    @Test
    void an_approved_dossier_gets_one_numbered_result_announced_with_a_valid_event() {
        String agency = "000.00.77.T" + (int) (Math.random() * 100000);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        kafka.sendEvent(DECISIONS, EventType.DOSSIER_DECIDED, first, decided(first, agency + "-261126-0001", agency, "APPROVED"));
        kafka.sendEvent(DECISIONS, EventType.DOSSIER_DECIDED, second, decided(second, agency + "-261126-0002", agency, "APPROVED"));

        List<ConsumerRecord<String, String>> issued = kafka.awaitSettled(RESULTS, TestKafka.subject(first), Duration.ofSeconds(30));
        assertThat(issued).hasSize(1);
        ContractValidator.shared().requireValid(EventType.RESULT_ISSUED, issued.get(0).value());
        assertThat(TestKafka.header(issued.get(0), "ce_type")).isEqualTo(EventType.RESULT_ISSUED.ceType());
        kafka.awaitRecords(RESULTS, TestKafka.subject(second), Duration.ofSeconds(30));

        Map<String, Object> one = asStaff().get("/api/v1/dossiers/{code}/results", agency + "-261126-0001").then()
                .statusCode(200).body("items", hasSize(1)).body("nextCursor", equalTo(null))
                .body("items[0].data.childPersonalId", equalTo("079226000123")).extract().path("items[0]");
        Map<String, Object> two = asStaff().get("/api/v1/dossiers/{code}/results", agency + "-261126-0002").then()
                .statusCode(200).extract().path("items[0]");
        // one sequence per issuer, kind and year (of the issue, in the province), without gaps
        int year = SignedResultTest.yearOf(one);
        assertThat(List.of(one.get("number"), two.get("number"))).containsExactlyInAnyOrder(
                "000001/" + year + "/GCN-" + agency, (SignedResultTest.yearOf(two) == year ? "000002/" : "000001/")
                        + SignedResultTest.yearOf(two) + "/GCN-" + agency);

        String id = asStaff().get("/api/v1/dossiers/{code}/results", agency + "-261126-0001").then()
                .extract().path("items[0].id");
        asStaff().get("/api/v1/results/{id}", id).then().statusCode(200).body("kind", equalTo("CERTIFICATE"))
                .body("ownerIdNumber", equalTo("079088001236"));
    }

    @Test
    void a_decision_announced_twice_issues_one_result_and_a_rejection_issues_none() {
        double issued = Metrics.sum("onestop_results_issued_total", "procedure=\"P1\"");
        UUID approved = UUID.randomUUID();
        String data = decided(approved, "H22-261126-0011", "H22", "APPROVED");
        kafka.sendEvent(DECISIONS, EventType.DOSSIER_DECIDED, approved, data);
        String last = kafka.sendEvent(DECISIONS, EventType.DOSSIER_DECIDED, approved, data);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) Result.getEntityManager().createNativeQuery(
                        "select count(*) from processed_event where event_id = ?1").setParameter(1, last)
                        .getSingleResult()).intValue() == 1));
        assertThat(results(approved)).isEqualTo(1);

        UUID rejected = UUID.randomUUID();
        String rejection = kafka.sendEvent(DECISIONS, EventType.DOSSIER_DECIDED, rejected,
                decided(rejected, "H22-261126-0012", "H22", "REJECTED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) Result.getEntityManager().createNativeQuery(
                        "select count(*) from processed_event where event_id = ?1").setParameter(1, rejection)
                        .getSingleResult()).intValue() == 1));
        assertThat(results(rejected)).isZero();
        assertThat(Metrics.sum("onestop_results_issued_total", "procedure=\"P1\"")).as("counted once, when issued")
                .isEqualTo(issued + 1);
        assertThat(Metrics.shows("onestop_outbox_backlog")).isTrue();
    }

    @Test
    void unknown_results_are_problems() {
        asStaff().get("/api/v1/results/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        asStaff().get("/api/v1/dossiers/{code}/results", "NONE-000000-0000").then().statusCode(200)
                .body("items", hasSize(0));
    }
}
