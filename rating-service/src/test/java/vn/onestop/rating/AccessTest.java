package vn.onestop.rating;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.rating.support.Db;
import vn.onestop.rating.support.TestDossier;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.onestop.platform.testing.Tokens.admin;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.leader;
import static vn.onestop.platform.testing.Tokens.officer;
import static vn.onestop.platform.testing.Tokens.operator;

/**
 * Who may call what (docs/security.md), with real tokens from the test Keycloak: without a token a
 * 401, with a role the operation does not allow a 403, with the right role but someone else's
 * record a 404 (or a 403 where the record is not secret), and the owner gets through. One dossier
 * of the applicant {@link TestDossier#APPLICANT}, received at Bạc Liêu's centre for its People's
 * Committee, decided and its result issued, so its applicant is invited to rate it.
 */
@QuarkusTest
class AccessTest {

    static final String APPLICANT = TestDossier.APPLICANT;
    static final String STRANGER = "001203004567";
    static final String CENTRE = "002.03.20.H22";
    static final String AGENCY = "000.03.20.H22";
    static final String OTHER_AGENCY = "000.02.20.H22";
    static final String RATING = """
            {"overall": "SATISFIED",
             "factors": {"access": "SATISFIED", "procedure": "SATISFIED", "officials": "SATISFIED",
                         "result": "SATISFIED", "feedbackHandling": "SATISFIED"},
             "answers": {"oneStop": "YES", "procedurePublished": "YES", "officialsAttitude": "YES",
                         "feedbackHandling": "YES", "onlineService": "YES"}}""";

    static final TestKafka kafka = new TestKafka();
    static TestDossier dossier;

