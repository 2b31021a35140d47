package vn.onestop.rating.indices;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.rating.support.Db;
import vn.onestop.rating.support.PortalStub;
import vn.onestop.rating.support.TestClock;
import vn.onestop.rating.support.TestDossier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.onestop.platform.testing.Tokens.admin;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.officer;

/**
 * A month of a small province (March 2024) fed through the real broker: dossiers of four agencies'
 * units and the provincial land office, on every channel, finished early, on time and late,
 * withdrawn, stopped, still in process on time and overdue, carried over from February; six ratings
 * and four pieces of feedback. Every figure is checked against the number worked out by hand in
 * the comments. The period is in 2024, before every other test's data, so nothing else counts in it.
 */
@QuarkusTest
@WithTestResource(value = PortalStub.class, scope = TestResourceScope.GLOBAL)
class IndicesTest {

    static final String CA = "002.01.20.H22";   // An Xuyên ward service centre (unit 96001)
    static final String PA = "000.01.20.H22";   // An Xuyên ward People's Committee (unit 96001)
    static final String CB = "002.02.20.H22";   // Tân Thành (96002)
    static final String PB = "000.02.20.H22";
    static final String CC = "002.03.20.H22";   // Bạc Liêu (96003)
    static final String PC = "000.03.20.H22";
    static final String CP = "000.00.01.H22";   // provincial service centre
    static final String LAND = "000.00.05.H22"; // provincial land registration office
    static final double E = 1e-9;

    static final TestKafka kafka = new TestKafka();
    static final Map<String, TestDossier> d = new LinkedHashMap<>();
    static final Map<String, String> feedback = new LinkedHashMap<>();
    static boolean loaded;

    @Inject
    Db db;

    @AfterAll
    static void close() {
        kafka.close();
        TestClock.reset();
    }

