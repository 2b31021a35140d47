package vn.onestop.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.intake.appointment.TestCentres;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.platform.testing.TestKafka;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.onestop.intake.IntakeFixtures.PROVINCE_CENTRE;
import static vn.onestop.intake.IntakeFixtures.TAN_THANH_PEOPLES_COMMITTEE;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.WARD_PEOPLES_COMMITTEE;
import static vn.onestop.intake.IntakeFixtures.birthRegistration;
import static vn.onestop.intake.IntakeFixtures.dossierCount;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submitAs;
import static vn.onestop.platform.testing.Tokens.admin;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.auditor;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.leader;
import static vn.onestop.platform.testing.Tokens.officer;
import static vn.onestop.platform.testing.Tokens.operator;
import static vn.onestop.platform.testing.Tokens.partner;

/**
 * Who may do what in intake, over HTTP with real tokens: without a token 401, with a role the
 * operation does not allow 403, someone else's dossier or appointment 404 (as if it did not
 * exist), and its owner gets through. The rules themselves are tabled in DossierAccessTest,
 * AppointmentAccessTest and CentreAccessTest.
 */
@QuarkusTest
class AccessTest {

    /** Citizen A: the applicant of the counter dossiers below. */
    static final String A = "001203007001";
    /** Citizen B: files online for themselves. */
    static final String B = "001203007002";
    /** Citizen C, whose dossier their representative R files online. */
    static final String C = "001203007003";
    static final String R = "001203007004";
    static final String OTHER_CENTRE = "002.02.20.H22";
    static final String PROBLEM = "application/problem+json";

    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** A request with {@code token}, or without any token when it is null. */
    static RequestSpecification by(String token) {
        return token == null ? given() : as(token);
    }

    /** A P1 dossier for citizen A, received at the ward centre's counter (competent: the ward's committee). */
    static String counterDossierOfA() {
        return counterDossierOf(A);
    }

    static String counterDossierOf(String applicant) {
        return submitAs(centreStaff(WARD_CENTRE), UUID.randomUUID().toString(), birthRegistration(applicant))
                .then().statusCode(201).extract().path("code");
    }

    static String onlineBody(String applicant, String representative) {
        String body = birthRegistration(WARD_CENTRE, "ONLINE", applicant);
        return representative == null ? body : body.replace("\"components\"",
                "\"representative\": {\"fullName\": \"Đỗ Văn Rạng\", \"idNumber\": \"" + representative
                        + "\", \"relation\": \"father\"}, \"components\"");
    }

