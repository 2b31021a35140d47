package vn.onestop.intake.dossier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.onestop.intake.IntakeFixtures;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submit;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;

/**
 * The receipt's tracking link: anyone holding it sees where the dossier stands, without a login
 * and without the personal data in it; nobody reaches it from the guessable dossier code.
 */
@QuarkusTest
class TrackingLinkTest {

    private static final String BASE = "http://127.0.0.1:8081/api/v1/tracking/";

    private static String personId() {
        return "0012030" + String.format("%05d", (int) (Math.random() * 100_000));
    }

    private static String secretOf(String trackingUrl) {
        assertThat(trackingUrl).startsWith(BASE);
        return trackingUrl.substring(BASE.length());
    }

    @Test
    void the_link_shows_status_and_steps_without_a_login_and_without_personal_data() {
        String person = personId();
        JsonPath created = submit(UUID.randomUUID().toString(),
                IntakeFixtures.birthRegistration(IntakeFixtures.WARD_CENTRE, "ONLINE", person))
                .then().statusCode(201).body("trackingUrl", notNullValue()).extract().jsonPath();
        String code = created.getString("code");
        String secret = secretOf(created.getString("trackingUrl"));
        assertThat(secret).doesNotContain(code).hasSize(27);
        // the applicant finds the same link on the dossier
        as(citizen(person)).get("/api/v1/dossiers/{code}", code).then().statusCode(200)
                .body("trackingUrl", equalTo(created.getString("trackingUrl")));

        String body = given().get("/api/v1/tracking/{secret}", secret).then().statusCode(200)
                .contentType("application/json")
                .body("code", equalTo(code))
                .body("procedureId", equalTo("P1"))
                .body("status", equalTo("RECEIVED"))
                .body("nationalStatusCode", equalTo(2))
                .body("timeline[0].kind", equalTo("RECEIVED"))
                .body("timeline[0].at", notNullValue())
                .extract().asString();
        assertThat(OffsetDateTime.parse(JsonPath.from(body).getString("dueAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(created.getString("dueAt")).toInstant());
        assertThat(body).doesNotContain(person, "Nguyễn Văn An", "an@example.vn", "0912345678", "applicant",
                "components", "description", "fileName");

        // a reason given on withdrawal is the applicant's, not the link's
        String reason = "Nộp nhầm, hồ sơ của ông Trần Văn Ba";
        as(citizen(person)).contentType("application/json").body("{\"reason\": \"" + reason + "\"}")
                .post("/api/v1/dossiers/{code}/withdrawal", code).then().statusCode(200);
        String withdrawn = given().get("/api/v1/tracking/{secret}", secret).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnAt", notNullValue())
                .extract().asString();
        assertThat(withdrawn).doesNotContain(reason).doesNotContain("Trần Văn Ba");
    }

    @Test
    void every_dossier_has_its_own_unguessable_link_and_the_code_opens_nothing() {
        List<String> secrets = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonPath created = submit(UUID.randomUUID().toString(), IntakeFixtures.birthRegistration(personId()))
                    .then().statusCode(201).extract().jsonPath();
            secrets.add(secretOf(created.getString("trackingUrl")));
            codes.add(created.getString("code"));
        }
        assertThat(secrets).doesNotHaveDuplicates().allMatch(s -> s.matches("[A-Za-z0-9_-]{27}"));

        String unknown = secrets.get(0).substring(0, 26) + (secrets.get(0).endsWith("A") ? "B" : "A");
        for (String guess : List.of(codes.get(0), unknown, "x", "0".repeat(64), secrets.get(0) + "A")) {
            given().get("/api/v1/tracking/{secret}", guess).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://onestop.vn/problems/not-found"));
        }
    }

    @Test
    void a_bundles_link_lists_its_members_each_with_its_own_link() {
        String mother = personId();
        JsonPath bundle = submit(UUID.randomUUID().toString(), """
                {"procedureId": "BIRTH_BUNDLE", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Đặng Thu Trang", "idNumber": "%s"},
                 "components": [%s, %s, %s, %s, %s]}""".formatted(IntakeFixtures.WARD_CENTRE, mother,
                pdf("BIRTH_REGISTRATION_FORM"), pdf("BIRTH_NOTICE"), pdf("REQUESTER_ID"), pdf("RESIDENCE_CHANGE_FORM"),
                pdf("HEALTH_INSURANCE_FORM")))
                .then().statusCode(201).extract().jsonPath();
        List<String> members = bundle.getList("children.code");

        given().get("/api/v1/tracking/{secret}", secretOf(bundle.getString("trackingUrl"))).then().statusCode(200)
                .body("kind", equalTo("BUNDLE"))
                .body("members", hasSize(3))
                .body("members.code", equalTo(members));
        String member = members.get(0);
        String memberLink = as(citizen(mother)).get("/api/v1/dossiers/{code}", member).then().statusCode(200)
                .extract().path("trackingUrl");
        assertThat(memberLink).isNotEqualTo(bundle.getString("trackingUrl"));
        given().get("/api/v1/tracking/{secret}", secretOf(memberLink)).then().statusCode(200)
                .body("code", equalTo(member))
                .body("kind", equalTo("BUNDLE_MEMBER"));
    }
}