    @BeforeEach
    void march2024() {
        if (loaded) {
            return;
        }
        // February: A0 carried over into March; B0 finished in February
        d.put("A0", new TestDossier(kafka, "P2", "COUNTER", CA, PA, "2024-02-26T09:00", "2024-03-04T09:00", 0, 1)
                .finished("APPROVED", "2024-03-05T10:00", "LATE"));
        d.put("B0", new TestDossier(kafka, "P2", "ONLINE", CB, PB, "2024-02-20T09:00", "2024-02-27T09:00", 1, 1)
                .finished("APPROVED", "2024-02-27T08:00", "ON_TIME"));
        // March
        d.put("A1", new TestDossier(kafka, "P1", "ONLINE", CA, PA, "2024-03-04T09:00", "2024-03-04T17:00", 1, 1, 3)
                .submitted().started("2024-03-04T09:00")
                .step("sign", "2024-03-04T09:01", "2024-03-04T16:00", "2024-03-04T15:00")
                .decided("APPROVED", "2024-03-04T15:00", "ON_TIME").resultIssued("2024-03-04T15:05"));
        d.put("A2", new TestDossier(kafka, "P2", "COUNTER", CA, PA, "2024-03-05T08:00", "2024-03-07T08:00", 0, 1)
                .finished("APPROVED", "2024-03-06T10:00", "EARLY").feePaid("COUNTER", "2024-03-05T08:05"));
        d.put("A3", new TestDossier(kafka, "P2", "COUNTER", CA, PA, "2024-03-11T09:00", "2024-03-12T09:00", 1, 2)
                .submitted().started("2024-03-11T09:00")
                .step("check", "2024-03-11T09:01", "2024-03-11T17:00", "2024-03-11T13:00")
                .supplementRequested(1, "2024-03-11T14:00")
                .resumed("2024-03-11T14:00", "2024-03-12T08:00", "2024-03-12T15:00")
                .step("sign", "2024-03-12T08:01", "2024-03-12T12:00", "2024-03-13T09:00")
                .decided("APPROVED", "2024-03-13T10:00", "LATE").resultIssued("2024-03-13T10:05"));
        d.put("A4", new TestDossier(kafka, "P2", "ONLINE", CA, PA, "2024-03-20T09:00", "2024-03-27T09:00", 1, 1)
                .submitted().started("2024-03-20T09:00").feePaid("ONLINE", "2024-03-20T09:30")
                .overdue("2024-03-27T09:01"));
        d.put("A5", new TestDossier(kafka, "P2", "ONLINE", CA, PA, "2024-03-25T09:00", "2024-04-03T09:00", 1)
                .submitted().started("2024-03-25T09:00"));
        d.put("A6", new TestDossier(kafka, "P2", "COUNTER", CA, PA, "2024-03-15T09:00", "2024-03-22T09:00", 0)
                .submitted().started("2024-03-15T09:00").withdrawn("2024-03-18T10:00"));
        d.put("A7", new TestDossier(kafka, "P1", "ONLINE", CB, PA, "2024-03-06T09:00", "2024-03-08T09:00", 1, 1)
                .finished("REJECTED", "2024-03-07T09:00", "EARLY"));
        d.put("A8", new TestDossier(kafka, "P10", "POSTAL", CA, LAND, "2024-03-21T09:00", "2024-04-04T09:00", 1, 0)
                .submitted().started("2024-03-21T09:00"));
        d.put("B1", new TestDossier(kafka, "P2", "COUNTER", CB, PB, "2024-03-05T10:00", "2024-03-06T10:00", 0, 0)
                .finished("APPROVED", "2024-03-06T09:00", "ON_TIME"));
        d.put("B2", new TestDossier(kafka, "P2", "POSTAL", CB, PB, "2024-03-12T10:00", "2024-03-19T10:00", 0, 1)
                .submitted().started("2024-03-12T10:00").stopped("2024-03-22T08:00"));
        d.put("B3", new TestDossier(kafka, "P2", "ONLINE", CB, PB, "2024-03-26T10:00", "2024-03-28T10:00", 1, 3)
                .finished("APPROVED", "2024-03-29T10:00", "LATE"));
        d.put("C1", new TestDossier(kafka, "P1", "ONLINE", CC, PC, "2024-03-01T08:00", "2024-03-01T17:00", 1, 1, 1)
                .finished("APPROVED", "2024-03-01T11:00", "ON_TIME"));
        d.put("C2", new TestDossier(kafka, "P2", "ONLINE", CC, PC, "2024-03-14T10:00", "2024-03-21T10:00", 2, 1)
                .finished("APPROVED", "2024-03-19T10:00", "EARLY"));
        d.put("P1", new TestDossier(kafka, "P10", "COUNTER", CP, LAND, "2024-03-04T08:30", "2024-03-18T08:30", 1, 1, 0)
                .finished("APPROVED", "2024-03-15T10:00", "EARLY"));
        d.put("P2", new TestDossier(kafka, "P10", "ONLINE", CP, LAND, "2024-03-08T09:00", "2024-03-22T09:00", 1, 1)
                .submitted().started("2024-03-08T09:00"));
        // a bundle parent only groups its members: counted nowhere
        d.put("BUNDLE", new TestDossier(kafka, "BIRTH_BUNDLE", "ONLINE", CA, PA, "2024-03-10T09:00", "2024-03-13T09:00", 1)
                .bundleParent().submitted());
        List<String> events = Db.all(new ArrayList<>(d.values()));
        await().atMost(Duration.ofSeconds(60)).until(() -> db.folded(events) == events.size());

        // Feedback, at the times of the month it happened (working days, no holiday in March 2024)
        TestClock.setLocal("2024-03-14T09:00");
        feedback.put("F1", submitFeedback("COMPLAINT", d.get("A3").code, null)
                .body("agency", equalTo(PA)).body("dueAt", equalTo("2024-03-28T02:00:00Z")).extract().path("id"));
        TestClock.setLocal("2024-03-18T09:00");
        feedback.put("F2", submitFeedback("FEEDBACK", null, PA).body("dueAt", equalTo("2024-03-25T02:00:00Z"))
                .extract().path("id"));
        TestClock.setLocal("2024-03-20T10:00");
        answer("F1", PA).body("answeredOnTime", equalTo(true));
        TestClock.setLocal("2024-03-21T10:00");
        feedback.put("F3", submitFeedback("FEEDBACK", null, PB).extract().path("id"));
        TestClock.setLocal("2024-03-26T10:00");
        answer("F2", PA).body("answeredOnTime", equalTo(false));
        TestClock.setLocal("2024-03-27T09:00");
        feedback.put("F4", submitFeedback("COMPLAINT", null, PA).body("dueAt", equalTo("2024-04-10T02:00:00Z"))
                .extract().path("id"));
        TestClock.setLocal("2024-03-28T11:00");
        satisfaction("F1", true);
        satisfaction("F2", false);

        // Ratings, on 28 March
        TestClock.setLocal("2024-03-28T10:00");
        rate("A1", "VERY_SATISFIED", List.of("VERY_SATISFIED", "VERY_SATISFIED", "VERY_SATISFIED", "VERY_SATISFIED",
                "VERY_SATISFIED"), List.of("YES", "YES", "YES", "YES", "YES"), 18, "EXCELLENT");
        rate("A2", "SATISFIED", List.of("SATISFIED", "SATISFIED", "NEUTRAL", "SATISFIED", "SATISFIED"),
                List.of("YES", "YES", "PARTLY", "YES", "NO"), 15, "GOOD");
        rate("A3", "DISSATISFIED", List.of("DISSATISFIED", "NEUTRAL", "DISSATISFIED", "DISSATISFIED", "VERY_DISSATISFIED"),
                List.of("PARTLY", "YES", "NO", "NO", "PARTLY"), 8, "AVERAGE");
        rate("A7", "NEUTRAL", List.of("NEUTRAL", "NEUTRAL", "NEUTRAL", "NEUTRAL", "NEUTRAL"),
                List.of("YES", "NO", "YES", "YES", "YES"), 16, "EXCELLENT");
        rate("B1", "VERY_DISSATISFIED", List.of("VERY_DISSATISFIED", "DISSATISFIED", "VERY_DISSATISFIED",
                "VERY_DISSATISFIED", "VERY_DISSATISFIED"), List.of("NO", "NO", "NO", "NO", "NO"), 8, "AVERAGE");
        rate("C1", "SATISFIED", List.of("SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED"),
                List.of("YES", "YES", "YES", "YES", "YES"), 18, "EXCELLENT");
        TestClock.reset();

        // every status change of the month reached the (stub) national portal
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> indices(null, null)
                .body("portalSync.dossiers", equalTo(15)).body("portalSync.synced", equalTo(15)));
        loaded = true;
    }

    @Test
    void the_an_xuyen_peoples_committee() {
        indices(PA, null)
                .body("unit.kind", equalTo("AGENCY")).body("unit.code", equalTo(PA))
                .body("from", equalTo("2024-03-01")).body("to", equalTo("2024-03-31"))
                .body("asOf", equalTo("2024-03-31T17:00:00Z"))
                // A1..A7 received in March (A0 in February, the bundle parent not counted)
                .body("received", equalTo(7))
                .body("receivedByChannel.ONLINE", equalTo(4)).body("receivedByChannel.COUNTER", equalTo(3))
                .body("receivedByChannel.POSTAL", equalTo(0))
                .body("onlineRate", closeTo(4 / 7.0, E))
                // decided in March: A2, A7 early; A1 on time; A0 (carried over), A3 late
                .body("finished", equalTo(5)).body("finishedEarly", equalTo(2)).body("finishedOnTime", equalTo(1))
                .body("finishedLate", equalTo(2)).body("onTimeRate", closeTo(0.6, E))
                .body("withdrawn", equalTo(1)).body("stopped", equalTo(0))
                // at the end of March: A5 on time, A4 overdue
                .body("inProcess", equalTo(2)).body("inProcessOnTime", equalTo(1)).body("overdue", equalTo(1))
                // components of A1..A7: states 0: 2, 1: 9, 2: 1, 3: 1
                .body("digitization.components", equalTo(13))
                .body("digitization.byState.0", equalTo(2)).body("digitization.byState.1", equalTo(9))
                .body("digitization.byState.2", equalTo(1)).body("digitization.byState.3", equalTo(1))
                .body("digitization.digitizedRate", closeTo(11 / 13.0, E))
                .body("digitization.reuseRate", closeTo(2 / 13.0, E))
                .body("digitization.approved", equalTo(4)).body("digitization.resultsDigitized", equalTo(4))
                // ratings of A1 (5), A2 (4), A3 (2), A7 (3)
                .body("satisfaction.ratings", equalTo(4)).body("satisfaction.satisfied", equalTo(2))
                .body("satisfaction.satisfiedShare", closeTo(0.5, E))
                .body("satisfaction.averageLevel", closeTo(3.5, E))
                .body("satisfaction.factors.access", closeTo(3.5, E))
                .body("satisfaction.factors.procedure", closeTo(3.75, E))
                .body("satisfaction.factors.officials", closeTo(3.25, E))
                .body("satisfaction.factors.result", closeTo(3.5, E))
                .body("satisfaction.factors.feedbackHandling", closeTo(3.25, E))
                .body("satisfaction.averageEvaluationPoints", closeTo(14.25, E))
                .body("satisfaction.grades.EXCELLENT", equalTo(2)).body("satisfaction.grades.GOOD", equalTo(1))
                .body("satisfaction.grades.AVERAGE", equalTo(1))
                .body("satisfaction.procedurePublishedShare", closeTo(0.75, E))
                // F1 answered on time, F2 late and not satisfying, F4 not due yet
                .body("feedback.received", equalTo(3)).body("feedback.settled", equalTo(2))
                .body("feedbackOnTimeRate", closeTo(0.5, E))
                .body("feedback.satisfactionRate", closeTo(2 / 3.0, E))
                .body("portalSync.completeness", closeTo(1.0, E))
                // 16.50 + 11.43 + 15.38 + 12.57 + 10.00
                .body("score766.formulaVersion", equalTo("766-v1"))
                .body("score766.groups.publicity", closeTo(16.50, E))
                .body("score766.groups.progress", closeTo(11.43, E))
                .body("score766.groups.digitization", closeTo(15.38, E))
                .body("score766.groups.online", closeTo(12.57, E))
                .body("score766.groups.satisfaction", closeTo(10.00, E))
                .body("score766.total", closeTo(65.88, E))
                .body("score766.band", equalTo("AVERAGE"));
    }

    /**
     * Version 3 of the same month, asked for by name, by hand (docs/indices.md §6); version 2 scores the
     * same but online payment, not computed (46.57, 28 points not computed):
     * <pre>
     * publicity     1.4 the seven dossiers all synced with the portal: 6 × 7/7 = 6.00               →  6.00
     * progress      2.1 20 × (2 early + 1 on time + A5 open on time) ÷ (5 + 2) = 11.43              → 11.43
     * online        3.1 all seven are P1/P2 (FULL); online A1, A4, A5, A7: 12 × 4/7 = 6.86            →  6.86
     * payment       4.1 A2..A6 owe the P2 fee (5); A4 paid online (A2 at the counter): 10 × 1/5 →  2.00
     * satisfaction  5.1 6 × 0.5 = 3.00; 5.2 6 × 2/3 = 4.00; 5.3 decided A0, A1, A2, A3, A7: A0 late,
     *               A3 late, rated dissatisfied and complained about (F1): 1 − 2/5 = 0.6,
     *               min(6, 6 × 0.6 ÷ 0.9) = 4.00                                                   → 11.00
     * digitization  6.1 6 × 4/4 approved with a result = 6.00; 6.2 no paper in A1, A3, A4, A5, A7:
     *               4 × 5/7 = 2.86; 6.4 reusing A1, A3: min(2, 2 × 2/7 ÷ 0.8) = 0.71; 6.5 results
     *               or store documents in A1, A2, A3: 4 × 3/7 = 1.71                               → 11.28
     * total 6.00 + 11.43 + 6.86 + 2.00 + 11.00 + 11.28 = 48.57 (WEAK); 18 points not computed
     * </pre>
     */
    @Test
    void the_an_xuyen_peoples_committee_by_versions_2_and_3() {
        api().queryParam("from", "2024-03-01").queryParam("to", "2024-03-31").queryParam("unit", PA)
                .queryParam("formulaVersion", "766-v2").get("/api/v1/indices").then().statusCode(200)
                .body("score766.formulaVersion", equalTo("766-v2"))
                .body("score766.total", closeTo(46.57, E))
                .body("score766.notComputed", closeTo(28.00, E))
                .body("score766.criteria.find { it.code == '4.1' }.points", nullValue());
        api().queryParam("from", "2024-03-01").queryParam("to", "2024-03-31").queryParam("unit", PA)
                .queryParam("formulaVersion", "766-v3").get("/api/v1/indices").then().statusCode(200)
                .body("onlineService.fullProcessDossiers", equalTo(7)).body("onlineService.fullProcessOnline", equalTo(4))
                .body("payment.feeBearingDossiers", equalTo(5)).body("payment.paidOnline", equalTo(1))
                .body("handling.finished", equalTo(5)).body("handling.late", equalTo(2))
                .body("handling.dissatisfied", equalTo(1)).body("handling.withFeedback", equalTo(1))
                .body("handling.withProblem", equalTo(2))
                .body("digitization.fullyDigitized", equalTo(5)).body("digitization.reusing", equalTo(2))
                .body("digitization.linkedToStore", equalTo(3))
                .body("score766.formulaVersion", equalTo("766-v3"))
                .body("score766.groups.publicity", closeTo(6.00, E))
                .body("score766.groups.progress", closeTo(11.43, E))
                .body("score766.groups.online", closeTo(6.86, E))
                .body("score766.groups.payment", closeTo(2.00, E))
                .body("score766.groups.satisfaction", closeTo(11.00, E))
                .body("score766.groups.digitization", closeTo(11.28, E))
                .body("score766.total", closeTo(48.57, E))
                .body("score766.band", equalTo("WEAK"))
                .body("score766.notComputed", closeTo(18.00, E))
                .body("score766.criteria.find { it.code == '4.1' }.points", closeTo(2.00, E))
                .body("score766.criteria.find { it.code == '4.1' }.notComputedBecause", nullValue());
    }

    @Test
    void the_an_xuyen_ward_aggregates_its_centre_and_police() {
        // the committee's dossiers plus A8, received at the ward centre for the provincial land office
        indices("96001", null)
                .body("unit.kind", equalTo("UNIT"))
                .body("received", equalTo(8)).body("receivedByChannel.POSTAL", equalTo(1))
                .body("onlineRate", closeTo(0.5, E))
                .body("inProcess", equalTo(3)).body("inProcessOnTime", equalTo(2)).body("overdue", equalTo(1))
                .body("digitization.components", equalTo(15))
                .body("digitization.digitizedRate", closeTo(0.8, E))
                // 16.50 + 12.50 + 14.80 + 11.00 + 10.00
                .body("score766.groups.progress", closeTo(12.50, E))
                .body("score766.groups.digitization", closeTo(14.80, E))
                .body("score766.groups.online", closeTo(11.00, E))
                .body("score766.total", closeTo(64.80, E));
    }

    @Test
    void the_whole_province() {
        indices(null, null)
                // published figures may be kept by a client or a proxy for the configured max-age (0 in the tests)
                .header("Cache-Control", equalTo("public, max-age=0"))
                .body("unit.kind", equalTo("PROVINCE")).body("unit.code", equalTo("96"))
                .body("received", equalTo(15))
                .body("receivedByChannel.ONLINE", equalTo(8)).body("receivedByChannel.COUNTER", equalTo(5))
                .body("receivedByChannel.POSTAL", equalTo(2))
                .body("finished", equalTo(10)).body("finishedEarly", equalTo(4)).body("finishedOnTime", equalTo(3))
                .body("finishedLate", equalTo(3)).body("onTimeRate", closeTo(0.7, E))
                .body("withdrawn", equalTo(1)).body("stopped", equalTo(1))
                .body("inProcess", equalTo(4)).body("inProcessOnTime", equalTo(2)).body("overdue", equalTo(2))
                .body("digitization.components", equalTo(31))
                .body("digitization.byState.0", equalTo(7)).body("digitization.byState.1", equalTo(20))
                .body("digitization.byState.2", equalTo(2)).body("digitization.byState.3", equalTo(2))
                .body("digitization.approved", equalTo(9)).body("digitization.resultsDigitizedRate", closeTo(1.0, E))
                .body("satisfaction.ratings", equalTo(6)).body("satisfaction.satisfiedShare", closeTo(0.5, E))
                .body("satisfaction.averageLevel", closeTo(19 / 6.0, E))
                .body("satisfaction.factors.procedure", closeTo(3.5, E))
                .body("satisfaction.averageEvaluationPoints", closeTo(83 / 6.0, E))
                .body("feedback.received", equalTo(4)).body("feedback.settled", equalTo(3))
                .body("feedback.overdue", equalTo(2)).body("feedback.notSatisfied", equalTo(1))
                .body("feedbackOnTimeRate", closeTo(1 / 3.0, E))
                .body("feedback.satisfactionRate", closeTo(0.5, E))
                // 16.00 + 12.86 + 14.52 + 11.73 + 8.00
                .body("score766.groups.publicity", closeTo(16.00, E))
                .body("score766.groups.progress", closeTo(12.86, E))
                .body("score766.groups.digitization", closeTo(14.52, E))
                .body("score766.groups.online", closeTo(11.73, E))
                .body("score766.groups.satisfaction", closeTo(8.00, E))
                .body("score766.total", closeTo(63.11, E));
    }

    @Test
    void the_communes_of_the_province() {
        // the provincial land office's P1 and P2 are left out
        indices(null, "COMMUNE")
                .body("unit.level", equalTo("COMMUNE"))
                .body("received", equalTo(13))
                .body("receivedByChannel.ONLINE", equalTo(7)).body("receivedByChannel.COUNTER", equalTo(4))
                .body("receivedByChannel.POSTAL", equalTo(2))
                .body("finished", equalTo(9)).body("finishedEarly", equalTo(3))
                .body("inProcess", equalTo(3)).body("overdue", equalTo(1));
    }

    @Test
    void rankings_of_the_communes_against_february() {
        api().queryParam("level", "COMMUNE").queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .get("/api/v1/rankings").then().statusCode(200)
                .body("previousFrom", equalTo("2024-01-30")).body("previousTo", equalTo("2024-02-29"))
                .body("items.unit", contains("96003", "96001", "96002", "96004"))
                // Bạc Liêu 95.20, An Xuyên 64.80, Tân Thành 49.33, Đất Mũi 12.00 (only the feedback ratios)
                .body("items.total", contains(95.20, 64.80, 49.33, 12.00))
                .body("items.band", contains("EXCELLENT", "AVERAGE", "WEAK", "WEAK"))
                .body("items.rank", contains(1, 2, 3, 4))
                // February: Tân Thành 82.00, An Xuyên 49.00, Bạc Liêu and Đất Mũi 12.00 (both third)
                .body("items.previousTotal", contains(12.00, 49.00, 82.00, 12.00))
                .body("items.previousRank", contains(3, 2, 1, 3))
                .body("items.movement", contains("rank 1, up 2", "rank 2, unchanged", "rank 3, down 2",
                        "rank 4, down 1"));
    }

    @Test
    void monthly_statistics_as_json_and_csv() {
        api(officer(PA)).queryParam("agency", PA).queryParam("month", "2024-03").get("/api/v1/statistics/monthly")
                .then().statusCode(200).contentType("application/json")
                .body("agency", equalTo(PA)).body("month", equalTo("2024-03"))
                .body("carriedOver", equalTo(1)).body("received", equalTo(7))
                .body("finishedOnTime", equalTo(3)).body("finishedLate", equalTo(2))
                .body("withdrawn", equalTo(1)).body("stopped", equalTo(0))
                .body("inProcess", equalTo(2)).body("inProcessOnTime", equalTo(1)).body("inProcessOverdue", equalTo(1));
        String csv = PA + ",2024-03,1,7,3,2,1,0,2,1,1";
        api(officer(PA)).accept("text/csv").queryParam("agency", PA).queryParam("month", "2024-03")
                .get("/api/v1/statistics/monthly").then().statusCode(200).contentType(startsWith("text/csv"))
                .body(equalTo("agency,month,carriedOver,received,finishedOnTime,finishedLate,withdrawn,stopped,"
                        + "inProcess,inProcessOnTime,inProcessOverdue\r\n" + csv + "\r\n"));
        api(officer(PA)).queryParam("agency", PA).queryParam("month", "2024-02").queryParam("format", "csv")
                .get("/api/v1/statistics/monthly").then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("agency,"))
                .body(org.hamcrest.Matchers.containsString(PA + ",2024-02,0,1,0,0,0,0,1,1,0"));
        api(officer(PA)).queryParam("agency", PA).queryParam("month", "March").get("/api/v1/statistics/monthly")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("month"));
        api(officer(PA)).queryParam("agency", PA).queryParam("month", "+999999999-12").get("/api/v1/statistics/monthly")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("month"));
    }

    @Test
    void scores_are_kept_per_formula_version() {
        String body = """
                {"unit": "%s", "from": "2024-03-01", "to": "2024-03-31"}""".formatted(PA);
        api(admin()).contentType("application/json").body(body).post("/api/v1/indices/snapshots").then().statusCode(201)
                .body("formulaVersion", equalTo("766-v1")).body("score766.total", closeTo(65.88, E))
                .body("figures.received", equalTo(7));
        // re-scoring the same period with another formula version adds a snapshot
        api(admin()).contentType("application/json").body("""
                        {"unit": "%s", "from": "2024-03-01", "to": "2024-03-31", "formulaVersion": "%s"}"""
                        .formatted(PA, ProgressOnlyFormula.VERSION))
                .post("/api/v1/indices/snapshots").then().statusCode(201)
                .body("formulaVersion", equalTo(ProgressOnlyFormula.VERSION)).body("score766.total", closeTo(11.43, E));
        // computing v1 again replaces v1's snapshot only
        api(admin()).contentType("application/json").body(body).post("/api/v1/indices/snapshots").then().statusCode(200);
        api().queryParam("unit", PA).get("/api/v1/indices/snapshots").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.formulaVersion", containsInAnyOrder("766-v1", ProgressOnlyFormula.VERSION))
                .body("items.score766.total", containsInAnyOrder(65.88, 11.43));
        api(admin()).contentType("application/json").body("""
                        {"unit": "%s", "from": "2024-03-01", "to": "2024-03-31", "formulaVersion": "766-v9"}""".formatted(PA))
                .post("/api/v1/indices/snapshots").then().statusCode(400)
                .body("violations[0].field", equalTo("formulaVersion"));
    }

    @Test
    void the_computed_criteria_come_from_the_dossiers_events() {
        // A3: late, one of two steps late, one supplement round (2 contacts), only the receiving centre
        api(officer(PA)).get("/api/v1/dossiers/{code}/ratings", d.get("A3").code).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].evaluation.criteria.criterion", contains("TOTAL_TIME", "TIME_AT_EACH_AGENCY",
                        "CONTACTS_NEEDED", "AGENCIES_CONTACTED", "ONE_STOP", "PROCEDURE_PUBLISHED", "OFFICIALS_ATTITUDE",
                        "FEEDBACK_HANDLING", "ONLINE_SERVICE"))
                .body("items[0].evaluation.criteria.points", contains(0, 1, 1, 2, 1, 2, 0, 0, 1))
                .body("items[0].evaluation.criteria.source[0]", equalTo("COMPUTED"))
                .body("items[0].evaluation.criteria.basis[2]", equalTo("2 contacts (1 + 1 supplement rounds)"))
                .body("items[0].evaluation.total", equalTo(8)).body("items[0].evaluation.grade", equalTo("AVERAGE"));
    }

    @Test
    void bad_parameters_name_the_field() {
        api().queryParam("unit", "nowhere").get("/api/v1/indices").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("unit"));
        api().queryParam("level", "DISTRICT").get("/api/v1/indices").then().statusCode(400)
                .body("violations[0].field", equalTo("level"));
        api().queryParam("from", "2024-03-31").queryParam("to", "2024-03-01").get("/api/v1/indices").then()
                .statusCode(400).body("violations[0].field", equalTo("to"));
        api().get("/api/v1/rankings").then().statusCode(400).body("violations[0].field", equalTo("level"));
        // days outside the years 1 to 9999, and a ranking whose period before would start before them
        api().queryParam("to", "+999999999-12-31").get("/api/v1/indices").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        api().queryParam("from", "-999999999-01-01").get("/api/v1/indices").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        api().queryParam("level", "COMMUNE").queryParam("from", "0001-01-01").queryParam("to", "9999-12-31")
                .get("/api/v1/rankings").then().statusCode(400).body("violations[0].field", equalTo("from"));
        api().queryParam("unit", "96004").queryParam("from", "2024-03-01").queryParam("to", "2024-03-31")
                .get("/api/v1/indices").then().statusCode(200).body("received", equalTo(0))
                .body("onlineRate", nullValue()).body("score766.total", closeTo(12.0, E));
    }

    /** Requests of the holder of {@code token}, whose JSON numbers are read as doubles. */
    private static RequestSpecification api(String token) {
        return api().auth().oauth2(token);
    }

    /** Requests of the applicant of every dossier of the month. */
    private static RequestSpecification applicant() {
        return api(citizen(TestDossier.APPLICANT));
    }

    /** Requests without a token (indices are published), whose JSON numbers are read as doubles. */
    private static RequestSpecification api() {
        return given().config(RestAssuredConfig.config()
                .jsonConfig(jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private static ValidatableResponse indices(String unit, String level) {
        var request = api().queryParam("from", "2024-03-01").queryParam("to", "2024-03-31");
        if (unit != null) {
            request.queryParam("unit", unit);
        }
        if (level != null) {
            request.queryParam("level", level);
        }
        return request.get("/api/v1/indices").then().statusCode(200);
    }

    private static ValidatableResponse submitFeedback(String kind, String dossierCode, String agency) {
        String body = """
                {"kind": "%s", %s %s "text": "Thời gian giải quyết chậm"}"""
                .formatted(kind, dossierCode == null ? "" : "\"dossierCode\": \"" + dossierCode + "\",",
                        agency == null ? "" : "\"agency\": \"" + agency + "\",");
        return applicant().contentType("application/json")
                .header("Idempotency-Key", "fb-" + java.util.UUID.randomUUID()).body(body).post("/api/v1/feedback").then().statusCode(201);
    }

    /** An officer of {@code agency}, the one the feedback is about, answers it. */
    private static ValidatableResponse answer(String feedbackName, String agency) {
        return api(officer(agency)).contentType("application/json")
                .body("{\"answer\": \"Đã chấn chỉnh bộ phận một cửa\"}")
                .post("/api/v1/feedback/{id}/answer", feedback.get(feedbackName)).then().statusCode(200)
                .body("status", equalTo("ANSWERED"));
    }

    private static void satisfaction(String feedbackName, boolean satisfied) {
        applicant().contentType("application/json").body("{\"satisfied\": " + satisfied + "}")
                .post("/api/v1/feedback/{id}/satisfaction", feedback.get(feedbackName)).then().statusCode(200)
                .body("satisfied", equalTo(satisfied));
    }

    private static void rate(String dossier, String overall, List<String> factors, List<String> answers, int total,
                             String grade) {
        String body = """
                {"overall": "%s",
                 "factors": {"access": "%s", "procedure": "%s", "officials": "%s", "result": "%s", "feedbackHandling": "%s"},
                 "answers": {"oneStop": "%s", "procedurePublished": "%s", "officialsAttitude": "%s",
                             "feedbackHandling": "%s", "onlineService": "%s"}}"""
                .formatted(overall, factors.get(0), factors.get(1), factors.get(2), factors.get(3), factors.get(4),
                        answers.get(0), answers.get(1), answers.get(2), answers.get(3), answers.get(4));
        applicant().contentType("application/json").header("Idempotency-Key", "rate-" + d.get(dossier).code).body(body)
                .post("/api/v1/dossiers/{code}/ratings", d.get(dossier).code).then().statusCode(201)
                .body("evaluation.total", equalTo(total)).body("evaluation.grade", equalTo(grade));
    }
}
