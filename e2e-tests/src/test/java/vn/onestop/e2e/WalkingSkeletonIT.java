package vn.onestop.e2e;

import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.platform.testing.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * One dossier through all four packaged services: intake receives it, processing decides it,
 * results issues the result, rating invites the applicant, and intake's tracking shows it all.
 */
class WalkingSkeletonIT extends EndToEndTest {

    @Test
    void a_dossier_submitted_at_intake_comes_back_with_its_result() {
        String intake = PackagedPlatform.url("intake-service");
        String citizen = Tokens.citizen("096185000321");
        String officer = Tokens.officer("000.01.20.H22");
        String code = as(citizen).baseUri(intake).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"procedureId": "P1", "channel": "ONLINE", "receivingAgency": "002.01.20.H22",
                         "applicant": {"type": "CITIZEN", "fullName": "Phạm Thị Dung", "idNumber": "096185000321"},
                         "components": [%s, %s, %s]}""".formatted(Components.pdf("BIRTH_REGISTRATION_FORM"), Components.pdf("BIRTH_NOTICE"),
                        Components.pdf("REQUESTER_ID")))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201).body("status", equalTo("RECEIVED")).body("nationalStatusCode", equalTo(2))
                .extract().path("code");

        String dossierId = as(citizen).baseUri(intake).get("/api/v1/dossiers/{code}", code).path("id");
        // nobody else sees it: another citizen is told no such dossier exists
        as(Tokens.citizen("096185000999")).baseUri(intake).get("/api/v1/dossiers/{code}", code).then().statusCode(404);
        // the ward's civil-status officer works the three steps of P1 over REST
        String processing = PackagedPlatform.url("processing-service");
        for (String step : List.of("RECEIVE_CHECK", "RECORD_ASSIGN_ID", "SIGN")) {
            String[] task = new String[1];
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                List<Map<String, Object>> items = as(officer).baseUri(processing).queryParam("agency", "000.01.20.H22")
                        .queryParam("status", "OPEN").queryParam("limit", 200).get("/api/v1/tasks")
                        .then().statusCode(200).extract().jsonPath().getList("items");
                task[0] = items.stream().filter(t -> dossierId.equals(t.get("dossierId")) && step.equals(t.get("step")))
                        .map(t -> (String) t.get("id")).findFirst().orElse(null);
                return task[0] != null;
            });
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            String body = !"SIGN".equals(step) ? "{\"outcome\": \"APPROVE\"}" : """
                    {"outcome": "APPROVE", "resultData": {"birthCertificateNumber": "123/%d",
                     "childPersonalId": "096226000123", "childFullName": "Phạm Minh Khôi", "childDateOfBirth": "%s"}}"""
                    .formatted(today.getYear(), today.minusDays(6));
            as(officer).baseUri(processing).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/tasks/{id}/complete", task[0]).then().statusCode(200)
                    .body("completedBy", equalTo("officer-000.01.20.h22"));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(citizen).baseUri(intake).get("/api/v1/dossiers/{code}", code).then().statusCode(200)
                        .body("status", equalTo("DECIDED"))
                        .body("nationalStatusCode", equalTo(9))
                        .body("result.number", notNullValue())
                        .body("timeline.kind", hasItems("RECEIVED", "IN_PROCESS", "STEP_COMPLETED", "DECIDED",
                                "RESULT_ISSUED")));
        String resultNumber = as(citizen).baseUri(intake).get("/api/v1/dossiers/{code}", code).path("result.number");

        as(citizen).baseUri(PackagedPlatform.url("results-service")).get("/api/v1/dossiers/{code}/results", code)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].number", equalTo(resultNumber))
                .body("items[0].ownerIdNumber", equalTo("096185000321"));
        as(officer).baseUri(PackagedPlatform.url("processing-service")).get("/api/v1/cases/{id}", dossierId)
                .then().statusCode(200).body("decision", equalTo("APPROVED")).body("finishedStatus", notNullValue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(citizen).baseUri(PackagedPlatform.url("rating-service"))
                        .get("/api/v1/dossiers/{code}/rating-invitation", code)
                        .then().statusCode(200).body("dossierId", equalTo(dossierId)));

        // A partner agency reading the public topics sees each step once, each valid per contract.
        for (EventType type : List.of(EventType.DOSSIER_SUBMITTED, EventType.PROCESSING_STARTED,
                EventType.DOSSIER_DECIDED, EventType.RESULT_ISSUED)) {
            List<ConsumerRecord<String, String>> events = kafka.awaitSettled(PackagedPlatform.TOPIC_PREFIX + type.topic(),
                    TestKafka.subject(UUID.fromString(dossierId))
                            .and(r -> type.ceType().equals(TestKafka.header(r, "ce_type"))), Duration.ofSeconds(30));
            assertThat(events).as(type.eventName()).hasSize(1);
            assertThat(TestKafka.header(events.get(0), "ce_type")).isEqualTo(type.ceType());
            ContractValidator.shared().requireValid(type, events.get(0).value());
        }
    }

    @Test
    void every_service_serves_its_openapi_document_and_metrics() {
        for (String service : List.of("intake-service", "processing-service", "results-service", "rating-service")) {
            given().baseUri(PackagedPlatform.managementUrl(service)).get("/q/openapi?format=json").then().statusCode(200)
                    .body("openapi", notNullValue());
            given().baseUri(PackagedPlatform.managementUrl(service)).get("/q/metrics").then().statusCode(200);
            given().baseUri(PackagedPlatform.managementUrl(service)).get("/q/health/live").then().statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }
}
