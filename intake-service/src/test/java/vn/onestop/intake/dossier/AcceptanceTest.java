package vn.onestop.intake.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.testing.PdfReading;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submit;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.citizen;

/**
 * National statuses 1 and 3: an online funeral-allowance claim (P6, accepted by hand) waits in status
 * 1 with no promise until the centre accepts it (2, the promise from then, DossierSubmitted) or refuses
 * it at intake (3, with the guidance or refusal slip, DossierRefused). The birth registration (P1,
 * accepted automatically) is received at once.
 */
@QuarkusTest
class AcceptanceTest {

    private static final String TOPIC = "intake-test.onestop.dossier.events.v1";
    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static Response fileOnline(String idNumber) {
        return submit(UUID.randomUUID().toString(), """
                {"procedureId": "P6", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Đỗ Thị Thu", "idNumber": "%s"},
                 "components": [%s, %s]}""".formatted(WARD_CENTRE, idNumber, pdf("BENEFIT_CLAIM_FORM"),
                pdf("DEATH_EXTRACT")));
    }

    private static List<String> types(UUID id) {
        return kafka.records(TOPIC, TestKafka.subject(id)).stream().map(r -> TestKafka.header(r, "ce_type")).toList();
    }

    private static JsonNode awaitEvent(UUID id, EventType type) throws Exception {
        List<ConsumerRecord<String, String>> records = kafka.awaitSettled(TOPIC, TestKafka.subject(id)
                .and(r -> type.ceType().equals(TestKafka.header(r, "ce_type"))), Duration.ofSeconds(30));
        assertThat(records).as(type + " once").hasSize(1);
        ContractValidator.shared().requireValid(type, records.get(0).value());
        return json.readTree(records.get(0).value());
    }

