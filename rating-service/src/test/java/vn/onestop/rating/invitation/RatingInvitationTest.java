package vn.onestop.rating.invitation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RatingInvitationTest {

    private static final String RESULTS = "rating-test.onestop.result.events.v1";
    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void an_issued_result_invites_the_applicant_to_rate() {
        UUID dossierId = UUID.randomUUID();
        UUID resultId = UUID.randomUUID();
        String code = "H22-261126-" + String.format("%04d", (int) (Math.random() * 9999) + 1);
        String data = """
                {"resultId": "%s", "number": "000001/2026/GCN-H22", "kind": "CERTIFICATE",
                 "dossierId": "%s", "dossierCode": "%s", "procedureId": "P1", "issuer": "H22",
                 "issuedAt": "2026-11-26T03:00:00Z", "ownerIdNumber": "079088001234", "nationalStatusCode": 9}
                """.formatted(resultId, dossierId, code);
        ContractValidator.shared().requireValid(EventType.RESULT_ISSUED, data);
        given().get("/api/v1/dossiers/{code}/rating-invitation", code).then().statusCode(404)
                .contentType("application/problem+json");

        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, dossierId, data);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/dossiers/{code}/rating-invitation", code).then().statusCode(200)
                        .body("dossierId", equalTo(dossierId.toString()))
                        .body("resultId", equalTo(resultId.toString()))
                        .body("invitedAt", equalTo("2026-11-26T03:00:00Z")));
    }
}
