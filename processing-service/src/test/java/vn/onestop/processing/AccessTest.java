package vn.onestop.processing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures.Dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.platform.testing.Tokens.admin;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.leader;
import static vn.onestop.platform.testing.Tokens.officer;
import static vn.onestop.platform.testing.Tokens.operator;
import static vn.onestop.platform.testing.Tokens.partner;
import static vn.onestop.processing.ProcessingFixtures.LAND_OFFICE;
import static vn.onestop.processing.ProcessingFixtures.RECEIVING_CENTRE;
import static vn.onestop.processing.ProcessingFixtures.TAX_OFFICE;
import static vn.onestop.processing.ProcessingFixtures.WARD_POLICE;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.submit;
import static vn.onestop.processing.ProcessingFixtures.userOf;

/**
 * Who may call what, with real tokens: no token is 401, a role that never may is 403, a case or task
 * of another agency is 404 (as if it did not exist), an agency that may see a case but not do that
 * is 403, and the public operations need no token.
 */
@QuarkusTest
class AccessTest {

    private static final String OTHER_CENTRE = "003.01.20.H22";
    private static final String APPLICANT = "079088001235";
    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String json(String body) {
        return body.replace('\'', '"');
    }

    @Test
    void without_a_token_every_secured_operation_is_a_401_problem() {
        UUID id = UUID.randomUUID();
        record Call(String method, String path, String body) {
        }
        for (Call call : List.of(
                new Call("GET", "/api/v1/cases/" + id, null),
                new Call("POST", "/api/v1/cases/" + id + "/stop", "{'reason': 'x'}"),
                new Call("POST", "/api/v1/cases/" + id + "/fast-lane", "{'resultData': {}}"),
                new Call("POST", "/api/v1/cases/" + id + "/payment", "{'reference': 'BL-1'}"),
                new Call("POST", "/api/v1/cases/" + id + "/result-data", "{'resultData': {}}"),
                new Call("GET", "/api/v1/dossiers/" + id + "/deadline", null),
                new Call("POST", "/api/v1/dossiers/" + id + "/apology",
                        "{'newDueAt': '2030-01-01T09:00:00+07:00', 'reason': 'x'}"),
                new Call("GET", "/api/v1/tasks", null),
                new Call("GET", "/api/v1/tasks/" + id, null),
                new Call("POST", "/api/v1/tasks/" + id + "/claim", null),
                new Call("POST", "/api/v1/tasks/" + id + "/complete", "{'outcome': 'APPROVE'}"),
                new Call("PUT", "/api/v1/calendars/default", "{'zone': 'Asia/Ho_Chi_Minh'}"))) {
            RequestSpecification request = given();
            if (call.body() != null) {
                request.contentType(ContentType.JSON).body(json(call.body()));
            }
            request.request(call.method(), call.path()).then()
                    .statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void the_preview_and_the_calendars_are_public() {
        given().queryParam("procedureId", "P2").queryParam("agency", WARD_POLICE)
                .queryParam("receivedAt", "2026-12-01T09:00:00+07:00")
                .get("/api/v1/deadlines/preview").then().statusCode(200).body("due", equalTo("2026-12-10T09:00:00+07:00"));
        given().get("/api/v1/calendars").then().statusCode(200);
        given().get("/api/v1/calendars/default").then().statusCode(200);
        given().get("/api/v1/calendars/{agency}", WARD_POLICE).then().statusCode(200);
    }

    @Test
    void only_the_administration_replaces_a_calendar() {
        String agency = "000.00.35.T" + System.nanoTime() % 100000;
        String calendar = json("""
                {'zone': 'Asia/Ho_Chi_Minh', 'workingPeriods': [{'start': '07:30', 'end': '11:30'},
                 {'start': '13:00', 'end': '16:30'}], 'weekend': ['SATURDAY', 'SUNDAY'], 'sameDayCutoff': '15:00',
                 'holidays': [{'date': '2026-12-31', 'name': 'Ngày nghỉ bù', 'source': 'test'}],
                 'makeUpWorkingDays': []}""");
        for (String token : List.of(officer(WARD_POLICE), leader(WARD_POLICE), centreStaff(RECEIVING_CENTRE),
                partner(TAX_OFFICE), operator(), citizen(APPLICANT))) {
            as(token).contentType(ContentType.JSON).body(calendar).put("/api/v1/calendars/{agency}", agency).then()
                    .statusCode(403).contentType("application/problem+json");
        }
        given().get("/api/v1/calendars/{agency}", agency).then().statusCode(200).body("appliesFrom", equalTo("default"));
        as(admin()).contentType(ContentType.JSON).body(calendar).put("/api/v1/calendars/{agency}", agency).then()
                .statusCode(200).body("appliesFrom", equalTo(agency));
    }

    @Test
    void a_task_is_seen_by_its_agency_and_worked_by_its_officers_and_partner_system_only() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String task = openTask(d, WARD_POLICE, "RECEIVE_CHECK");

        // roles that never handle tasks
        as(centreStaff(RECEIVING_CENTRE)).get("/api/v1/tasks/{id}", task).then().statusCode(403);
        as(citizen(APPLICANT)).get("/api/v1/tasks").then().statusCode(403).contentType("application/problem+json");
        as(admin()).get("/api/v1/tasks").then().statusCode(403);
        // another agency's task, though that agency is of the dossier's place: as if it did not exist
        as(officer(LAND_OFFICE)).get("/api/v1/tasks/{id}", task).then().statusCode(404)
                .contentType("application/problem+json");
        as(officer(LAND_OFFICE)).post("/api/v1/tasks/{id}/claim", task).then().statusCode(404);
        as(partner(TAX_OFFICE)).contentType(ContentType.JSON).body(json("{'outcome': 'APPROVE'}"))
                .post("/api/v1/tasks/{id}/complete", task).then().statusCode(404);
        // its leader sees it, but does not work it
        as(leader(WARD_POLICE)).get("/api/v1/tasks/{id}", task).then().statusCode(200).body("status", equalTo("OPEN"));
        as(leader(WARD_POLICE)).post("/api/v1/tasks/{id}/claim", task).then().statusCode(403);
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body(json("{'outcome': 'APPROVE'}"))
                .post("/api/v1/tasks/{id}/complete", task).then().statusCode(403).contentType("application/problem+json");
        as(officer(WARD_POLICE)).get("/api/v1/tasks/{id}", task).then().statusCode(200).body("status", equalTo("OPEN"));

        // its partner system claims it; its officer completes it, and is the one recorded
        as(partner(WARD_POLICE)).post("/api/v1/tasks/{id}/claim", task).then().statusCode(200)
                .body("claimedBy", equalTo(userOf("partner-system", WARD_POLICE)));
        as(officer(WARD_POLICE)).contentType(ContentType.JSON).body(json("{'outcome': 'APPROVE'}"))
                .post("/api/v1/tasks/{id}/complete", task).then().statusCode(200)
                .body("status", equalTo("DONE")).body("completedBy", equalTo(userOf("officer", WARD_POLICE)));
    }

    @Test
    void an_inbox_is_the_callers_agencys_only() {
        Dossier d = newDossier();
        submit(kafka, d, "P2", WARD_POLICE);
        String policeTask = openTask(d, WARD_POLICE, "RECEIVE_CHECK");
        Dossier land = newDossier();
        submit(kafka, land, "P10", LAND_OFFICE);
        String landTask = openTask(land, LAND_OFFICE, "RECEIVE_CHECK");

        as(officer(LAND_OFFICE)).queryParam("agency", WARD_POLICE).get("/api/v1/tasks").then()
                .statusCode(403).contentType("application/problem+json");
        as(leader(LAND_OFFICE)).queryParam("agency", WARD_POLICE).get("/api/v1/tasks").then().statusCode(403);

        Map<String, String> landInbox = inbox(officer(LAND_OFFICE));
        assertThat(landInbox).containsKey(landTask).doesNotContainKey(policeTask);
        assertThat(landInbox.values()).allMatch(LAND_OFFICE::equals);
        Map<String, String> policeInbox = inbox(officer(WARD_POLICE));
        assertThat(policeInbox).containsKey(policeTask).doesNotContainKey(landTask);
        assertThat(policeInbox.values()).allMatch(WARD_POLICE::equals);
        assertThat(inbox(leader(WARD_POLICE))).containsKey(policeTask);
        assertThat(inbox(partner(TAX_OFFICE)).values()).allMatch(TAX_OFFICE::equals);
    }

    /** Every task of the caller's plain inbox (no agency asked), task id to agency, following the cursor. */
    private static Map<String, String> inbox(String token) {
        Map<String, String> tasks = new HashMap<>();
        String cursor = null;
        do {
            RequestSpecification request = as(token).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/tasks").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                tasks.put((String) item.get("id"), (String) item.get("agency"));
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return tasks;
    }

    @Test
    void a_case_is_seen_by_the_agencies_with_a_step_in_it_and_the_receiving_centre_only() {
        Dossier d = newDossier();
        submit(kafka, d, "P10", LAND_OFFICE);
        openTask(d, LAND_OFFICE, "RECEIVE_CHECK");

        for (String token : List.of(officer(LAND_OFFICE), leader(LAND_OFFICE), partner(TAX_OFFICE), officer(TAX_OFFICE),
                centreStaff(RECEIVING_CENTRE))) {
            as(token).get("/api/v1/cases/{id}", d.id()).then().statusCode(200).body("competentAgency", equalTo(LAND_OFFICE));
            as(token).get("/api/v1/dossiers/{id}/deadline", d.id()).then().statusCode(200);
        }
        // the ward police is an agency of the dossier's place, with no step in a land transfer
        for (String token : List.of(officer(WARD_POLICE), leader(WARD_POLICE), centreStaff(OTHER_CENTRE))) {
            as(token).get("/api/v1/cases/{id}", d.id()).then().statusCode(404).contentType("application/problem+json");
            as(token).get("/api/v1/dossiers/{id}/deadline", d.id()).then().statusCode(404);
        }
        for (String token : List.of(citizen(APPLICANT), admin(), operator())) {
            as(token).get("/api/v1/cases/{id}", d.id()).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void only_a_leader_of_the_competent_agency_stops_a_dossier_or_apologises_for_it() {
        Dossier d = newDossier();
        submit(kafka, d, "P10", LAND_OFFICE);
        openTask(d, LAND_OFFICE, "RECEIVE_CHECK");
        String stop = json("{'reason': 'Có tranh chấp'}");
        String apology = json("{'newDueAt': '2099-01-01T09:00:00+07:00', 'reason': 'Cần xác minh thêm'}");

        // not a leader
        for (String token : List.of(officer(LAND_OFFICE), partner(LAND_OFFICE), centreStaff(RECEIVING_CENTRE), admin())) {
            as(token).contentType(ContentType.JSON).body(stop).post("/api/v1/cases/{id}/stop", d.id()).then()
                    .statusCode(403).contentType("application/problem+json");
            as(token).contentType(ContentType.JSON).body(apology).post("/api/v1/dossiers/{id}/apology", d.id()).then()
                    .statusCode(403);
        }
        // the leader of an agency that has a step in it, but is not competent: sees the case, may not
        as(leader(TAX_OFFICE)).contentType(ContentType.JSON).body(stop).post("/api/v1/cases/{id}/stop", d.id()).then()
                .statusCode(403).contentType("application/problem+json");
        as(leader(TAX_OFFICE)).contentType(ContentType.JSON).body(apology)
                .post("/api/v1/dossiers/{id}/apology", d.id()).then().statusCode(403);
        // the leader of an agency without a part in it: as if it did not exist
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body(stop).post("/api/v1/cases/{id}/stop", d.id()).then()
                .statusCode(404);
        as(leader(WARD_POLICE)).contentType(ContentType.JSON).body(apology)
                .post("/api/v1/dossiers/{id}/apology", d.id()).then().statusCode(404);
        as(centreStaff(RECEIVING_CENTRE)).get("/api/v1/cases/{id}", d.id()).then().body("status", equalTo("IN_PROCESS"));

        as(leader(LAND_OFFICE)).contentType(ContentType.JSON).body(stop).post("/api/v1/cases/{id}/stop", d.id()).then()
                .statusCode(200).body("status", equalTo("STOPPED"));
    }

    @Test
    void the_counters_work_and_result_corrections_are_refused_to_the_wrong_people() {
        Dossier d = newDossier();
        submit(kafka, d, "P10", LAND_OFFICE);
        openTask(d, LAND_OFFICE, "RECEIVE_CHECK");
        String payment = json("{'reference': 'BL-2026-0002'}");
        String fastLane = json("{'resultData': {}}");
        String correction = json("{'resultData': {'landCertificateNumber': 'DD 1'}}");

        // roles that never may
        for (String token : List.of(leader(LAND_OFFICE), partner(LAND_OFFICE), citizen(APPLICANT))) {
            as(token).contentType(ContentType.JSON).body(payment).post("/api/v1/cases/{id}/payment", d.id()).then()
                    .statusCode(403);
            as(token).contentType(ContentType.JSON).body(fastLane).post("/api/v1/cases/{id}/fast-lane", d.id()).then()
                    .statusCode(403);
        }
        as(centreStaff(RECEIVING_CENTRE)).contentType(ContentType.JSON).body(correction)
                .post("/api/v1/cases/{id}/result-data", d.id()).then().statusCode(403);
        // the tax office takes part but is not competent
        as(officer(TAX_OFFICE)).contentType(ContentType.JSON).body(payment).post("/api/v1/cases/{id}/payment", d.id())
                .then().statusCode(403).contentType("application/problem+json");
        as(officer(TAX_OFFICE)).contentType(ContentType.JSON).body(correction)
                .post("/api/v1/cases/{id}/result-data", d.id()).then().statusCode(403);
        // another centre, an agency without a part: 404
        as(centreStaff(OTHER_CENTRE)).contentType(ContentType.JSON).body(payment).post("/api/v1/cases/{id}/payment", d.id())
                .then().statusCode(404);
        as(officer(WARD_POLICE)).contentType(ContentType.JSON).body(correction)
                .post("/api/v1/cases/{id}/result-data", d.id()).then().statusCode(404);
        // the right people get past the access check to the state of the case: nothing to pay, nothing blocked
        as(centreStaff(RECEIVING_CENTRE)).contentType(ContentType.JSON).body(payment)
                .post("/api/v1/cases/{id}/payment", d.id()).then().statusCode(409);
        as(officer(LAND_OFFICE)).contentType(ContentType.JSON).body(correction)
                .post("/api/v1/cases/{id}/result-data", d.id()).then().statusCode(409);
    }
}