    /** Tokens and the status each gets when reading citizen A's counter dossier. */
    static Map<String, Integer> readersOfA() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("no token", 401);
        expected.put("admin", 403);
        expected.put("operator", 403);
        expected.put("auditor", 403);
        expected.put("partner of the competent agency", 403);
        expected.put("citizen B", 404);
        expected.put("staff of another centre", 404);
        expected.put("officer of another agency", 404);
        expected.put("leader of another agency", 404);
        expected.put("citizen A", 200);
        expected.put("staff of the receiving centre", 200);
        expected.put("officer of the competent agency", 200);
        expected.put("leader of the competent agency", 200);
        return expected;
    }

    static String token(String who) {
        return switch (who) {
            case "no token" -> null;
            case "admin" -> admin();
            case "operator" -> operator();
            case "auditor" -> auditor();
            case "partner of the competent agency" -> partner(WARD_PEOPLES_COMMITTEE);
            case "citizen A" -> citizen(A);
            case "citizen B" -> citizen(B);
            case "staff of another centre" -> centreStaff(OTHER_CENTRE);
            case "staff of the receiving centre" -> centreStaff(WARD_CENTRE);
            case "officer of another agency" -> officer(TAN_THANH_PEOPLES_COMMITTEE);
            case "leader of another agency" -> leader(TAN_THANH_PEOPLES_COMMITTEE);
            case "officer of the competent agency" -> officer(WARD_PEOPLES_COMMITTEE);
            case "leader of the competent agency" -> leader(WARD_PEOPLES_COMMITTEE);
            default -> throw new IllegalArgumentException(who);
        };
    }

    @Test
    void a_dossier_its_receipt_and_its_notifications_are_read_only_by_those_it_concerns() {
        String code = counterDossierOfA();
        for (Map.Entry<String, Integer> reader : readersOfA().entrySet()) {
            String token = token(reader.getKey());
            int status = reader.getValue();
            for (String path : List.of("/api/v1/dossiers/{code}", "/api/v1/dossiers/{code}/notifications",
                    "/api/v1/dossiers/{code}/receipt")) {
                String accept = path.endsWith("receipt") ? "application/pdf" : "application/json";
                Response response = by(token).accept(accept).get(path, code);
                assertThat(response.statusCode()).as("%s GET %s", reader.getKey(), path).isEqualTo(status);
                if (status != 200) {
                    assertThat(response.contentType()).as("%s GET %s", reader.getKey(), path).startsWith(PROBLEM);
                }
                if (status == 404) {
                    // the same answer as for a code that does not exist: a stranger learns nothing
                    Response unknown = by(token).accept(accept).get(path, code + "9");
                    assertThat(unknown.statusCode()).isEqualTo(404);
                    assertThat(response.jsonPath().getString("detail"))
                            .isEqualTo(unknown.jsonPath().getString("detail").replace(code + "9", code));
                }
            }
        }
        as(citizen(A)).get("/api/v1/dossiers/{code}", code).then().body("applicant.idNumber", equalTo(A));
    }

    @Test
    void the_representative_and_the_applicant_both_see_an_online_dossier_and_strangers_do_not() {
        String code = submitAs(citizen(R), UUID.randomUUID().toString(), onlineBody(C, R))
                .then().statusCode(201).body("representative.idNumber", equalTo(R)).extract().path("code");
        as(citizen(R)).get("/api/v1/dossiers/{code}", code).then().statusCode(200);
        as(citizen(C)).get("/api/v1/dossiers/{code}", code).then().statusCode(200);
        as(citizen(A)).get("/api/v1/dossiers/{code}", code).then().statusCode(404);
    }

    @Test
    void each_caller_lists_only_what_they_may_see() {
        // citizens of their own, so that nothing another test filed shows in their lists
        String a = "001203007011";
        String b = "001203007012";
        String c = "001203007013";
        String r = "001203007014";
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        String ofA = counterDossierOf(a);
        String ofB = submitAs(citizen(b), UUID.randomUUID().toString(), onlineBody(b, null))
                .then().statusCode(201).extract().path("code");
        String ofC = submitAs(citizen(r), UUID.randomUUID().toString(), onlineBody(c, r))
                .then().statusCode(201).extract().path("code");

        assertThat(listed(citizen(a), since)).containsExactly(ofA);
        assertThat(listed(citizen(b), since)).containsExactly(ofB);
        assertThat(listed(citizen(r), since)).as("the representative's list").containsExactly(ofC);
        assertThat(listed(citizen(c), since)).as("the applicant's list").containsExactly(ofC);
        assertThat(listed(centreStaff(WARD_CENTRE), since)).contains(ofA, ofB, ofC);
        assertThat(listed(centreStaff(OTHER_CENTRE), since)).doesNotContain(ofA, ofB, ofC);
        assertThat(listed(officer(WARD_PEOPLES_COMMITTEE), since)).contains(ofA, ofB, ofC);
        assertThat(listed(leader(WARD_PEOPLES_COMMITTEE), since)).contains(ofA);
        assertThat(listed(officer(TAN_THANH_PEOPLES_COMMITTEE), since)).doesNotContain(ofA, ofB, ofC);
        // naming an agency only narrows a citizen's own list or a centre's
        assertThat(listed(as(citizen(b)).queryParam("agency", WARD_PEOPLES_COMMITTEE), since)).containsExactly(ofB);
        assertThat(listed(as(citizen(b)).queryParam("agency", TAN_THANH_PEOPLES_COMMITTEE), since)).isEmpty();
        assertThat(listed(as(centreStaff(WARD_CENTRE)).queryParam("agency", WARD_PEOPLES_COMMITTEE), since))
                .contains(ofA, ofB, ofC);

        as(officer(WARD_PEOPLES_COMMITTEE)).queryParam("agency", TAN_THANH_PEOPLES_COMMITTEE).get("/api/v1/dossiers")
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString(TAN_THANH_PEOPLES_COMMITTEE));
        as(leader(TAN_THANH_PEOPLES_COMMITTEE)).queryParam("agency", WARD_PEOPLES_COMMITTEE).get("/api/v1/dossiers")
                .then().statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/dossiers").then().statusCode(401).contentType(PROBLEM);
        for (String wrongRole : List.of(admin(), auditor(), operator(), partner(WARD_PEOPLES_COMMITTEE))) {
            as(wrongRole).get("/api/v1/dossiers").then().statusCode(403).contentType(PROBLEM);
        }
    }

    private static List<String> listed(String token, String since) {
        return listed(as(token), since);
    }

    private static List<String> listed(RequestSpecification request, String since) {
        JsonPath page = request.queryParam("receivedFrom", since).queryParam("limit", 200).get("/api/v1/dossiers")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("nextCursor")).as("one page holds this test's dossiers").isNull();
        return page.getList("items.code", String.class);
    }

    @Test
    void dossiers_are_filed_by_the_applicant_online_and_by_the_counter_at_the_counter() {
        long before = dossierCount();
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(onlineBody(A, null))
                .post("/api/v1/dossiers").then().statusCode(401).contentType(PROBLEM);
        given().header("Idempotency-Key", key).multiPart("dossier", onlineBody(A, null), "application/json")
                .post("/api/v1/dossiers").then().statusCode(401).contentType(PROBLEM);
        submitAs(officer(WARD_PEOPLES_COMMITTEE), key, birthRegistration(A)).then().statusCode(403).contentType(PROBLEM);
        submitAs(admin(), key, birthRegistration(A)).then().statusCode(403).contentType(PROBLEM);
        // a citizen does not file at the counter, nor for another person
        submitAs(citizen(A), key, birthRegistration(A)).then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("counter"));
        as(citizen(A)).header("Idempotency-Key", key).multiPart("dossier", birthRegistration(A), "application/json")
                .post("/api/v1/dossiers").then().statusCode(403).contentType(PROBLEM);
        submitAs(citizen(A), key, onlineBody(B, null)).then().statusCode(403).contentType(PROBLEM);
        submitAs(citizen(A), key, onlineBody(C, R)).then().statusCode(403).contentType(PROBLEM);
        // counter staff file at their own centre, and not in the applicant's name online
        submitAs(centreStaff(OTHER_CENTRE), key, birthRegistration(A)).then().statusCode(403).contentType(PROBLEM);
        submitAs(centreStaff(WARD_CENTRE), key, onlineBody(A, null)).then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("ONLINE"));
        assertThat(dossierCount()).as("no refused request stored anything").isEqualTo(before);

        // the refusals did not use up the key: the applicant files online with it
        submitAs(citizen(A), key, onlineBody(A, null)).then().statusCode(201).body("channel", equalTo("ONLINE"));
        submitAs(citizen(A), UUID.randomUUID().toString(),
                birthRegistration(WARD_CENTRE, "POSTAL", A)).then().statusCode(201).body("channel", equalTo("POSTAL"));
        submitAs(centreStaff(WARD_CENTRE), UUID.randomUUID().toString(),
                birthRegistration(WARD_CENTRE, "POSTAL", B)).then().statusCode(201);
        submitAs(centreStaff(PROVINCE_CENTRE), UUID.randomUUID().toString(),
                birthRegistration(PROVINCE_CENTRE, "COUNTER", B).replace("\"notify\"", "\"administrativeUnit\": \""
                        + IntakeFixtures.TAN_THANH_UNIT + "\", \"notify\"")).then().statusCode(201);
    }

    @Test
    void only_the_applicant_or_the_receiving_counter_supplements_a_dossier() {
        String code = counterDossierOfA();
        QuarkusTransaction.requiringNew().run(() -> {
            // what a SupplementRequested event does to the dossier (ProcessingTrackingTest drives the event)
            Dossier d = Dossier.findByCode(code).orElseThrow();
            d.status = DossierStatus.SUPPLEMENT_REQUESTED;
            d.nationalStatusCode = DossierStatus.SUPPLEMENT_REQUESTED.nationalCode();
            d.supplementRound = 1;
        });
        String body = "{\"components\": [" + pdf("MARRIAGE_CERT") + "]}";
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("no token", 401);
        expected.put("officer of the competent agency", 403);
        expected.put("leader of the competent agency", 403);
        expected.put("admin", 403);
        expected.put("citizen B", 404);
        expected.put("staff of another centre", 404);
        expected.put("citizen A", 200);
        for (Map.Entry<String, Integer> caller : expected.entrySet()) {
            by(token(caller.getKey())).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/dossiers/{code}/supplements", code)
                    .then().statusCode(caller.getValue());
        }
        as(citizen(A)).get("/api/v1/dossiers/{code}", code).then()
                .body("components.find { it.code == 'MARRIAGE_CERT' }.round", equalTo(1))
                .body("timeline.find { it.kind == 'SUPPLEMENTED' }.description", containsString("citizen-" + A));
    }

    @Test
    void only_the_applicant_or_the_receiving_counter_withdraws_a_dossier() {
        String code = counterDossierOfA();
        String body = "{\"reason\": \"Nộp nhầm\"}";
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("no token", 401);
        expected.put("officer of the competent agency", 403);
        expected.put("leader of the competent agency", 403);
        expected.put("auditor", 403);
        expected.put("citizen B", 404);
        expected.put("staff of another centre", 404);
        for (Map.Entry<String, Integer> caller : expected.entrySet()) {
            by(token(caller.getKey())).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/dossiers/{code}/withdrawal", code)
                    .then().statusCode(caller.getValue()).contentType(PROBLEM);
        }
        as(citizen(A)).get("/api/v1/dossiers/{code}", code).then().body("status", equalTo("RECEIVED"));
        as(centreStaff(WARD_CENTRE)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers/{code}/withdrawal", code).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("timeline.find { it.kind == 'WITHDRAWN' }.description",
                        containsString("centre-staff-" + WARD_CENTRE.toLowerCase()));
        String own = counterDossierOfA();
        as(citizen(A)).contentType(ContentType.JSON).body(body).post("/api/v1/dossiers/{code}/withdrawal", own)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void appointments_are_booked_and_seen_by_the_citizen_they_are_for_and_the_centres_counter() {
        String centre = TestCentres.centre(kafka);
        String start = TestCentres.slot(LocalTime.of(9, 0)).toOffsetDateTime().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(booking(centre, start, A)).post("/api/v1/appointments").then().statusCode(401).contentType(PROBLEM);
        book(officer(centre), centre, start, A).then().statusCode(403).contentType(PROBLEM);
        book(admin(), centre, start, A).then().statusCode(403).contentType(PROBLEM);
        book(citizen(B), centre, start, A).then().statusCode(403).contentType(PROBLEM);
        book(centreStaff(OTHER_CENTRE), centre, start, A).then().statusCode(403).contentType(PROBLEM);

        String ofA = book(citizen(A), centre, start, A).then().statusCode(201).extract().path("id");
        String ofB = book(centreStaff(centre), centre, start, B).then().statusCode(201).extract().path("id");

        given().get("/api/v1/appointments/{id}", ofA).then().statusCode(401).contentType(PROBLEM);
        as(officer(centre)).get("/api/v1/appointments/{id}", ofA).then().statusCode(403).contentType(PROBLEM);
        as(citizen(B)).get("/api/v1/appointments/{id}", ofA).then().statusCode(404).contentType(PROBLEM);
        as(centreStaff(OTHER_CENTRE)).get("/api/v1/appointments/{id}", ofA).then().statusCode(404);
        as(citizen(A)).get("/api/v1/appointments/{id}", ofA).then().statusCode(200).body("applicantIdNumber", equalTo(A));
        as(centreStaff(centre)).get("/api/v1/appointments/{id}", ofA).then().statusCode(200);
        as(citizen(B)).get("/api/v1/appointments/{id}", ofB).then().statusCode(200).body("serviceCentre", equalTo(centre));
        as(citizen(A)).get("/api/v1/appointments/{id}", ofB).then().statusCode(404);
    }

    private static String booking(String centre, String start, String idNumber) {
        return """
                {"serviceCentre": "%s", "procedureId": "P2", "slotStart": "%s",
                 "applicant": {"fullName": "Võ Thị Hoa", "idNumber": "%s"}}""".formatted(centre, start, idNumber);
    }

    private static Response book(String token, String centre, String start, String idNumber) {
        return as(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(booking(centre, start, idNumber)).post("/api/v1/appointments");
    }

    @Test
    void a_centres_channels_are_opened_and_closed_by_its_counter_staff_or_an_administrator() {
        String path = "/api/v1/service-centres/{code}/channels/{channel}";
        String open = "{\"open\": true}";
        given().contentType(ContentType.JSON).body(open).put(path, WARD_CENTRE, "POSTAL")
                .then().statusCode(401).contentType(PROBLEM);
        as(citizen(A)).contentType(ContentType.JSON).body(open).put(path, WARD_CENTRE, "POSTAL")
                .then().statusCode(403).contentType(PROBLEM);
        as(officer(WARD_CENTRE)).contentType(ContentType.JSON).body(open).put(path, WARD_CENTRE, "POSTAL")
                .then().statusCode(403).contentType(PROBLEM);
        as(centreStaff(OTHER_CENTRE)).contentType(ContentType.JSON).body(open).put(path, WARD_CENTRE, "POSTAL")
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString(OTHER_CENTRE));
        as(centreStaff(WARD_CENTRE)).contentType(ContentType.JSON).body(open).put(path, WARD_CENTRE, "POSTAL")
                .then().statusCode(200).body("open", equalTo(true));
        as(admin()).contentType(ContentType.JSON).body(open).put(path, WARD_CENTRE, "POSTAL")
                .then().statusCode(200).body("channel", equalTo("POSTAL"));
        // reading them stays public
        given().get("/api/v1/service-centres/{code}/channels", WARD_CENTRE).then().statusCode(200)
                .body("items.channel", hasItem("POSTAL"));
    }
}
