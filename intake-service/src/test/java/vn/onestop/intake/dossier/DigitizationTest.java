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
import vn.onestop.platform.testing.TestKafka;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.intake.IntakeFixtures.PDF;
import static vn.onestop.intake.IntakeFixtures.PROVINCE_CENTRE;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submit;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static vn.onestop.platform.testing.Tokens.citizen;

/**
 * The four digitization states of the national data specification (BRIEF §8) as intake writes
 * them: a paper handed in at the counter is 0 until the centre scans it (1, DossierComponentDigitized);
 * an upload is 1; a component of the applicant's earlier dossier is 2; a document of the e-document
 * store or a chained result is 3 (covered by the bundle and e-document tests).
 */
@QuarkusTest
class DigitizationTest {

    private static final String TOPIC = "intake-test.onestop.dossier.events.v1";
    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper json = new ObjectMapper();
    private static final byte[] SCAN = "%PDF-1.4\n% bản quét giấy chứng sinh\n".getBytes(StandardCharsets.UTF_8);

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String birthRegistration(String channel, String idNumber, String birthNotice) {
        return """
                {"procedureId": "P1", "channel": "%s", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Lê Thị Hoa", "idNumber": "%s"},
                 "components": [%s, %s, %s]}
                """.formatted(channel, WARD_CENTRE, idNumber, pdf("BIRTH_REGISTRATION_FORM"), birthNotice,
                pdf("REQUESTER_ID"));
    }

    private static String scan(byte[] content) {
        return """
                {"fileName": "giay-chung-sinh.pdf", "mediaType": "application/pdf", "contentBase64": "%s"}"""
                .formatted(Base64.getEncoder().encodeToString(content));
    }

