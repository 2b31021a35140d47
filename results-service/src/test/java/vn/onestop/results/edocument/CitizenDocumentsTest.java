package vn.onestop.results.edocument;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.results.testing.Decisions;
import vn.onestop.results.testing.Decisions.Decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.citizen;
import static vn.onestop.results.testing.Decisions.asAdmin;
import static vn.onestop.results.testing.Decisions.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Every result of a citizen, certified electronic copies included, in their e-document store. */
@QuarkusTest
class CitizenDocumentsTest {

    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    static String uniqueOwner() {
        return String.format("0791%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void the_store_lists_every_result_of_the_owner_with_its_provenance_newest_first() {
        String owner = uniqueOwner();
        String agency = Decisions.uniqueAgency();
        Map<String, Object> birth = Decision.approved(agency, 1, "P1", "CERTIFICATE", "Trương Thị Yến", owner,
                Map.of("birthCertificateNumber", "1/2026")).sendAndAwait(kafka);
        Map<String, Object> copy = Decision.approved(agency, 2, "P13", "CERTIFIED_COPY", "Trương Thị Yến", owner,
                Map.of("certificationNumber", "BS-2", "originalDocumentType", "Bằng tốt nghiệp", "pageCount", 1))
                .sendAndAwait(kafka);
        Map<String, Object> permit = Decision.approved(agency, 3, "P12", "LICENCE", "Trương Thị Yến", owner,
                Map.of("permitNumber", "9/GPXD")).sendAndAwait(kafka);
        Decision.approved(agency, 4, "P1", "CERTIFICATE", "Someone Else", uniqueOwner(), Map.of()).sendAndAwait(kafka);

        List<Map<String, Object>> items = as(citizen(owner)).get("/api/v1/citizens/{idNumber}/documents", owner).then()
                .statusCode(200).body("nextCursor", equalTo(null)).extract().body()
                .as(new TypeRef<Map<String, List<Map<String, Object>>>>() {
                }).get("items");
        assertThat(items).extracting(i -> i.get("id"))
                .containsExactlyInAnyOrder(birth.get("id"), copy.get("id"), permit.get("id"));
        assertThat(items).extracting(i -> (String) i.get("issuedAt")).isSortedAccordingTo(
                (a, b) -> java.time.OffsetDateTime.parse(b).compareTo(java.time.OffsetDateTime.parse(a)));

        Map<String, Object> copyDocument = items.stream().filter(i -> i.get("id").equals(copy.get("id"))).findFirst()
                .orElseThrow();
        assertThat(copyDocument).containsEntry("kind", "CERTIFIED_COPY").containsEntry("procedureId", "P13")
                .containsEntry("number", copy.get("number")).containsEntry("dossierCode", copy.get("dossierCode"))
                .containsEntry("issuer", agency).containsEntry("issuedAt", copy.get("issuedAt"))
                .containsEntry("validUntil", null).containsEntry("revoked", false)
                .containsEntry("verifyUrl", copy.get("verifyUrl"));
        assertThat(items.stream().filter(i -> i.get("id").equals(permit.get("id"))).findFirst().orElseThrow())
                .containsEntry("validUntil", permit.get("validUntil"));

        as(citizen(owner)).queryParam("kind", "CERTIFIED_COPY").get("/api/v1/citizens/{idNumber}/documents", owner)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(copy.get("id")));

        Decisions.revoke(copy.get("id"), "bản chính giả");
        // counter staff reuse a walk-in applicant's documents: the same store
        asStaff().queryParam("kind", "CERTIFIED_COPY").get("/api/v1/citizens/{idNumber}/documents", owner).then()
                .body("items[0].revoked", equalTo(true));
    }

    @Test
    void a_long_store_comes_in_pages() {
        String owner = uniqueOwner();
        String agency = Decisions.uniqueAgency();
        for (int i = 1; i <= 3; i++) {
            Decision.approved(agency, i, "P13", "CERTIFIED_COPY", "Đinh Văn Phúc", owner,
                    Map.of("certificationNumber", "BS-" + i, "originalDocumentType", "Hộ chiếu", "pageCount", i))
                    .sendAndAwait(kafka);
        }
        List<Object> seen = new ArrayList<>();
        String cursor = as(citizen(owner)).queryParam("limit", 2).get("/api/v1/citizens/{idNumber}/documents", owner).then()
                .statusCode(200).body("items", hasSize(2)).extract().path("nextCursor");
        seen.addAll(as(citizen(owner)).queryParam("limit", 2).get("/api/v1/citizens/{idNumber}/documents", owner)
                .then().extract().path("items.id"));
        assertThat(cursor).isNotBlank();
        seen.addAll(as(citizen(owner)).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/citizens/{idNumber}/documents", owner).then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", equalTo(null)).extract().path("items.id"));
        assertThat(seen).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void an_owner_without_results_has_an_empty_store_and_bad_parameters_are_problems() {
        String owner = uniqueOwner();
        as(citizen(owner)).get("/api/v1/citizens/{idNumber}/documents", owner).then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", equalTo(null));
        asStaff().queryParam("kind", "PASSPORT").queryParam("limit", 0)
                .get("/api/v1/citizens/{idNumber}/documents", uniqueOwner()).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("kind", "limit"));
        asStaff().queryParam("cursor", "not-a-cursor").get("/api/v1/citizens/{idNumber}/documents", uniqueOwner())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("cursor"));
    }
}
