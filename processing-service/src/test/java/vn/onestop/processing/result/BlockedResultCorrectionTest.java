package vn.onestop.processing.result;

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
import vn.onestop.processing.ProcessingFixtures.Dossier;
import vn.onestop.processing.chain.ChainTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.officer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.processing.ProcessingFixtures.PROCESSING;
import static vn.onestop.processing.ProcessingFixtures.WARD_COMMITTEE;
import static vn.onestop.processing.ProcessingFixtures.approve;
import static vn.onestop.processing.ProcessingFixtures.complete;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.submit;
import static vn.onestop.processing.ProcessingFixtures.userOf;

/**
 * An approved dossier whose result results-service could not issue: the case shows the result
 * blocked and why, the deciding agency corrects the data (checked like the approval), and the
 * correction is announced once for results-service to issue the result.
 */
@QuarkusTest
class BlockedResultCorrectionTest {

    private static final String RESULTS = "processing-test.onestop.result.events.v1";
    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String resultStatus(Dossier d) {
        return as(officer(WARD_COMMITTEE)).get("/api/v1/cases/{id}", d.id()).then().statusCode(200)
                .extract().path("resultStatus");
    }

    private static io.restassured.response.ValidatableResponse correct(Dossier d, String resultData) {
        return as(officer(WARD_COMMITTEE)).contentType(ContentType.JSON).body("""
                {"resultData": %s, "note": "Ngày hết hạn ghi nhầm"}""".formatted(resultData))
                .post("/api/v1/cases/{id}/result-data", d.id()).then();
    }

    private static Predicate<ConsumerRecord<String, String>> corrected(Dossier d) {
        return r -> d.id().toString().equals(TestKafka.header(r, "ce_subject"))
                && EventType.RESULT_DATA_CORRECTED.ceType().equals(TestKafka.header(r, "ce_type"));
    }

    @Test
    void a_blocked_result_shows_on_the_case_and_its_corrected_data_is_announced_once() throws Exception {
        Dossier d = newDossier();
        submit(kafka, d, "P12", WARD_COMMITTEE);
        approve(d, WARD_COMMITTEE, "RECEIVE_CHECK");
        approve(d, WARD_COMMITTEE, "APPRAISE_SITE");
        LocalDate today = LocalDate.now(ResultDataRules.PROVINCE);
        complete(WARD_COMMITTEE, openTask(d, WARD_COMMITTEE, "APPROVE_SIGN"), """
                {"outcome": "APPROVE", "resultData": {"permitNumber": "12/GPXD",
                 "validUntil": "%s"}}""".formatted(today)).statusCode(200);
        assertThat(resultStatus(d)).isEqualTo("PENDING");
        // a correction is only for a blocked result
        correct(d, "{\"permitNumber\": \"12/GPXD\"}").statusCode(409).contentType("application/problem+json");

        // results-service could not issue it (its clock passed midnight before it issued, say)
        String blocked = """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "P12", "issuer": "%s", "blockedAt": "%s",
                 "reason": "the result cannot be issued: validUntil gives a validity that ends before the issue",
                 "violations": [{"field": "validUntil", "message": "gives a validity that ends before the issue"}],
                 "attempt": 1}""".formatted(d.id(), d.code(), WARD_COMMITTEE, EventTimes.now());
        ContractValidator.shared().requireValid(EventType.RESULT_BLOCKED, blocked);
        kafka.sendEvent(RESULTS, EventType.RESULT_BLOCKED, d.id(), blocked);
        await().atMost(Duration.ofSeconds(30)).until(() -> "BLOCKED".equals(resultStatus(d)));
        as(officer(WARD_COMMITTEE)).get("/api/v1/cases/{id}", d.id()).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("decision", equalTo("APPROVED"))
                .body("resultProblem.reason", org.hamcrest.Matchers.containsString("validUntil"))
                .body("resultProblem.violations.field", contains("validUntil"));

        // checked like the approval: every field at fault named, nothing announced, still blocked
        correct(d, "{\"validUntil\": \"%s\", \"ownerPersonalId\": \"12\"}".formatted(today.minusDays(1)))
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("invalid-result-data"))
                .body("violations.field", contains("resultData.permitNumber", "resultData.ownerPersonalId",
                        "resultData.validUntil"));
        assertThat(resultStatus(d)).isEqualTo("BLOCKED");

        correct(d, "{\"permitNumber\": \"12/GPXD\", \"validUntil\": \"%s\"}".formatted(today.plusYears(1)))
                .statusCode(200).body("resultStatus", equalTo("PENDING")).body("resultProblem", equalTo(null));
        List<ConsumerRecord<String, String>> announced = kafka.awaitSettled(PROCESSING, corrected(d), Duration.ofSeconds(30));
        assertThat(announced).hasSize(1);
        ContractValidator.shared().requireValid(EventType.RESULT_DATA_CORRECTED, announced.get(0).value());
        JsonNode data = new com.fasterxml.jackson.databind.ObjectMapper().readTree(announced.get(0).value());
        assertThat(data.get("resultData").get("validUntil").asText()).isEqualTo(today.plusYears(1).toString());
        assertThat(data.get("correctedBy").asText()).isEqualTo(userOf("officer", WARD_COMMITTEE));

        // issued: no more corrections
        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, d.id(), ChainTest.resultIssued(d, "P12", "LICENCE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "ISSUED".equals(resultStatus(d)));
        correct(d, "{\"permitNumber\": \"13/GPXD\"}").statusCode(409);
    }
}
