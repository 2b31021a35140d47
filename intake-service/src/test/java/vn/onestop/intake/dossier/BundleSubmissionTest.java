package vn.onestop.intake.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.onestop.intake.IntakeFixtures.TAN_THANH_PEOPLES_COMMITTEE;
import static vn.onestop.intake.IntakeFixtures.TAN_THANH_UNIT;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.dossierCount;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submit;

/** A bundle is one submission: a parent dossier and one member dossier per procedure, each with its own code. */
@QuarkusTest
class BundleSubmissionTest {

    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** The mother, who files the birth bundle online and follows its members. */
    private static final String MOTHER = "079188004321";

    static String birthBundle(String... components) {
        return """
                {"procedureId": "BIRTH_BUNDLE", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Đặng Thu Trang", "idNumber": "%s"},
                 "components": [%s]}""".formatted(WARD_CENTRE, MOTHER, String.join(", ", components));
    }

    @Test
    void a_birth_bundle_creates_three_members_and_never_asks_for_the_birth_certificate() throws Exception {
        JsonPath parent = submit(UUID.randomUUID().toString(), birthBundle(pdf("BIRTH_REGISTRATION_FORM"),
                pdf("BIRTH_NOTICE"), pdf("REQUESTER_ID"), pdf("RESIDENCE_CHANGE_FORM"), pdf("HEALTH_INSURANCE_FORM")))
                .then().statusCode(201)
                .body("kind", equalTo("BUNDLE"))
                .body("procedureId", equalTo("BIRTH_BUNDLE"))
                .body("timeLimit.value", equalTo(3))
                .body("timeLimit.unit", equalTo("WORKING_DAYS"))
                .body("children", hasSize(3))
                .body("children.procedureId", containsInAnyOrder("P1", "P2", "P3"))
                .body("children.status", everyItemIs("RECEIVED"))
                .extract().jsonPath();
        String parentCode = parent.getString("code");
        List<String> childCodes = parent.getList("children.code");
        assertThat(childCodes).doesNotContain(parentCode).doesNotHaveDuplicates();

        String p2 = parent.getString("children.find { it.procedureId == 'P2' }.code");
        as(citizen(MOTHER)).get("/api/v1/dossiers/{code}", p2).then().statusCode(200)
                .body("kind", equalTo("BUNDLE_MEMBER"))
                .body("parent.code", equalTo(parentCode))
                .body("competentAgency", equalTo("001.01.20.H22"))
                .body("waitingFor[0].procedureId", equalTo("P1"))
                .body("waitingFor[0].component", equalTo("BIRTH_CERT"))
                .body("components.find { it.code == 'BIRTH_CERT' }.source", equalTo("CHAIN"))
                .body("components.find { it.code == 'BIRTH_CERT' }.digitizationState", equalTo(3))
                .body("components.find { it.code == 'BIRTH_CERT' }.providedBy", equalTo("P1"))
                .body("components.code", hasItem("RESIDENCE_CHANGE_FORM"));
        String p3 = parent.getString("children.find { it.procedureId == 'P3' }.code");
        as(citizen(MOTHER)).get("/api/v1/dossiers/{code}", p3).then().body("competentAgency", equalTo("000.00.03.H22"));
        String p1 = parent.getString("children.find { it.procedureId == 'P1' }.code");
        as(citizen(MOTHER)).get("/api/v1/dossiers/{code}", p1).then().body("waitingFor", equalTo(null))
                .body("dueAt", org.hamcrest.Matchers.notNullValue());

        // every dossier of the bundle is announced, each carrying the chain plan
        for (String id : parent.<String>getList("children.id")) {
            List<ConsumerRecord<String, String>> events = kafka.awaitSettled("intake-test.onestop.dossier.events.v1",
                    TestKafka.subject(UUID.fromString(id)), Duration.ofSeconds(30));
            assertThat(events).hasSize(1);
            ContractValidator.shared().requireValid(EventType.DOSSIER_SUBMITTED, events.get(0).value());
            JsonNode data = json.readTree(events.get(0).value());
            assertThat(data.get("kind").asText()).isEqualTo("BUNDLE_MEMBER");
            assertThat(data.get("parentCode").asText()).isEqualTo(parentCode);
            assertThat(data.get("chain").get("members")).hasSize(3);
            assertThat(data.get("chain").get("edges")).hasSize(2);
        }
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void a_bundle_missing_a_member_component_is_refused_and_the_chain_input_is_not_accepted_from_the_applicant() {
        long before = dossierCount();
        submit(UUID.randomUUID().toString(), birthBundle(pdf("BIRTH_REGISTRATION_FORM"), pdf("BIRTH_NOTICE"),
                pdf("REQUESTER_ID"), pdf("BIRTH_CERT"), pdf("HEALTH_INSURANCE_FORM")))
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("components.RESIDENCE_CHANGE_FORM"))
                .body("violations.field", hasItem("components.BIRTH_CERT"))
                .body("violations.field", not(hasItem("components.HEALTH_INSURANCE_FORM")));
        assertThat(dossierCount()).isEqualTo(before);
    }