    private static Response putScan(String token, String code, String component, String body) {
        return as(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/dossiers/{code}/components/{component}/scan", code, component);
    }

    @Test
    void a_paper_is_state_0_until_the_centre_scans_it() throws Exception {
        Response created = submit(UUID.randomUUID().toString(), birthRegistration("COUNTER", "001203007001",
                "{\"code\": \"BIRTH_NOTICE\", \"paper\": true}"));
        created.then().statusCode(201)
                .body("components.find { it.code == 'BIRTH_NOTICE' }.digitizationState", equalTo(0))
                .body("components.find { it.code == 'BIRTH_NOTICE' }.source", equalTo("PAPER"))
                .body("components.find { it.code == 'REQUESTER_ID' }.digitizationState", equalTo(1));
        String code = created.path("code");
        UUID id = UUID.fromString(created.path("id"));
        // the receipt says which papers were handed in and are not digitized yet
        assertThat(vn.onestop.platform.testing.PdfReading.text(as(centreStaff(WARD_CENTRE))
                .get("/api/v1/dossiers/{code}/receipt", code).then().statusCode(200).extract().asByteArray()))
                .contains("Bản giấy (chưa số hóa)");
        JsonNode submitted = json.readTree(kafka.awaitSettled(TOPIC, TestKafka.subject(id), Duration.ofSeconds(30))
                .get(0).value());
        assertThat(submitted.get("components").findValuesAsText("source")).contains("PAPER", "UPLOAD");
        assertThat(submitted.get("onlineService").asText()).isEqualTo("FULL");
        assertThat(submitted.get("feeBearing").asBoolean()).as("birth registration is free").isFalse();

        // only the receiving centre's staff scan; a citizen has no such role, another centre sees no dossier
        putScan(citizen("001203007001"), code, "BIRTH_NOTICE", scan(SCAN)).then().statusCode(403);
        putScan(centreStaff(PROVINCE_CENTRE), code, "BIRTH_NOTICE", scan(SCAN)).then().statusCode(404);
        // the scan is checked like an upload
        putScan(centreStaff(WARD_CENTRE), code, "BIRTH_NOTICE", """
                {"mediaType": "application/pdf", "contentBase64": "%s"}"""
                .formatted(Base64.getEncoder().encodeToString("not a pdf".getBytes(StandardCharsets.US_ASCII))))
                .then().statusCode(422).body("type", containsString("invalid-scan"))
                .body("violations[0].field", equalTo("contentBase64"));
        putScan(centreStaff(WARD_CENTRE), code, "NO_SUCH_COMPONENT", scan(SCAN)).then().statusCode(404);

        putScan(centreStaff(WARD_CENTRE), code, "BIRTH_NOTICE", scan(SCAN)).then().statusCode(200)
                .body("components.find { it.code == 'BIRTH_NOTICE' }.digitizationState", equalTo(1))
                .body("components.find { it.code == 'BIRTH_NOTICE' }.source", equalTo("SCAN"))
                .body("components.find { it.code == 'BIRTH_NOTICE' }.sha256", equalTo(sha256(SCAN)))
                .body("timeline.kind", org.hamcrest.Matchers.hasItem("DIGITIZED"));
        // the same scan again is answered as before; another one is refused, an upload is never "scanned"
        putScan(centreStaff(WARD_CENTRE), code, "BIRTH_NOTICE", scan(SCAN)).then().statusCode(200);
        putScan(centreStaff(WARD_CENTRE), code, "BIRTH_NOTICE", scan("%PDF-1.4\n% another\n".getBytes(StandardCharsets.UTF_8)))
                .then().statusCode(409).body("type", containsString("already-digitized"));
        putScan(centreStaff(WARD_CENTRE), code, "REQUESTER_ID", scan(SCAN)).then().statusCode(409);

        assertThat(kafka.awaitSettled(TOPIC, TestKafka.subject(id).and(e -> EventType.DOSSIER_COMPONENT_DIGITIZED.ceType()
                .equals(TestKafka.header(e, "ce_type"))), Duration.ofSeconds(30))).as("announced once").hasSize(1);
        List<ConsumerRecord<String, String>> events = kafka.records(TOPIC, TestKafka.subject(id));
        assertThat(events).extracting(e -> TestKafka.header(e, "ce_type")).containsExactly(
                EventType.DOSSIER_SUBMITTED.ceType(), EventType.DOSSIER_COMPONENT_DIGITIZED.ceType());
        ContractValidator.shared().requireValid(EventType.DOSSIER_COMPONENT_DIGITIZED, events.get(1).value());
        JsonNode digitized = json.readTree(events.get(1).value());
        assertThat(digitized.get("component").asText()).isEqualTo("BIRTH_NOTICE");
        assertThat(digitized.get("round").asInt()).isZero();
        assertThat(digitized.get("sha256").asText()).isEqualTo(sha256(SCAN));
    }

    /** A bundle's parent holds the papers asked once for all its members; the centre scans them there. */
    @Test
    void a_paper_handed_in_for_a_bundle_parent_is_scanned() throws Exception {
        Response created = submit(UUID.randomUUID().toString(), """
                {"procedureId": "BIRTH_BUNDLE", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Lê Thị Hoa", "idNumber": "001203007005"},
                 "components": [%s, {"code": "BIRTH_NOTICE", "paper": true}, %s, %s, %s]}
                """.formatted(WARD_CENTRE, pdf("BIRTH_REGISTRATION_FORM"), pdf("REQUESTER_ID"),
                pdf("RESIDENCE_CHANGE_FORM"), pdf("HEALTH_INSURANCE_FORM")));
        created.then().statusCode(201).body("kind", equalTo("BUNDLE"))
                .body("components.find { it.code == 'BIRTH_NOTICE' }.digitizationState", equalTo(0));
        String code = created.path("code");
        UUID id = UUID.fromString(created.path("id"));

        putScan(centreStaff(WARD_CENTRE), code, "BIRTH_NOTICE", scan(SCAN)).then().statusCode(200)
                .body("components.find { it.code == 'BIRTH_NOTICE' }.digitizationState", equalTo(1))
                .body("components.find { it.code == 'BIRTH_NOTICE' }.source", equalTo("SCAN"));
        List<ConsumerRecord<String, String>> digitized = kafka.awaitRecords(TOPIC, TestKafka.subject(id)
                .and(e -> EventType.DOSSIER_COMPONENT_DIGITIZED.ceType().equals(TestKafka.header(e, "ce_type"))),
                Duration.ofSeconds(30));
        ContractValidator.shared().requireValid(EventType.DOSSIER_COMPONENT_DIGITIZED, digitized.get(0).value());
        assertThat(json.readTree(digitized.get(0).value()).get("component").asText()).isEqualTo("BIRTH_NOTICE");
    }

    @Test
    void an_online_dossier_has_no_paper() {
        submit(UUID.randomUUID().toString(), birthRegistration("ONLINE", "001203007002",
                "{\"code\": \"BIRTH_NOTICE\", \"paper\": true}"))
                .then().statusCode(422).body("type", containsString("incomplete-dossier"))
                .body("violations.find { it.field == 'components.BIRTH_NOTICE' }.message", containsString("counter"));
        submit(UUID.randomUUID().toString(), birthRegistration("COUNTER", "001203007002",
                "{\"code\": \"BIRTH_NOTICE\", \"paper\": true, \"contentBase64\": \"" + PDF + "\", \"mediaType\": \"application/pdf\"}"))
                .then().statusCode(422).body("violations.find { it.field == 'components.BIRTH_NOTICE' }.message",
                        containsString("exactly one of"));
    }

    @Test
    void a_component_of_the_applicants_earlier_dossier_is_reused_as_state_2() throws Exception {
        Response first = submit(UUID.randomUUID().toString(), birthRegistration("ONLINE", "001203007003", pdf("BIRTH_NOTICE")));
        first.then().statusCode(201);
        String earlier = first.path("code");
        String sha = first.path("components.find { it.code == 'REQUESTER_ID' }.sha256");

        String reusing = """
                {"procedureId": "P1", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Lê Thị Hoa", "idNumber": "001203007003"},
                 "components": [%s, %s, {"code": "REQUESTER_ID", "fromDossier": "%s"}]}
                """.formatted(WARD_CENTRE, pdf("BIRTH_REGISTRATION_FORM"), pdf("BIRTH_NOTICE"), earlier);
        Response second = submit(UUID.randomUUID().toString(), reusing);
        second.then().statusCode(201)
                .body("components.find { it.code == 'REQUESTER_ID' }.digitizationState", equalTo(2))
                .body("components.find { it.code == 'REQUESTER_ID' }.source", equalTo("DOSSIER"))
                .body("components.find { it.code == 'REQUESTER_ID' }.reusedFrom", equalTo(earlier + "#REQUESTER_ID"))
                .body("components.find { it.code == 'REQUESTER_ID' }.sha256", equalTo(sha));
        UUID id = UUID.fromString(second.path("id"));
        JsonNode event = json.readTree(kafka.awaitSettled(TOPIC, TestKafka.subject(id), Duration.ofSeconds(30)).get(0).value());
        ContractValidator.shared().requireValid(EventType.DOSSIER_SUBMITTED, event.toString());
        JsonNode reused = event.get("components").findParents("code").stream()
                .filter(c -> c.get("code").asText().equals("REQUESTER_ID")).findFirst().orElseThrow();
        assertThat(reused.get("digitizationState").asInt()).isEqualTo(2);
        assertThat(reused.get("reusedFrom").get("dossierCode").asText()).isEqualTo(earlier);

        // a representative names the applicant, but may not reach into the applicant's dossiers they cannot read
        String byRepresentative = reusing.replace("\"applicant\"", "\"representative\": {\"fullName\": \"Người khác\", "
                + "\"idNumber\": \"001203007009\"}, \"applicant\"");
        submit(UUID.randomUUID().toString(), byRepresentative).then().statusCode(422)
                .body("violations.find { it.field == 'components.REQUESTER_ID' }.message",
                        containsString("has no digitized component"));
        // another person cannot reuse it, and cannot tell whether the dossier exists
        String stranger = reusing.replace("001203007003", "001203007004");
        submit(UUID.randomUUID().toString(), stranger).then().statusCode(422)
                .body("violations.find { it.field == 'components.REQUESTER_ID' }.message",
                        containsString("has no digitized component"));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
