package vn.onestop.rating.invitation;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.rating.support.Db;
import vn.onestop.rating.support.TestDossier;

import java.time.Duration;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RatingInvitationTest {

    private static final String RESULTS = "rating-test.onestop.result.events.v1";
    /** The result's owner, its dossier's applicant. */
    private static final String OWNER = "079088001234";
    private static final TestKafka kafka = new TestKafka();

    @Inject
    Db db;

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
                 "issuedAt": "2026-11-26T03:00:00Z", "ownerIdNumber": "%s", "nationalStatusCode": 9}
                """.formatted(resultId, dossierId, code, OWNER);
        ContractValidator.shared().requireValid(EventType.RESULT_ISSUED, data);
        as(citizen(OWNER)).get("/api/v1/dossiers/{code}/rating-invitation", code).then().statusCode(404)
                .contentType("application/problem+json");

        kafka.sendEvent(RESULTS, EventType.RESULT_ISSUED, dossierId, data);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(citizen(OWNER)).get("/api/v1/dossiers/{code}/rating-invitation", code).then().statusCode(200)
                        .body("dossierId", equalTo(dossierId.toString()))
                        .body("resultId", equalTo(resultId.toString()))
                        .body("invitedAt", equalTo("2026-11-26T03:00:00Z"))
                        .body("reason", equalTo("RESULT_ISSUED")));
    }

    @Test
    void a_dossier_that_ends_without_a_result_invites_too() {
        TestDossier rejected = new TestDossier(kafka, "P2", "ONLINE", "002.02.20.H22", "000.02.20.H22",
                "2026-11-02T09:00", "2026-11-11T09:00", 1).submitted().started("2026-11-02T09:00")
                .decided("REJECTED", "2026-11-04T10:00", "EARLY");
        TestDossier withdrawn = new TestDossier(kafka, "P2", "COUNTER", "002.02.20.H22", "000.02.20.H22",
                "2026-11-02T10:00", "2026-11-11T10:00", 1).submitted().started("2026-11-02T10:00")
                .withdrawn("2026-11-03T08:00");
        TestDossier stopped = new TestDossier(kafka, "P2", "COUNTER", "002.02.20.H22", "000.02.20.H22",
                "2026-11-02T11:00", "2026-11-11T11:00", 1).submitted().started("2026-11-02T11:00")
                .supplementRequested(1, "2026-11-02T14:00").stopped("2026-11-13T08:00");
        TestDossier inProcess = new TestDossier(kafka, "P2", "COUNTER", "002.02.20.H22", "000.02.20.H22",
                "2026-11-02T12:00", "2026-11-11T12:00", 1).submitted().started("2026-11-02T12:00");
        invited(rejected, "REJECTED", "2026-11-04T03:00:00Z");
        invited(withdrawn, "WITHDRAWN", "2026-11-03T01:00:00Z");
        invited(stopped, "STOPPED", "2026-11-13T01:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> db.folded(inProcess.eventIds) == inProcess.eventIds.size());
        as(citizen(TestDossier.APPLICANT)).get("/api/v1/dossiers/{code}/rating-invitation", inProcess.code).then()
                .statusCode(404);
    }

    @Test
    void a_returned_result_invites_and_ends_the_dossier_at_national_status_10() {
        TestDossier dossier = new TestDossier(kafka, "P1", "COUNTER", "002.02.20.H22", "000.02.20.H22",
                "2026-11-05T09:00", "2026-11-05T17:00", 1).submitted().started("2026-11-05T09:00")
                .returned("2026-11-06T08:00");
        invited(dossier, "RESULT_RETURNED", "2026-11-06T01:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("select national_status from dossier_fact where dossier_id = ?1", dossier.id) == 10);
    }

    private static void invited(TestDossier dossier, String reason, String at) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(citizen(TestDossier.APPLICANT)).get("/api/v1/dossiers/{code}/rating-invitation", dossier.code).then()
                        .statusCode(200)
                        .body("dossierId", equalTo(dossier.id.toString()))
                        .body("reason", equalTo(reason))
                        .body("invitedAt", equalTo(at))
                        .body("resultId", reason.startsWith("RESULT") ? notNullValue() : nullValue()));
    }
}
