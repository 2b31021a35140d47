package vn.onestop.intake.dossier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.onestop.intake.dossier.service.UploadLimits;
import vn.onestop.platform.testing.ManagementPort;
import vn.onestop.platform.testing.Tokens;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.dossierCount;
import static vn.onestop.intake.IntakeFixtures.pdf;
import static vn.onestop.intake.IntakeFixtures.submitAs;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * Uploads are limited while they are read: a component past the most any component may be, or a
 * request whose uploads together pass its limit, is refused with 413 upload-too-large naming the
 * component, before the rest is read, and nothing is stored. Content that is not base64 is a 400
 * naming the field. The OpenAPI document states the limits.
 */
@QuarkusTest
class UploadLimitsTest {

    private static final String STAFF = Tokens.centreStaff(WARD_CENTRE);

    @Test
    void a_component_past_the_largest_the_catalog_accepts_is_refused_while_it_is_read() {
        long before = dossierCount();
        // decoded, one byte more than any component may be (a multiple of 3 bytes: no padding)
        String huge = Base64.getEncoder().encodeToString(new byte[(int) UploadLimits.COMPONENT_BYTES + 3]);
        String body = """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Lê Văn Tám", "idNumber": "001203004577"},
                 "components": [%s, %s, {"code": "REQUESTER_ID", "mediaType": "application/pdf", "contentBase64": "%s"}]}
                """.formatted(WARD_CENTRE, pdf("BIRTH_REGISTRATION_FORM"), pdf("BIRTH_NOTICE"), huge);
        JsonPath problem = submitAs(STAFF, UUID.randomUUID().toString(), body).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/upload-too-large"))
                .body("violations[0].field", equalTo("components[2].contentBase64"))
                .body("violations[0].message", containsString(Long.toString(UploadLimits.COMPONENT_BYTES)))
                .extract().jsonPath();
        assertThat(problem.getString("detail")).doesNotContain("AAAA");
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void multipart_parts_count_towards_the_request_limit_before_they_are_read() {
        long before = dossierCount();
        byte[] part = new byte[(int) (UploadLimits.REQUEST_BYTES / 2) + 1];
        String dossier = """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Lê Văn Tám", "idNumber": "001203004577"}}"""
                .formatted(WARD_CENTRE);
        as(STAFF).header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("dossier", dossier, "application/json")
                .multiPart("BIRTH_REGISTRATION_FORM", "to-khai.pdf", part, "application/pdf")
                .multiPart("BIRTH_NOTICE", "giay-chung-sinh.pdf", part, "application/pdf")
                .post("/api/v1/dossiers").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://onestop.vn/problems/upload-too-large"))
                .body("violations[0].field", equalTo("BIRTH_NOTICE"))
                .body("violations[0].message", containsString("request's uploads past " + UploadLimits.REQUEST_BYTES));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void a_multipart_dossier_part_that_is_null_or_lists_a_null_component_is_a_400() {
        long before = dossierCount();
        byte[] pdf = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String dossier : new String[]{"null", """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Lê Văn Tám", "idNumber": "001203004577"},
                 "components": [null]}""".formatted(WARD_CENTRE)}) {
            as(STAFF).header("Idempotency-Key", UUID.randomUUID().toString())
                    .multiPart("dossier", dossier, "application/json")
                    .multiPart("BIRTH_NOTICE", "giay-chung-sinh.pdf", pdf, "application/pdf")
                    .post("/api/v1/dossiers").then().statusCode(400).contentType("application/problem+json");
        }
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void content_that_is_not_base64_is_refused_naming_the_field() {
        long before = dossierCount();
        String body = """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Lê Văn Tám", "idNumber": "001203004577"},
                 "components": [{"code": "BIRTH_NOTICE", "mediaType": "application/pdf", "contentBase64": "JVBE@@@"}]}
                """.formatted(WARD_CENTRE);
        submitAs(STAFF, UUID.randomUUID().toString(), body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("components[0].contentBase64"))
                .body("detail", containsString("is not valid base64"));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void padding_is_optional_and_line_breaks_between_groups_are_ignored() {
        // "%PDF-1.4\n% Tờ khai" (20 bytes), unpadded, broken into lines between groups of four
        String body = """
                {"procedureId": "P1", "channel": "COUNTER", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Lê Văn Tám", "idNumber": "001203004578"},
                 "components": [%s, %s, {"code": "REQUESTER_ID", "mediaType": "application/pdf", "contentBase64": "%s"}]}
                """.formatted(WARD_CENTRE, pdf("BIRTH_REGISTRATION_FORM"), pdf("BIRTH_NOTICE"),
                "JVBERi0x\\nLjQK JSBU4budIGtoYWk");
        submitAs(STAFF, UUID.randomUUID().toString(), body).then().statusCode(201)
                .body("components.find { it.code == 'REQUESTER_ID' }.sizeBytes", equalTo(20));
    }

    @Test
    void the_openapi_document_states_the_limits() {
        String openApi = ManagementPort.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(openApi).contains("\"maxLength\" : 69905068").contains("62914560").contains("52428800");
    }
}