    @Test
    void an_online_submission_waits_in_status_1_until_the_centre_accepts_it() throws Exception {
        Response filed = fileOnline("001203008001");
        filed.then().statusCode(201).body("status", equalTo("SUBMITTED_ONLINE")).body("nationalStatusCode", equalTo(1))
                .body("dueAt", nullValue()).body("filedAt", notNullValue()).body("timeline.kind", hasItem("SUBMITTED"));
        String code = filed.path("code");
        UUID id = UUID.fromString(filed.path("id"));
        JsonNode filedEvent = awaitEvent(id, EventType.DOSSIER_FILED);
        assertThat(filedEvent.get("nationalStatusCode").asInt()).isEqualTo(1);
        assertThat(types(id)).as("processing hears nothing before the acceptance")
                .doesNotContain(EventType.DOSSIER_SUBMITTED.ceType());
        // no receipt before the dossier is received
        as(citizen("001203008001")).get("/api/v1/dossiers/{code}/receipt", code).then().statusCode(409)
                .body("type", containsString("not-received"));

        // only the receiving centre's staff answer it
        as(citizen("001203008001")).post("/api/v1/dossiers/{code}/acceptance", code).then().statusCode(403);
        as(centreStaff("002.02.20.H22")).post("/api/v1/dossiers/{code}/acceptance", code).then().statusCode(404);

        OffsetDateTime before = OffsetDateTime.now();
        Response accepted = as(centreStaff(WARD_CENTRE)).post("/api/v1/dossiers/{code}/acceptance", code);
        accepted.then().statusCode(200).body("status", equalTo("RECEIVED")).body("nationalStatusCode", equalTo(2))
                .body("dueAt", notNullValue()).body("timeline.kind", hasItem("RECEIVED"));
        assertThat(OffsetDateTime.parse(accepted.path("receivedAt"))).as("the clock runs from the acceptance")
                .isAfterOrEqualTo(before.minusSeconds(1));
        JsonNode submitted = awaitEvent(id, EventType.DOSSIER_SUBMITTED);
        assertThat(submitted.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(OffsetDateTime.parse(submitted.get("dueAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse(accepted.path("dueAt")).toInstant());
        assertThat(submitted.get("agencies").size()).isPositive();

        as(centreStaff(WARD_CENTRE)).post("/api/v1/dossiers/{code}/acceptance", code).then().statusCode(409)
                .body("type", containsString("not-awaiting-acceptance"));
        as(citizen("001203008001")).get("/api/v1/dossiers/{code}/receipt", code).then().statusCode(200);
    }

    @Test
    void a_refusal_at_intake_is_status_3_with_the_guidance_slip() throws Exception {
        Response filed = fileOnline("001203008002");
        String code = filed.path("code");
        UUID id = UUID.fromString(filed.path("id"));
        as(centreStaff(WARD_CENTRE)).contentType(ContentType.JSON).body("{\"missingItems\": [\"x\"]}")
                .post("/api/v1/dossiers/{code}/refusal", code).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(centreStaff(WARD_CENTRE)).get("/api/v1/dossiers/{code}/refusal-slip", code).then().statusCode(409)
                .body("type", containsString("not-refused"));

        as(centreStaff(WARD_CENTRE)).contentType(ContentType.JSON).body("""
                {"reason": "Hồ sơ chưa đầy đủ", "missingItems": ["Giấy chứng tử bản chính để đối chiếu"]}""")
                .post("/api/v1/dossiers/{code}/refusal", code).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("nationalStatusCode", equalTo(3))
                .body("refusal.slip", equalTo("GUIDANCE"))
                .body("refusal.missingItems", hasItem("Giấy chứng tử bản chính để đối chiếu"))
                .body("timeline.kind", hasItem("REFUSED"));
        JsonNode refused = awaitEvent(id, EventType.DOSSIER_REFUSED);
        assertThat(refused.get("slip").asText()).isEqualTo("GUIDANCE");
        assertThat(refused.get("nationalStatusCode").asInt()).isEqualTo(3);
        assertThat(types(id)).doesNotContain(EventType.DOSSIER_SUBMITTED.ceType());

        byte[] slip = as(citizen("001203008002")).get("/api/v1/dossiers/{code}/refusal-slip", code).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = PdfReading.text(slip);
        assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ").contains(code)
                .contains("Giấy chứng tử bản chính để đối chiếu");
        as(centreStaff(WARD_CENTRE)).post("/api/v1/dossiers/{code}/acceptance", code).then().statusCode(409);
    }

    @Test
    void a_refusal_without_missing_items_gives_the_refusal_slip() throws Exception {
        Response filed = fileOnline("001203008003");
        String code = filed.path("code");
        as(centreStaff(WARD_CENTRE)).contentType(ContentType.JSON).body("""
                {"reason": "Người mất không thuộc đối tượng hưởng trợ cấp mai táng"}""")
                .post("/api/v1/dossiers/{code}/refusal", code).then().statusCode(200)
                .body("refusal.slip", equalTo("REFUSAL"));
        String text = PdfReading.text(as(centreStaff(WARD_CENTRE)).get("/api/v1/dossiers/{code}/refusal-slip", code).then()
                .statusCode(200).extract().asByteArray());
        assertThat(text).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")
                .contains("không thuộc đối tượng hưởng trợ cấp mai táng");
    }

    /** A submission withdrawn while it waited for the centre was never received: it has no receipt. */
    @Test
    void a_submission_withdrawn_before_the_centre_accepts_it_has_no_receipt() {
        Response filed = fileOnline("001203008005");
        filed.then().statusCode(201).body("status", equalTo("SUBMITTED_ONLINE"));
        String code = filed.path("code");
        as(citizen("001203008005")).contentType(ContentType.JSON).body("{\"reason\": \"Không cần nữa\"}")
                .post("/api/v1/dossiers/{code}/withdrawal", code).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        as(citizen("001203008005")).get("/api/v1/dossiers/{code}/receipt", code).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("not-received"));
    }

    @Test
    void a_procedure_accepted_automatically_is_received_at_once() {
        submit(UUID.randomUUID().toString(), """
                {"procedureId": "P1", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Đỗ Văn Nam", "idNumber": "001203008004"},
                 "components": [%s, %s, %s]}""".formatted(WARD_CENTRE, pdf("BIRTH_REGISTRATION_FORM"),
                pdf("BIRTH_NOTICE"), pdf("REQUESTER_ID")))
                .then().statusCode(201).body("status", equalTo("RECEIVED")).body("dueAt", notNullValue())
                .body("filedAt", nullValue());
    }

    /**
     * An online death bundle is received at once when its procedures are (P4, P5); choosing the funeral
     * allowance (P6, accepted by hand) holds the whole bundle. A member withdrawn while it waited stays
     * withdrawn when the centre accepts the bundle.
     */
    @Test
    void a_bundle_waits_when_a_chosen_member_is_accepted_by_hand_and_a_withdrawn_member_stays_withdrawn() {
        String always = String.join(", ", pdf("DEATH_REGISTRATION_FORM"), pdf("DEATH_NOTICE"), pdf("REQUESTER_ID"),
                pdf("RESIDENCE_CHANGE_FORM"));
        String bundle = """
                {"procedureId": "DEATH_BUNDLE", "channel": "ONLINE", "receivingAgency": "%s", "subjectUnit": "96001",
                 "applicant": {"type": "CITIZEN", "fullName": "Trịnh Văn Sơn", "idNumber": "%s"},
                 "components": [%s], "options": [%s]}""";
        submit(UUID.randomUUID().toString(), bundle.formatted(WARD_CENTRE, "079055008005", always, ""))
                .then().statusCode(201).body("status", equalTo("RECEIVED"));

        Response held = submit(UUID.randomUUID().toString(), bundle.formatted(WARD_CENTRE, "079055008006",
                always + ", " + pdf("BENEFIT_CLAIM_FORM"), "\"FUNERAL_ALLOWANCE\""));
        held.then().statusCode(201).body("status", equalTo("SUBMITTED_ONLINE"));
        String parent = held.path("code");
        String p6 = held.path("children.find { it.procedureId == 'P6' }.code");
        as(citizen("079055008006")).contentType(ContentType.JSON).body("{\"reason\": \"Không cần nữa\"}")
                .post("/api/v1/dossiers/{code}/withdrawal", p6).then().statusCode(200);
        as(centreStaff(WARD_CENTRE)).post("/api/v1/dossiers/{code}/acceptance", p6).then().statusCode(409)
                .body("type", containsString("answer-the-bundle"));

        as(centreStaff(WARD_CENTRE)).post("/api/v1/dossiers/{code}/acceptance", parent).then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("children.find { it.procedureId == 'P4' }.status", equalTo("RECEIVED"))
                .body("children.find { it.procedureId == 'P6' }.status", equalTo("WITHDRAWN"));
    }
}