    @jakarta.inject.Inject
    Db db;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @BeforeEach
    void aDecidedDossier() {
        if (dossier != null) {
            return;
        }
        TestDossier d = new TestDossier(kafka, "P2", "ONLINE", CENTRE, AGENCY, "2026-12-01T09:00", "2026-12-10T09:00",
                1).finished("APPROVED", "2026-12-03T09:00", "EARLY");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(citizen(APPLICANT)).get("/api/v1/dossiers/{code}/rating-invitation", d.code).then().statusCode(200));
        // the three topics are folded independently: the invitation (result topic) can come before the
        // dossier's agencies (dossier topic), which feedback about the dossier needs
        await().atMost(Duration.ofSeconds(30)).until(() -> db.folded(d.eventIds) == d.eventIds.size());
        dossier = d;
    }

    private static RequestSpecification json(String token) {
        return as(token).contentType("application/json");
    }

    private static String newFeedback(String token, String body) {
        return json(token).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/feedback").then().statusCode(201).extract().path("id");
    }

    @Test
    void published_indices_need_no_token() {
        given().get("/api/v1/indices").then().statusCode(200);
        given().queryParam("level", "COMMUNE").get("/api/v1/rankings").then().statusCode(200);
        given().get("/api/v1/indices/snapshots").then().statusCode(200);
    }

    @Test
    void without_a_token_every_other_operation_is_a_401() {
        String code = dossier.code;
        UUID id = UUID.randomUUID();
        List<String[]> operations = List.of(
                new String[]{"POST", "/api/v1/feedback"}, new String[]{"GET", "/api/v1/feedback"},
                new String[]{"GET", "/api/v1/feedback/" + id},
                new String[]{"POST", "/api/v1/feedback/" + id + "/claim"},
                new String[]{"POST", "/api/v1/feedback/" + id + "/answer"},
                new String[]{"POST", "/api/v1/feedback/" + id + "/satisfaction"},
                new String[]{"POST", "/api/v1/indices/snapshots"},
                new String[]{"GET", "/api/v1/statistics/monthly?agency=" + AGENCY},
                new String[]{"GET", "/api/v1/dossiers/" + code + "/rating-invitation"},
                new String[]{"POST", "/api/v1/dossiers/" + code + "/ratings"},
                new String[]{"GET", "/api/v1/dossiers/" + code + "/ratings"},
                new String[]{"GET", "/api/v1/portal-sync"}, new String[]{"GET", "/api/v1/portal-sync/summary"},
                new String[]{"POST", "/api/v1/admin/projection/rebuild"},
                new String[]{"GET", "/api/v1/admin/projection/rebuild/" + id});
        for (String[] operation : operations) {
            RequestSpecification request = operation[0].equals("POST")
                    ? given().contentType("application/json").body("{}") : given();
            request.request(operation[0], operation[1]).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }
    }

    @Test
    void a_role_the_operation_does_not_allow_is_a_403() {
        String code = dossier.code;
        UUID id = UUID.randomUUID();
        String feedback = """
                {"kind": "FEEDBACK", "agency": "%s", "text": "Nên có thêm ghế chờ"}""".formatted(AGENCY);
        json(officer(AGENCY)).header("Idempotency-Key", UUID.randomUUID().toString()).body(feedback)
                .post("/api/v1/feedback").then().statusCode(403).contentType("application/problem+json");
        as(citizen(APPLICANT)).get("/api/v1/feedback").then().statusCode(403);
        as(admin()).get("/api/v1/feedback").then().statusCode(403);
        as(centreStaff(CENTRE)).get("/api/v1/feedback/{id}", id).then().statusCode(403);
        as(leader(AGENCY)).post("/api/v1/feedback/{id}/claim", id).then().statusCode(403);
        json(citizen(APPLICANT)).body("{\"answer\": \"Đã xử lý\"}").post("/api/v1/feedback/{id}/answer", id).then()
                .statusCode(403);
        json(officer(AGENCY)).body("{\"satisfied\": true}").post("/api/v1/feedback/{id}/satisfaction", id).then()
                .statusCode(403);
        json(officer(AGENCY)).body("{\"unit\": \"%s\"}".formatted(AGENCY)).post("/api/v1/indices/snapshots").then()
                .statusCode(403);
        as(citizen(APPLICANT)).queryParam("agency", AGENCY).get("/api/v1/statistics/monthly").then().statusCode(403);
        as(centreStaff(CENTRE)).queryParam("agency", CENTRE).get("/api/v1/statistics/monthly").then().statusCode(403);
        as(officer(AGENCY)).get("/api/v1/dossiers/{code}/rating-invitation", code).then().statusCode(403);
        json(officer(AGENCY)).header("Idempotency-Key", UUID.randomUUID().toString()).body(RATING)
                .post("/api/v1/dossiers/{code}/ratings", code).then().statusCode(403);
        as(centreStaff(CENTRE)).get("/api/v1/dossiers/{code}/ratings", code).then().statusCode(403);
        as(officer(AGENCY)).get("/api/v1/portal-sync").then().statusCode(403);
        as(citizen(APPLICANT)).get("/api/v1/portal-sync/summary").then().statusCode(403);
        as(admin()).post("/api/v1/admin/projection/rebuild").then().statusCode(403);
        as(admin()).get("/api/v1/admin/projection/rebuild/{id}", id).then().statusCode(403);
    }

    @Test
    void feedback_belongs_to_its_sender_and_the_agency_it_is_about() {
        String code = dossier.code;
        // about a dossier: its applicant only; to anyone else the dossier is unknown
        String mine = """
                {"kind": "COMPLAINT", "dossierCode": "%s", "text": "Chậm"}""".formatted(code);
        json(citizen(STRANGER)).header("Idempotency-Key", UUID.randomUUID().toString()).body(mine)
                .post("/api/v1/feedback").then().statusCode(404)
                .body("type", equalTo("https://onestop.vn/problems/unknown-dossier"));
        String complaint = newFeedback(citizen(APPLICANT), mine);
        // about an agency: any citizen
        String remark = newFeedback(citizen(STRANGER), """
                {"kind": "FEEDBACK", "agency": "%s", "text": "Nên có thêm ghế chờ"}""".formatted(AGENCY));
        // the same key and body from another citizen is not answered with the first one's feedback
        String key = UUID.randomUUID().toString();
        String body = """
                {"kind": "FEEDBACK", "agency": "%s", "text": "Cảm ơn"}""".formatted(AGENCY);
        json(citizen(APPLICANT)).header("Idempotency-Key", key).body(body).post("/api/v1/feedback").then()
                .statusCode(201);
        json(citizen(STRANGER)).header("Idempotency-Key", key).body(body).post("/api/v1/feedback").then()
                .statusCode(422);

        // reading: the sender and the agency's officers and leaders
        as(citizen(APPLICANT)).get("/api/v1/feedback/{id}", complaint).then().statusCode(200)
                .body("agency", equalTo(AGENCY)).body("submittedBy", equalTo("citizen-" + APPLICANT));
        as(citizen(STRANGER)).get("/api/v1/feedback/{id}", complaint).then().statusCode(404);
        as(citizen(APPLICANT)).get("/api/v1/feedback/{id}", remark).then().statusCode(404);
        as(officer(AGENCY)).get("/api/v1/feedback/{id}", complaint).then().statusCode(200);
        as(leader(AGENCY)).get("/api/v1/feedback/{id}", remark).then().statusCode(200)
                .body("submittedBy", equalTo("citizen-" + STRANGER));
        as(officer(OTHER_AGENCY)).get("/api/v1/feedback/{id}", complaint).then().statusCode(404);

        // the list: the caller's agency only
        as(officer(AGENCY)).get("/api/v1/feedback").then().statusCode(200)
                .body("items.id", hasItem(complaint)).body("items.id", hasItem(remark));
        as(leader(AGENCY)).queryParam("agency", AGENCY).get("/api/v1/feedback").then().statusCode(200)
                .body("items.id", hasItem(complaint));
        as(officer(OTHER_AGENCY)).get("/api/v1/feedback").then().statusCode(200)
                .body("items.id", not(hasItem(complaint)));
        as(officer(OTHER_AGENCY)).queryParam("agency", AGENCY).get("/api/v1/feedback").then().statusCode(403)
                .contentType("application/problem+json");

        // handling: an officer of the agency, recorded from the token
        as(officer(OTHER_AGENCY)).post("/api/v1/feedback/{id}/claim", complaint).then().statusCode(404);
        as(officer(AGENCY)).post("/api/v1/feedback/{id}/claim", complaint).then().statusCode(200)
                .body("handledBy", equalTo("officer-000.03.20.h22"));
        json(officer(OTHER_AGENCY)).body("{\"answer\": \"Đã xử lý\"}")
                .post("/api/v1/feedback/{id}/answer", complaint).then().statusCode(404);
        json(officer(AGENCY)).body("{\"answer\": \"Đã xử lý\"}").post("/api/v1/feedback/{id}/answer", complaint)
                .then().statusCode(200).body("answeredBy", equalTo("officer-000.03.20.h22"));

        // judging the answer: its sender
        json(citizen(STRANGER)).body("{\"satisfied\": true}").post("/api/v1/feedback/{id}/satisfaction", complaint)
                .then().statusCode(404);
        json(citizen(APPLICANT)).body("{\"satisfied\": true}").post("/api/v1/feedback/{id}/satisfaction", complaint)
                .then().statusCode(200).body("satisfied", equalTo(true));
    }

    @Test
    void a_dossier_is_rated_by_its_applicant_and_its_rating_read_by_its_agency() {
        String code = dossier.code;
        // the invitation and the rating: the applicant; to anyone else the dossier is unknown
        as(citizen(STRANGER)).get("/api/v1/dossiers/{code}/rating-invitation", code).then().statusCode(404)
                .contentType("application/problem+json");
        json(citizen(STRANGER)).header("Idempotency-Key", UUID.randomUUID().toString()).body(RATING)
                .post("/api/v1/dossiers/{code}/ratings", code).then().statusCode(404);
        json(citizen(APPLICANT)).header("Idempotency-Key", UUID.randomUUID().toString()).body(RATING)
                .post("/api/v1/dossiers/{code}/ratings", code).then().statusCode(201);

        // the rating: the applicant, the competent agency's officers and leaders, administrators
        for (String reader : List.of(citizen(APPLICANT), officer(AGENCY), leader(AGENCY), admin())) {
            as(reader).get("/api/v1/dossiers/{code}/ratings", code).then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].overall", equalTo("SATISFIED"));
        }
        // another citizen, another agency's officers and leaders, the receiving centre's officers
        for (String stranger : List.of(citizen(STRANGER), officer(OTHER_AGENCY), leader(OTHER_AGENCY),
                officer(CENTRE))) {
            as(stranger).get("/api/v1/dossiers/{code}/ratings", code).then().statusCode(404);
        }
    }

    @Test
    void monthly_statistics_for_the_agency_and_administrators() {
        for (String reader : List.of(officer(AGENCY), leader(AGENCY), admin())) {
            as(reader).queryParam("agency", AGENCY).queryParam("month", "2026-12").get("/api/v1/statistics/monthly")
                    .then().statusCode(200).body("agency", equalTo(AGENCY)).body("received", greaterThanOrEqualTo(1));
        }
        as(admin()).queryParam("agency", "96003").queryParam("month", "2026-12").get("/api/v1/statistics/monthly")
                .then().statusCode(200);
        // the statistics of another agency: known to exist, not theirs
        as(officer(OTHER_AGENCY)).queryParam("agency", AGENCY).get("/api/v1/statistics/monthly").then().statusCode(403)
                .contentType("application/problem+json");
        as(officer(AGENCY)).queryParam("agency", "96003").get("/api/v1/statistics/monthly").then().statusCode(403);
    }

    @Test
    void operators_watch_the_portal_sync_and_rebuild_the_projection() {
        for (String watcher : List.of(operator(), admin())) {
            as(watcher).queryParam("dossierCode", dossier.code).get("/api/v1/portal-sync").then().statusCode(200)
                    .body("items.dossierCode", hasItem(dossier.code));
            as(watcher).get("/api/v1/portal-sync/summary").then().statusCode(200);
        }
        // (starting a rebuild is ProjectionRebuildTest's)
        as(operator()).get("/api/v1/admin/projection/rebuild/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
