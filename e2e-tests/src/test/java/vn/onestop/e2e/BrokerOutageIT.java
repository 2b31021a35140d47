package vn.onestop.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * The broker goes away (issue 13, degraded dependencies): intake keeps taking dossiers, their
 * events wait in its outbox, no service is taken out of service or restarted by its probes, and
 * once the broker is back the events flow and the dossiers go on (docs/runbooks/broker-down.md).
 */
class BrokerOutageIT extends EndToEndTest {

    private static final String CITIZEN_ID = "096185000777";

    @Test
    void with_the_broker_down_intake_takes_dossiers_whose_events_flow_when_it_is_back() throws Exception {
        String citizen = Tokens.citizen(CITIZEN_ID);
        List<Received> received = new ArrayList<>();

        PackagedPlatform.testInfrastructure("kafka-down");
        try {
            for (int i = 0; i < 3; i++) {
                received.add(submitBirthRegistration(citizen, CITIZEN_ID));
            }
            // the relay has tried and failed: the broker is really out of reach of the services
            await("intake's relay finds the broker unreachable").atMost(Duration.ofSeconds(90))
                    .untilAsserted(() -> RestAssured.given().baseUri(PackagedPlatform.managementUrl("intake-service"))
                            .get("/q/health/well").then().statusCode(503)
                            .body("checks.find { it.name == 'outbox-broker' }.status", equalTo("DOWN")));
            for (String service : PackagedPlatform.services()) {
                assertThat(health(service, "ready")).as("%s stays ready without the broker", service).isEqualTo(200);
                assertThat(health(service, "live")).as("%s stays alive without the broker", service).isEqualTo(200);
            }
            for (Received dossier : received) {
                assertThat(unpublishedEvents(dossier)).as("events of %s held in intake's outbox", dossier.code())
                        .isPositive();
            }
        } finally {
            PackagedPlatform.testInfrastructure("kafka-up");
        }

        for (Received dossier : received) {
            await("processing took up " + dossier.code()).atMost(Duration.ofSeconds(120))
                    .untilAsserted(() -> as(citizen).baseUri(PackagedPlatform.url("intake-service"))
                            .get("/api/v1/dossiers/{code}", dossier.code()).then().statusCode(200)
                            .body("timeline.kind", hasItem("IN_PROCESS")));
            assertThat(unpublishedEvents(dossier)).as("intake's outbox emptied for %s", dossier.code()).isZero();
        }
        await("intake's relay reaches the broker again").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> RestAssured.given().baseUri(PackagedPlatform.managementUrl("intake-service"))
                        .get("/q/health/well").then().statusCode(200));
        for (String service : PackagedPlatform.services()) {
            assertThat(health(service, "live")).as("%s alive after the outage", service).isEqualTo(200);
            assertThat(health(service, "ready")).as("%s ready after the outage", service).isEqualTo(200);
        }
    }

    private static int health(String service, String group) {
        return RestAssured.given().baseUri(PackagedPlatform.managementUrl(service)).get("/q/health/" + group)
                .statusCode();
    }

    private static int unpublishedEvents(Received dossier) throws SQLException {
        try (Connection connection = PackagedPlatform.connect("intake-service");
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from outbox_event where message_key = ? and published_at is null")) {
            statement.setString(1, dossier.id());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
