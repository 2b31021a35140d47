package vn.onestop.e2e;

import vn.onestop.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static vn.onestop.platform.testing.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every seeded chain, end to end through the four packaged services, driven only through the
 * public REST APIs: the death bundle with 2, 3 and 4 procedures, business start-up, the land
 * transfer's loop with the tax authority and the permit, a rejected child and a rejected upstream,
 * and a certified copy reused in a later dossier.
 */
class ChainsIT extends EndToEndTest {

    private static final String WARD_CENTRE = "002.01.20.H22";
    private static final String PROVINCE_CENTRE = "000.00.01.H22";

    private static String intake() {
        return PackagedPlatform.url("intake-service");
    }

    private static final String APPLICANT = "079066001234";

    private static JsonPath submit(String bundle, String centre, List<String> options, String unit) {
        return as(Tokens.centreStaff(centre)).baseUri(intake()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"procedureId": "%s", "channel": "COUNTER", "receivingAgency": "%s",
                         "applicant": {"type": "CITIZEN", "fullName": "Lý Văn Tám", "idNumber": "%s"%s},
                         "components": [%s], "options": [%s], "subjectUnit": "%s"}""".formatted(bundle, centre, APPLICANT,
                        unit == null ? "" : ", \"administrativeUnit\": \"" + unit + "\"", Components.required(bundle, options),
                        options.stream().map(o -> "\"" + o + "\"").collect(Collectors.joining(", ")),
                        unit == null ? "96001" : unit))
                .post("/api/v1/dossiers").then().statusCode(201).extract().jsonPath();
    }

    /** The dossier as its applicant sees it. */
    private static JsonPath dossier(String code) {
        return as(Tokens.citizen(APPLICANT)).baseUri(intake()).get("/api/v1/dossiers/{code}", code).then().statusCode(200).extract().jsonPath();
    }

    /** Works every task of the bundle's members until the bundle is finished, and returns it. */
    private static JsonPath run(JsonPath bundle, Set<String> reject) {
        Set<String> members = new HashSet<>(bundle.getList("children.id"));
        String code = bundle.getString("code");
        new Officers(members, reject).workUntil(() -> "DECIDED".equals(dossier(code).getString("status")));
        return dossier(code);
    }

    private static int results(String dossierCode) {
        return as(Tokens.centreStaff(WARD_CENTRE)).baseUri(PackagedPlatform.url("results-service"))
                .get("/api/v1/dossiers/{code}/results", dossierCode)
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    /** The result of a decision is issued just after it: wait for it rather than racing it. */
    private static void awaitOneResult(String dossierCode) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(results(dossierCode)).as(dossierCode).isEqualTo(1));
    }

    @Test
    void the_death_bundle_runs_with_two_three_or_four_procedures() {
        for (List<String> options : List.of(List.<String>of(), List.of("FUNERAL_ALLOWANCE"),
                List.of("FUNERAL_ALLOWANCE", "SURVIVOR_ALLOWANCE"))) {
            JsonPath finished = run(submit("DEATH_BUNDLE", WARD_CENTRE, options, null), Set.of());
            assertThat(finished.getString("decision")).isEqualTo("ALL_APPROVED");
            List<String> procedures = finished.getList("children.procedureId");
            assertThat(procedures).hasSize(2 + options.size());
            for (String child : finished.<String>getList("children.code")) {
                awaitOneResult(child);
            }
        }
    }

    @Test
    void business_start_up_registers_the_enterprise_then_its_declarations() {
        JsonPath finished = run(submit("BUSINESS_STARTUP", PROVINCE_CENTRE, List.of(), null), Set.of());
        assertThat(finished.getString("decision")).isEqualTo("ALL_APPROVED");
        String p9 = finished.getString("children.find { it.procedureId == 'P9' }.code");
        as(Tokens.citizen(APPLICANT)).baseUri(intake()).get("/api/v1/dossiers/{code}", p9).then()
                .body("components.find { it.code == 'ENTERPRISE_REG_CERT' }.digitizationState", equalTo(3));
        awaitOneResult(p9);
    }

    @Test
    void the_land_transfer_pauses_for_the_tax_procedure_and_the_permit_follows_the_new_certificate() {
        JsonPath finished = run(submit("LAND_TAX_PERMIT", WARD_CENTRE, List.of(), null), Set.of());
        assertThat(finished.getString("decision")).isEqualTo("ALL_APPROVED");
        String p10 = finished.getString("children.find { it.procedureId == 'P10' }.code");
        assertThat(dossier(p10).<String>getList("timeline.kind")).contains("PAYMENT_REQUESTED", "RESUMED");
        for (String child : finished.<String>getList("children.code")) {
            awaitOneResult(child);
        }
    }

    @Test
    void a_rejected_child_leaves_its_siblings_and_a_rejected_upstream_stops_its_follow_ons() {
        JsonPath birth = run(submit("BIRTH_BUNDLE", WARD_CENTRE, List.of(), null), Set.of("P2"));
        assertThat(birth.getString("decision")).isEqualTo("PARTIALLY_APPROVED");
        assertThat(birth.getString("children.find { it.procedureId == 'P2' }.status")).isEqualTo("DECIDED");
        awaitOneResult(birth.getString("children.find { it.procedureId == 'P1' }.code"));
        awaitOneResult(birth.getString("children.find { it.procedureId == 'P3' }.code"));
        assertThat(results(birth.getString("children.find { it.procedureId == 'P2' }.code"))).isZero();

        JsonPath death = run(submit("DEATH_BUNDLE", WARD_CENTRE, List.of("FUNERAL_ALLOWANCE"), null), Set.of("P4"));
        assertThat(death.getString("decision")).isEqualTo("NONE_APPROVED");
        assertThat(death.getString("children.find { it.procedureId == 'P5' }.status")).isEqualTo("STOPPED");
        assertThat(death.getString("children.find { it.procedureId == 'P6' }.status")).isEqualTo("STOPPED");
        String p5 = death.getString("children.find { it.procedureId == 'P5' }.code");
        assertThat(dossier(p5).<String>getList("timeline.description"))
                .anySatisfy(d -> assertThat(d).contains("upstream"));
    }

    @Test
    void a_certified_copy_is_reused_in_a_later_dossier() {
        String counter = Tokens.centreStaff(WARD_CENTRE);
        JsonPath copy = as(counter).baseUri(intake()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"procedureId": "P13", "channel": "COUNTER", "receivingAgency": "%s",
                         "applicant": {"type": "CITIZEN", "fullName": "Mai Thị Hồng", "idNumber": "079188009999"},
                         "components": [%s, %s]}""".formatted(WARD_CENTRE, Components.pdf("ORIGINAL_DOCUMENT"), Components.pdf("REQUESTER_ID")))
                .post("/api/v1/dossiers").then().statusCode(201).extract().jsonPath();
        String processing = PackagedPlatform.url("processing-service");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                as(counter).baseUri(processing).get("/api/v1/cases/{id}", copy.getString("id")).statusCode() == 200);
        as(counter).baseUri(processing).contentType(ContentType.JSON).body("""
                {"resultData": {"certificationNumber": "CT-77", "originalDocumentType": "Căn cước", "pageCount": 1}}""")
                .post("/api/v1/cases/{id}/fast-lane", copy.getString("id"))
                .then().statusCode(200).body("status", equalTo("DECIDED"));

        String[] documentId = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            documentId[0] = as(counter).baseUri(intake()).get("/api/v1/dossiers/{code}", copy.getString("code"))
                    .then().statusCode(200).extract().jsonPath().getString("result.id");
            return documentId[0] != null;
        });
        String later = """
                {"procedureId": "P1", "channel": "ONLINE", "receivingAgency": "%s",
                 "applicant": {"type": "CITIZEN", "fullName": "Mai Thị Hồng", "idNumber": "079188009999"},
                 "components": [%s, %s, {"code": "REQUESTER_ID", "documentRef": "%s"}]}"""
                .formatted(WARD_CENTRE, Components.pdf("BIRTH_REGISTRATION_FORM"), Components.pdf("BIRTH_NOTICE"), documentId[0]);
        // the owner files online, reusing her certified copy from her e-document store
        as(Tokens.citizen("079188009999")).baseUri(intake()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(later).post("/api/v1/dossiers").then().statusCode(201)
                .body("components.find { it.code == 'REQUESTER_ID' }.source", equalTo("DOCUMENT_STORE"))
                .body("components.find { it.code == 'REQUESTER_ID' }.digitizationState", equalTo(3))
                .body("components.find { it.code == 'REQUESTER_ID' }.documentRef", equalTo(documentId[0]));
        // someone else's document cannot be used: not by another citizen filing for herself
        as(Tokens.citizen("079188001111")).baseUri(intake()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(later.replace("079188009999", "079188001111")).post("/api/v1/dossiers").then().statusCode(422);
        // nor by claiming to be its owner: a citizen files only under her own id number
        as(Tokens.citizen("079188001111")).baseUri(intake()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(later).post("/api/v1/dossiers").then().statusCode(403);
    }
}
