package vn.onestop.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.platform.testing.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * A decided dossier whose result results-service cannot issue is never lost: the officer gave the
 * health-insurance card of a child under 6 a date of birth seven years ago (a field the procedure
 * does not declare, so processing lets it through; results-service computes from it a validity
 * that already ended). The dossier shows the result blocked and why, in every service; the officer
 * corrects the data; the result is issued exactly once, and nothing is dead-lettered.
 */
class BlockedResultIT extends EndToEndTest {

    private static final String WARD_CENTRE = "002.01.20.H22";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static JsonPath dossier(String code) {
        return as(Tokens.centreStaff(WARD_CENTRE)).baseUri(PackagedPlatform.url("intake-service"))
                .get("/api/v1/dossiers/{code}", code)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_result_that_cannot_be_issued_is_blocked_in_view_and_issued_once_when_corrected() {
        LocalDate today = LocalDate.now(PROVINCE);
        JsonPath submitted = as(Tokens.centreStaff(WARD_CENTRE)).baseUri(PackagedPlatform.url("intake-service")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                        {"procedureId": "P3", "channel": "COUNTER", "receivingAgency": "%s",
                         "applicant": {"type": "CITIZEN", "fullName": "Hồ Thị Lan", "idNumber": "079190004321"},
                         "components": [%s, %s]}""".formatted(WARD_CENTRE, Components.pdf("HEALTH_INSURANCE_FORM"),
                        Components.pdf("BIRTH_CERT")))
                .post("/api/v1/dossiers").then().statusCode(201).extract().jsonPath();
        String id = submitted.getString("id");
        String code = submitted.getString("code");
        String agency = submitted.getString("competentAgency");
        String officer = Tokens.officer(agency);
        String counter = Tokens.centreStaff(WARD_CENTRE);

        Officers.approve(id, agency, "RECEIVE_CHECK", null);
        Officers.approve(id, agency, "APPRAISE", null);
        Officers.approve(id, agency, "ISSUE_CARD", """
                {"healthInsuranceCardNumber": "TE1797922600555", "validFrom": "%s", "childDateOfBirth": "%s"}"""
                .formatted(today, today.minusYears(7)));

        // blocked, in view everywhere, with the reason
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath d = dossier(code);
            assertThat(d.getString("status")).isEqualTo("DECIDED");
            assertThat(d.getString("resultStatus")).isEqualTo("BLOCKED");
            assertThat(d.getString("resultProblem.reason")).contains("childDateOfBirth");
            assertThat(d.getList("timeline.kind", String.class)).contains("RESULT_BLOCKED");
        });
        // each service learns it from its own consumer of the result topic, in its own time
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(officer).baseUri(PackagedPlatform.url("processing-service")).get("/api/v1/cases/{id}", id).then()
                        .statusCode(200).body("resultStatus", equalTo("BLOCKED"))
                        .body("resultProblem.violations.field", hasItem("childDateOfBirth")));
        as(Tokens.operator()).baseUri(PackagedPlatform.url("results-service")).get("/api/v1/blocked-results").then()
                .statusCode(200).body("items.dossierCode", hasItem(code));
        as(counter).baseUri(PackagedPlatform.url("results-service")).get("/api/v1/dossiers/{code}/results", code).then()
                .statusCode(200).body("items", hasSize(0));

        // the officer corrects the whole result data; it is checked like an approval
        as(officer).baseUri(PackagedPlatform.url("processing-service")).contentType(ContentType.JSON).body("""
                        {"resultData": {"healthInsuranceCardNumber": "TE1797922600555", "validFrom": "%s",
                         "childDateOfBirth": "%s"}, "note": "Sai năm sinh"}"""
                        .formatted(today, today.minusYears(1)))
                .post("/api/v1/cases/{id}/result-data", id).then().statusCode(200)
                .body("resultStatus", equalTo("PENDING"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath d = dossier(code);
            assertThat(d.getString("resultStatus")).isEqualTo("ISSUED");
            assertThat(d.getString("result.number")).isNotBlank();
            assertThat(d.getList("timeline.kind", String.class)).contains("RESULT_DATA_CORRECTED", "RESULT_ISSUED");
        });
        as(counter).baseUri(PackagedPlatform.url("results-service")).get("/api/v1/dossiers/{code}/results", code).then()
                .statusCode(200).body("items", hasSize(1))
                .body("items[0].data.childDateOfBirth", equalTo(today.minusYears(1).toString()));
        as(Tokens.operator()).baseUri(PackagedPlatform.url("results-service")).get("/api/v1/blocked-results").then()
                .statusCode(200).body("items.dossierCode", not(hasItem(code)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(officer).baseUri(PackagedPlatform.url("processing-service")).get("/api/v1/cases/{id}", id).then()
                        .body("resultStatus", equalTo("ISSUED")).body("resultProblem", equalTo(null)));
        assertThat(kafka.awaitSettled(PackagedPlatform.TOPIC_PREFIX + EventType.RESULT_ISSUED.topic(),
                r -> id.equals(TestKafka.header(r, "ce_subject"))
                        && EventType.RESULT_ISSUED.ceType().equals(TestKafka.header(r, "ce_type")),
                Duration.ofSeconds(30))).as("ResultIssued exactly once").hasSize(1);
        assertThat(dossier(code).getList("timeline.description", String.class))
                .anySatisfy(t -> assertThat(t).contains("cannot be issued", "childDateOfBirth", "must correct the result data"));
    }
}
