package vn.onestop.intake.dossier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.IntakeFixtures;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.platform.testing.Tokens.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class DossierListAndChannelsTest {

    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** The applicant of the counter dossiers these tests submit; they track and withdraw them themselves. */
    private static final String APPLICANT = "001203004570";

    private static String submit() {
        return IntakeFixtures.submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration(APPLICANT))
                .then().statusCode(201).extract().path("code");
    }

    @Test
    void the_officers_list_pages_newest_first_without_gaps_or_repeats() {
        String agency = IntakeFixtures.WARD_PEOPLES_COMMITTEE;
        // from the first one's reception on: a dossier another test received a moment before is not listed
        var first = IntakeFixtures.submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration(APPLICANT))
                .then().statusCode(201).extract();
        String since = first.path("receivedAt");
        List<String> submitted = new ArrayList<>(List.of(first.<String>path("code")));
        for (int i = 1; i < 7; i++) {
            submitted.add(submit());
        }
        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(officer(agency)).queryParam("agency", agency).queryParam("receivedFrom", since).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/dossiers").then().statusCode(200).extract().jsonPath();
            listed.addAll(page.getList("items.code"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        List<String> newestFirst = new ArrayList<>(submitted);
        Collections.reverse(newestFirst);
        assertThat(listed).containsExactlyElementsOf(newestFirst);

        as(officer(agency)).queryParam("agency", agency).queryParam("receivedFrom", since).queryParam("status", "WITHDRAWN")
                .get("/api/v1/dossiers")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", equalTo(null));
    }

    @Test
    void bad_list_parameters_are_problems() {
        as(officer(IntakeFixtures.WARD_PEOPLES_COMMITTEE)).queryParam("status", "LOST").queryParam("limit", 0).queryParam("receivedFrom", "yesterday")
                .get("/api/v1/dossiers").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("status"))
                .body("violations.field", hasItem("limit"))
                .body("violations.field", hasItem("receivedFrom"));
        as(officer(IntakeFixtures.WARD_PEOPLES_COMMITTEE)).queryParam("cursor", "bm9wZQ").get("/api/v1/dossiers").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("cursor"));
    }

    @Test
    void a_closed_channel_refuses_dossiers_with_its_reason_and_the_others_stay_open() {
        String centre = IntakeFixtures.WARD_CENTRE;
        as(centreStaff(centre)).contentType(ContentType.JSON).body("{\"open\": false, \"reason\": \"Giãn cách xã hội (Covid-19)\"}")
                .put("/api/v1/service-centres/{code}/channels/COUNTER", centre)
                .then().statusCode(200).body("open", equalTo(false));

        try {
            long before = IntakeFixtures.dossierCount();
            IntakeFixtures.submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration("001203004571"))
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://onestop.vn/problems/channel-closed"))
                    .body("detail", containsString("Covid-19"));
            assertThat(IntakeFixtures.dossierCount()).isEqualTo(before);

            String online = IntakeFixtures.birthRegistration(centre, "ONLINE", "001203004571");
            IntakeFixtures.submit(UUID.randomUUID().toString(), online).then().statusCode(201);
            given().get("/api/v1/service-centres/{code}/channels", centre).then().statusCode(200)
                    .body("items.find { it.channel == 'COUNTER' }.open", equalTo(false))
                    .body("items.find { it.channel == 'ONLINE' }.open", equalTo(true));
        } finally {
            as(centreStaff(centre)).contentType(ContentType.JSON).body("{\"open\": true}")
                    .put("/api/v1/service-centres/{code}/channels/COUNTER", centre).then().statusCode(200);
        }
        IntakeFixtures.submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration("001203004571"))
                .then().statusCode(201);
        as(centreStaff(centre)).contentType(ContentType.JSON).body("{\"open\": true}")
                .put("/api/v1/service-centres/{code}/channels/FAX", centre).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void an_undecided_dossier_can_be_withdrawn_once_and_processing_is_told() {
        String code = submit();
        String id = as(citizen(APPLICANT)).get("/api/v1/dossiers/{code}", code).path("id");
        as(citizen(APPLICANT)).contentType(ContentType.JSON).body("{\"reason\": \"Nộp nhầm thủ tục\"}")
                .post("/api/v1/dossiers/{code}/withdrawal", code)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("nationalStatusCode", equalTo(7))
                .body("timeline.kind", hasItem("WITHDRAWN"))
                .body("timeline.find { it.kind == 'WITHDRAWN' }.description",
                        containsString("citizen-" + APPLICANT));
        as(citizen(APPLICANT)).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .post("/api/v1/dossiers/{code}/withdrawal", code).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(citizen(APPLICANT)).contentType(ContentType.JSON).body("{\"reason\": \"\"}")
                .post("/api/v1/dossiers/{code}/withdrawal", code).then().statusCode(400)
                .body("violations.field", hasItem("reason"));

        List<ConsumerRecord<String, String>> events = kafka.awaitRecords("intake-test.onestop.dossier.events.v1",
                r -> id.equals(TestKafka.header(r, "ce_subject"))
                        && EventType.DOSSIER_WITHDRAWN.ceType().equals(TestKafka.header(r, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        ContractValidator.shared().requireValid(EventType.DOSSIER_WITHDRAWN, events.get(0).value());
    }

    @Test
    void a_decided_dossier_cannot_be_withdrawn() {
        String code = submit();
        UUID id = UUID.fromString(as(citizen(APPLICANT)).get("/api/v1/dossiers/{code}", code).path("id"));
        kafka.sendEvent("intake-test.onestop.processing.events.v1", EventType.DOSSIER_DECIDED, id, """
                {"dossierId": "%s", "dossierCode": "%s", "procedureId": "P1", "decision": "APPROVED",
                 "decidedAt": "%s", "decidedBy": "H22", "status": "DECIDED", "nationalStatusCode": 9,
                 "applicant": {"fullName": "A", "idNumber": "001203004570"}, "resultData": {}}"""
                .formatted(id, code, EventTimes.now()));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(citizen(APPLICANT)).get("/api/v1/dossiers/{code}", code).then().body("status", equalTo("DECIDED")));
        as(citizen(APPLICANT)).contentType(ContentType.JSON).body("{\"reason\": \"too late\"}")
                .post("/api/v1/dossiers/{code}/withdrawal", code).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/dossier-not-withdrawable"));
        as(citizen(APPLICANT)).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/api/v1/dossiers/{code}/withdrawal", "NOPE-000000-0001").then().statusCode(404);
    }
}