    static String deathBundle(String options, String... components) {
        return """
                {"procedureId": "DEATH_BUNDLE", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Trịnh Văn Sơn", "idNumber": "079055001111"},
                 "components": [%s], "options": [%s], "subjectUnit": "%s"}""".formatted(WARD_CENTRE,
                String.join(", ", components), options, TAN_THANH_UNIT);
    }

    @Test
    void the_death_bundle_has_two_three_or_four_members_as_chosen() {
        String[] always = {pdf("DEATH_REGISTRATION_FORM"), pdf("DEATH_NOTICE"), pdf("REQUESTER_ID"),
                pdf("RESIDENCE_CHANGE_FORM")};
        String claim = pdf("BENEFIT_CLAIM_FORM");
        submit(UUID.randomUUID().toString(), deathBundle("", always)).then().statusCode(201)
                .body("children.procedureId", containsInAnyOrder("P4", "P5"));
        submit(UUID.randomUUID().toString(), deathBundle("\"FUNERAL_ALLOWANCE\"", always[0], always[1], always[2],
                always[3], claim)).then().statusCode(201)
                .body("children.procedureId", containsInAnyOrder("P4", "P5", "P6"));
        // one claim form serves both allowances
        submit(UUID.randomUUID().toString(), deathBundle("\"FUNERAL_ALLOWANCE\", \"SURVIVOR_ALLOWANCE\"",
                always[0], always[1], always[2], always[3], claim)).then().statusCode(201)
                .body("children.procedureId", containsInAnyOrder("P4", "P5", "P6", "P7"));
        // an allowance chosen without its claim form is incomplete; an unknown option is refused
        submit(UUID.randomUUID().toString(), deathBundle("\"SURVIVOR_ALLOWANCE\"", always)).then().statusCode(422)
                .body("violations.field", hasItem("components.BENEFIT_CLAIM_FORM"));
        submit(UUID.randomUUID().toString(), deathBundle("\"LOTTERY_WIN\"", always)).then().statusCode(400)
                .body("violations.field", hasItem("options"));
    }

    /**
     * Boundary-free intake of a death: received at An Xuyên's centre from an applicant of An Xuyên, for
     * a person whose last residence was Tân Thành: Tân Thành's People's Committee registers the death
     * and Tân Thành's police deregister the residence (Law on Civil Status Art. 32), not An Xuyên's.
     */
    @Test
    void a_death_is_decided_where_the_deceased_last_resided_not_where_the_applicant_lives() {
        String[] always = {pdf("DEATH_REGISTRATION_FORM"), pdf("DEATH_NOTICE"), pdf("REQUESTER_ID"),
                pdf("RESIDENCE_CHANGE_FORM")};
        String body = deathBundle("", always).replace("\"idNumber\": \"079055001111\"",
                "\"idNumber\": \"079055001111\", \"administrativeUnit\": \"96001\"");
        submit(UUID.randomUUID().toString(), body).then().statusCode(201)
                .body("children.find { it.procedureId == 'P4' }.competentAgency", equalTo(TAN_THANH_PEOPLES_COMMITTEE))
                .body("children.find { it.procedureId == 'P5' }.competentAgency", equalTo("001.02.20.H22"));

        long before = dossierCount();
        submit(UUID.randomUUID().toString(), body.replace(", \"subjectUnit\": \"" + TAN_THANH_UNIT + "\"", ""))
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("subjectUnit"))
                .body("detail", org.hamcrest.Matchers.containsString("deceased's last residence"));
        assertThat(dossierCount()).isEqualTo(before);
    }
}
