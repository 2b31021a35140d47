package vn.onestop.rating.ratings;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.Metrics;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.rating.support.Db;
import vn.onestop.rating.support.TestClock;
import vn.onestop.rating.support.TestDossier;

import java.time.Duration;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class RatingApiTest {

    private static final TestKafka kafka = new TestKafka();
    private static final String RATING = """
            {"overall": "%s",
             "factors": {"access": "SATISFIED", "procedure": "SATISFIED", "officials": "VERY_SATISFIED",
                         "result": "SATISFIED", "feedbackHandling": "NEUTRAL"},
             "answers": {"oneStop": "YES", "procedurePublished": "YES", "officialsAttitude": "YES",
                         "feedbackHandling": "PARTLY", "onlineService": "NO"},
             "comment": "Cán bộ hướng dẫn tận tình"}""";

    @Inject
    Db db;

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** Requests of the applicant of every test dossier. */
    private static io.restassured.specification.RequestSpecification applicant() {
        return as(citizen(TestDossier.APPLICANT));
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private TestDossier finishedDossier() {
        TestDossier d = new TestDossier(kafka, "P2", "ONLINE", "002.04.20.H22", "000.04.20.H22", "2026-11-02T09:00",
                "2026-11-11T09:00", 1, 1)
                .submitted().started("2026-11-02T09:00")
                .step("appraise", "2026-11-02T09:01", "2026-11-05T09:00", "2026-11-04T09:00")
                .decided("APPROVED", "2026-11-06T10:00", "EARLY").resultIssued("2026-11-06T10:05");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                applicant().get("/api/v1/dossiers/{code}/rating-invitation", d.code).then().statusCode(200));
        return d;
    }

    @Test
    void one_rating_per_dossier_replaced_within_the_window_then_refused() {
        double satisfied = Metrics.sum("onestop_ratings_total", "score=\"4\"");
        double verySatisfied = Metrics.sum("onestop_ratings_total", "score=\"5\"");
        TestDossier d = finishedDossier();
        TestClock.set(java.time.Instant.parse("2026-11-07T02:00:00Z"));
        applicant().contentType("application/json").header("Idempotency-Key", "r1-" + d.code)
                .body(RATING.formatted("SATISFIED")).post("/api/v1/dossiers/{code}/ratings", d.code)
                .then().statusCode(201).header("Idempotency-Replayed", "false")
                .body("dossierId", equalTo(d.id.toString())).body("overall", equalTo("SATISFIED"))
                .body("factors.officials", equalTo("VERY_SATISFIED"))
                .body("evaluation.criteria.points", contains(2, 2, 2, 2, 2, 2, 2, 1, 0))
                .body("evaluation.criteria.source", contains("COMPUTED", "COMPUTED", "COMPUTED", "COMPUTED",
                        "SELF_DECLARED", "SELF_DECLARED", "SELF_DECLARED", "SELF_DECLARED", "SELF_DECLARED"))
                .body("evaluation.criteria.basis[0]", equalTo("finished EARLY"))
                .body("evaluation.criteria.basis[1]", equalTo("0 of 1 steps late"))
                .body("evaluation.total", equalTo(15)).body("evaluation.grade", equalTo("GOOD"))
                .body("revision", equalTo(1))
                .body("submittedAt", equalTo("2026-11-07T02:00:00Z"))
                .body("updatableUntil", equalTo("2026-11-08T02:00:00Z"));

        // the same request again: the first answer
        applicant().contentType("application/json").header("Idempotency-Key", "r1-" + d.code)
                .body(RATING.formatted("SATISFIED")).post("/api/v1/dossiers/{code}/ratings", d.code)
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("revision", equalTo(1));
        // the same key for another body
        applicant().contentType("application/json").header("Idempotency-Key", "r1-" + d.code)
                .body(RATING.formatted("NEUTRAL")).post("/api/v1/dossiers/{code}/ratings", d.code)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/idempotency-key-reused"));

        // a second rating within 24 h replaces the first
        TestClock.set(java.time.Instant.parse("2026-11-08T02:00:00Z"));
        applicant().contentType("application/json").header("Idempotency-Key", "r2-" + d.code)
                .body(RATING.formatted("VERY_SATISFIED")).post("/api/v1/dossiers/{code}/ratings", d.code)
                .then().statusCode(200).body("overall", equalTo("VERY_SATISFIED")).body("revision", equalTo(2))
                .body("submittedAt", equalTo("2026-11-07T02:00:00Z")).body("updatedAt", equalTo("2026-11-08T02:00:00Z"));

        // one rating counted, with its first score: the replacement and the replay are not new ratings
        org.assertj.core.api.Assertions.assertThat(Metrics.sum("onestop_ratings_total",
                "score=\"4\"")).isEqualTo(satisfied + 1);
        org.assertj.core.api.Assertions.assertThat(Metrics.sum("onestop_ratings_total",
                "score=\"5\"")).isEqualTo(verySatisfied);

        // after the window: refused
        TestClock.set(java.time.Instant.parse("2026-11-08T02:00:01Z"));
        applicant().contentType("application/json").header("Idempotency-Key", "r3-" + d.code)
                .body(RATING.formatted("DISSATISFIED")).post("/api/v1/dossiers/{code}/ratings", d.code)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/already-rated"));

        applicant().get("/api/v1/dossiers/{code}/ratings", d.code).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].overall", equalTo("VERY_SATISFIED"))
                .body("items[0].revision", equalTo(2)).body("items[0].comment", equalTo("Cán bộ hướng dẫn tận tình"));
        org.assertj.core.api.Assertions.assertThat(db.count("select count(*) from rating where dossier_code = ?1", d.code))
                .isEqualTo(1);
    }

    @Test
    void only_an_invited_dossier_can_be_rated() {
        TestDossier inProcess = new TestDossier(kafka, "P2", "ONLINE", "002.04.20.H22", "000.04.20.H22",
                "2026-11-03T09:00", "2026-11-12T09:00", 1).submitted().started("2026-11-03T09:00");
        await().atMost(Duration.ofSeconds(30)).until(() -> db.folded(inProcess.eventIds) == inProcess.eventIds.size());
        applicant().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(RATING.formatted("SATISFIED")).post("/api/v1/dossiers/{code}/ratings", inProcess.code)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/not-invited"));
        applicant().get("/api/v1/dossiers/{code}/ratings", inProcess.code).then().statusCode(200).body("items", hasSize(0));

        applicant().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(RATING.formatted("SATISFIED")).post("/api/v1/dossiers/{code}/ratings", "000.04.20.H22-261103-9999")
                .then().statusCode(404).contentType("application/problem+json");
        applicant().get("/api/v1/dossiers/{code}/ratings", "000.04.20.H22-261103-9999").then().statusCode(404);
    }

    @Test
    void invalid_ratings_name_the_field() {
        TestDossier d = finishedDossier();
        applicant().contentType("application/json").body(RATING.formatted("SATISFIED"))
                .post("/api/v1/dossiers/{code}/ratings", d.code).then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        applicant().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"overall": "SATISFIED", "factors": {"access": "SATISFIED"}, "answers": {"oneStop": "YES",
                         "procedurePublished": "YES", "officialsAttitude": "YES", "feedbackHandling": "YES",
                         "onlineService": "YES"}}""")
                .post("/api/v1/dossiers/{code}/ratings", d.code).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("factors.feedbackHandling", "factors.officials",
                        "factors.procedure", "factors.result"));
        applicant().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(RATING.formatted("HAPPY")).post("/api/v1/dossiers/{code}/ratings", d.code).then().statusCode(400)
                .body("violations[0].field", equalTo("overall"));
    }
}
