package vn.onestop.processing.degraded;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.ManagementPort;
import vn.onestop.platform.testing.SlowRequest;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.platform.testing.Tokens;
import vn.onestop.processing.ProcessingFixtures.Dossier;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.processing.ProcessingFixtures.LAND_OFFICE;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.submit;

/**
 * The service when its database goes away and comes back, and when more requests arrive than it
 * takes at once (issue 13, degraded dependencies and overload).
 */
@QuarkusTest
@TestProfile(DegradedProfile.class)
class DegradedDependenciesTest {

    private static final TestKafka kafka = new TestKafka();

    @TestHTTPResource("/")
    URL root;

    @AfterEach
    void databaseBack() {
        DegradedProfile.DatabaseBehindProxy.proxy.restore();
    }

    @Test
    void without_its_database_the_service_is_not_ready_answers_503_with_retry_after_and_events_wait_then_all_resumes() {
        awaitReady();
        double waitedBefore = metric("onestop_events_consumed_total", "outcome=\"waited-for-database\"");

        DegradedProfile.DatabaseBehindProxy.proxy.cut();

        // readiness says so, liveness does not (restarting the process would not bring the database back)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                ManagementPort.given().get("/q/health/ready").then().statusCode(503));
        ManagementPort.given().get("/q/health/live").then().statusCode(200);
        // a request that needs the database: 503 problem with Retry-After, no stack trace
        Response refused = as(Tokens.officer(LAND_OFFICE)).queryParam("agency", LAND_OFFICE).get("/api/v1/tasks");
        refused.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://onestop.vn/problems/unavailable"))
                .body("detail", startsWith("the service cannot reach its database"));
        assertThat(refused.asString()).doesNotContain("Exception").doesNotContain("\tat ");

        // an event arriving now waits for the database, well past its attempts, instead of being dead-lettered
        Dossier dossier = newDossier();
        submit(kafka, dossier, "P10", LAND_OFFICE);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                metric("onestop_events_consumed_total", "outcome=\"waited-for-database\"") >= waitedBefore + 4);
        // an outage longer than the Kafka connector's own limit on a record's wait (60 s by default,
        // which closed the consumer for good): the service stays alive and keeps the record
        await().during(Duration.ofSeconds(65)).atMost(Duration.ofSeconds(90)).until(() ->
                ManagementPort.given().get("/q/health/live").statusCode() == 200);

        DegradedProfile.DatabaseBehindProxy.proxy.restore();

        awaitReady();
        as(Tokens.officer(LAND_OFFICE)).queryParam("agency", LAND_OFFICE).get("/api/v1/tasks").then().statusCode(200);
        assertThat(openTask(dossier, LAND_OFFICE, "RECEIVE_CHECK")).as("the case opened from the event that waited")
                .isNotNull();
        assertThat(kafka.deadLetters("processing-test.")).noneMatch(letter -> letter.contains(dossier.id().toString()));
    }

    @Test
    void beyond_the_requests_it_takes_at_once_the_service_answers_503_with_retry_after_at_once() {
        awaitReady();
        double shedBefore = metric("onestop_http_shed_total", "");
        String token = Tokens.officer(LAND_OFFICE);
        List<SlowRequest> held = new ArrayList<>();
        try {
            // requests whose bodies are still on their way: each is in progress until its body ends
            for (int i = 0; i < DegradedProfile.MAX_IN_FLIGHT; i++) {
                held.add(SlowRequest.post(root + "api/v1/tasks/" + UUID.randomUUID() + "/complete", token,
                        "{\"outcome\": \"APPROVE\"}"));
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metric("onestop_http_in_flight", ""))
                    .as("API requests in progress").isEqualTo(DegradedProfile.MAX_IN_FLIGHT));

            Response shed = as(token).queryParam("agency", LAND_OFFICE).get("/api/v1/tasks");

            shed.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                    .body("type", equalTo("https://onestop.vn/problems/overloaded"))
                    .body("instance", equalTo("/api/v1/tasks"));
            assertThat(metric("onestop_http_shed_total", "")).isEqualTo(shedBefore + 1);
            // health and metrics stay reachable on the management port while the API sheds load
            ManagementPort.given().get("/q/health/live").then().statusCode(200);

            for (SlowRequest request : held) {
                assertThat(SlowRequest.status(request.finish())).as("a held request, once its body arrived")
                        .isEqualTo(404);
            }
        } finally {
            held.forEach(SlowRequest::close);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("onestop_http_in_flight", "") == 0);
        as(token).queryParam("agency", LAND_OFFICE).get("/api/v1/tasks").then().statusCode(200);
    }

    private static void awaitReady() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                ManagementPort.given().get("/q/health/ready").then().statusCode(200));
    }

    /** The sum of a Prometheus metric's samples whose labels contain {@code labels} (all when empty). */
    private static double metric(String name, String labels) {
        String text = ManagementPort.given().get("/q/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        for (String line : text.split("\n")) {
            if ((line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(labels)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
