package vn.onestop.intake.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.intake.catalog.domain.CompetentAgencyResolver;
import vn.onestop.intake.catalog.service.CatalogService;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The catalog API over the seeded catalog, and the beans the submission code injects. */
@QuarkusTest
class CatalogApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CatalogService catalog;

    @Inject
    CompetentAgencyResolver resolver;

    @Test
    void pages_through_the_whole_catalog_with_the_opaque_cursor() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/procedures").then().statusCode(200).extract().response();
            ids.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(ids).containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12",
                "P13", "BIRTH_BUNDLE", "BUSINESS_STARTUP", "DEATH_BUNDLE", "LAND_TAX_PERMIT");
        assertThat(pages).isEqualTo(4);
    }

    @ParameterizedTest(name = "keyword \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "khai sinh         | P1,BIRTH_BUNDLE",
            "Khai Sinh         | P1,BIRTH_BUNDLE",
            "dang ky khai sinh | P1,BIRTH_BUNDLE",
            "Đăng ký khai sinh | P1,BIRTH_BUNDLE",
            "1.004222          | P2",
    })
    void searches_names_without_caring_for_case_or_diacritics(String keyword, String expected) {
        given().queryParam("keyword", keyword).get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items.id", contains(expected.split(",")))
                .body("nextCursor", nullValue());
    }

    @Test
    void filters_by_agency_type_level_and_kind() {
        given().queryParam("agencyType", "POLICE").queryParam("kind", "procedure").get("/api/v1/procedures")
                .then().statusCode(200).body("items.id", contains("P2", "P5"));
        given().queryParam("agencyType", "SOCIAL_SECURITY").queryParam("level", "PROVINCE").queryParam("kind", "BUNDLE")
                .get("/api/v1/procedures")
                .then().statusCode(200).body("items.id", contains("BIRTH_BUNDLE", "DEATH_BUNDLE"));
    }

    @Test
    void names_every_bad_parameter_in_one_problem() {
        given().queryParam("limit", "0").queryParam("level", "DISTRICT").queryParam("kind", "FORM")
                .queryParam("at", "2026-13-01").get("/api/v1/procedures")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://onestop.vn/problems/validation"))
                .body("violations.field", contains("level", "kind", "limit", "at"));
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/procedures")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void serves_a_procedure_with_its_published_list() {
        given().get("/api/v1/procedures/P1").then().statusCode(200)
                .body("id", equalTo("P1"))
                .body("kind", equalTo("PROCEDURE"))
                .body("nationalCode", equalTo("1.001193"))
                .body("name", equalTo("Đăng ký khai sinh"))
                .body("version", equalTo(1))
                .body("effectiveFrom", equalTo("2025-07-01"))
                .body("$", hasKey("effectiveTo"))
                .body("timeLimit.unit", equalTo("SAME_DAY"))
                .body("timeLimit.cutoff", equalTo("15:00"))
                .body("competentAgency.type", equalTo("PEOPLES_COMMITTEE"))
                .body("competentAgency.level", equalTo("COMMUNE"))
                .body("components.code", hasItem("BIRTH_NOTICE"))
                .body("components[0].formats", hasItem("application/pdf"))
                .body("resultFields.name", hasItem("childPersonalId"))
                .body("resultKind", equalTo("CERTIFICATE"))
                .body("channels", hasItem("COUNTER"))
                .body("instant", equalTo(false))
                .body("$", not(hasKey("members")));
        given().get("/api/v1/procedures/P5").then().statusCode(200)
                .body("$", hasKey("nationalCode")).body("nationalCode", nullValue()).body("verify", equalTo(true));
        given().get("/api/v1/procedures/P13").then().statusCode(200).body("instant", equalTo(true))
                .body("filedAlone", equalTo(true));
        given().get("/api/v1/procedures/P11").then().statusCode(200).body("filedAlone", equalTo(false));
    }

    @Test
    void serves_the_version_in_force_on_another_day_or_a_404() {
        given().queryParam("at", "2026-05-01").get("/api/v1/procedures/P2").then().statusCode(200).body("version", equalTo(1));
        given().queryParam("at", "2024-01-01").get("/api/v1/procedures/P2")
                .then().statusCode(404).contentType(PROBLEM).body("detail", equalTo("no procedure P2 in force on 2024-01-01"));
        given().get("/api/v1/procedures/P99")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://onestop.vn/problems/not-found"))
                .body("detail", equalTo("no procedure P99"));
    }

    @Test
    void serves_a_bundle_with_its_chain_and_what_the_applicant_still_provides() {
        given().get("/api/v1/procedures/BIRTH_BUNDLE").then().statusCode(200)
                .body("kind", equalTo("BUNDLE"))
                .body("members", contains("P1", "P2", "P3"))
                .body("chain.component", contains("BIRTH_CERT", "BIRTH_CERT"))
                .body("endToEndLimit.value", equalTo(3))
                .body("endToEndLimit.unit", equalTo("WORKING_DAYS"))
                .body("memberPlan.id", contains("P1", "P2", "P3"))
                .body("memberPlan[1].startsAfter", contains("P1"))
                .body("applicantComponents.code", not(hasItem("BIRTH_CERT")))
                .body("applicantComponents.find { it.code == 'HEALTH_INSURANCE_FORM' }.member", equalTo("P3"))
                .body("$", not(hasKey("components")));
    }

    @Test
    void plans_the_options_chosen_at_submission() {
        given().queryParam("options", "FUNERAL_ALLOWANCE").get("/api/v1/procedures/DEATH_BUNDLE")
                .then().statusCode(200).body("memberPlan.id", contains("P4", "P5", "P6"));
        given().queryParam("options", "FUNERAL_ALLOWANCE,SURVIVOR_ALLOWANCE").get("/api/v1/procedures/DEATH_BUNDLE")
                .then().statusCode(200).body("memberPlan.id", contains("P4", "P5", "P6", "P7"));
        given().queryParam("options", "TRAVEL_ALLOWANCE").get("/api/v1/procedures/DEATH_BUNDLE")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("options"));
    }

    @Test
    void serves_agencies_and_administrative_units() {
        given().queryParam("receivesDossiers", "true").get("/api/v1/agencies").then().statusCode(200)
                .body("items.code", hasItem("000.00.01.H22"))
                .body("items.type", not(hasItem("POLICE")));
        given().get("/api/v1/agencies/001.02.20.H22").then().statusCode(200)
                .body("type", equalTo("POLICE")).body("level", equalTo("COMMUNE"))
                .body("unit", equalTo("96002")).body("parentUnit", equalTo("96"));
        given().get("/api/v1/agencies/999.99.99.H22").then().statusCode(404).contentType(PROBLEM);
        given().queryParam("type", "CUSTOMS").get("/api/v1/agencies").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("level", "COMMUNE").get("/api/v1/administrative-units").then().statusCode(200)
                .body("items.parent", contains("96", "96", "96", "96"))
                .body("items[0].name", startsWith("Phường"));
    }

    @Test
    void the_submission_code_can_inject_the_catalog_and_the_resolver() {
        var p1 = catalog.procedure("P1", catalog.today()).orElseThrow();
        assertThat(resolver.resolve(p1, "002.02.20.H22").code()).isEqualTo("000.02.20.H22");
        assertThat(resolver.resolve(p1, "000.00.01.H22", "96004").code()).isEqualTo("000.04.20.H22");
        var p3 = catalog.procedure("P3", catalog.today()).orElseThrow();
        assertThat(resolver.resolve(p3, "002.04.20.H22").code()).isEqualTo("000.00.03.H22");
    }
}
