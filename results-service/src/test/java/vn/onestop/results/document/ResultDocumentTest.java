package vn.onestop.results.document;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.results.testing.Decisions;
import vn.onestop.results.testing.Decisions.Decision;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static vn.onestop.results.testing.Decisions.asAdmin;
import static vn.onestop.results.testing.Decisions.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static vn.onestop.platform.testing.PdfReading.qrCode;
import static vn.onestop.platform.testing.PdfReading.text;

@QuarkusTest
class ResultDocumentTest {

    private static final TestKafka kafka = new TestKafka();

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void the_result_document_prints_the_number_and_vietnamese_text_and_its_qr_code_is_the_verification_link()
            throws Exception {
        Decision decision = Decision.approved(Decisions.uniqueAgency(), 1, "P13", "CERTIFIED_COPY",
                "Nguyễn Thị Ánh Tuyết", "001203004567", Map.of("certificationNumber", "SCT/BS-15",
                        "originalDocumentType", "Giấy chứng nhận quyền sử dụng đất", "pageCount", 3));
        Map<String, Object> result = decision.sendAndAwait(kafka);

        byte[] pdf = asStaff().get("/api/v1/results/{id}/document", result.get("id")).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("inline; filename=\"ket-qua-"))
                .extract().asByteArray();

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(text(pdf))
                .contains((String) result.get("number"))
                .contains("BẢN SAO ĐIỆN TỬ ĐƯỢC CHỨNG THỰC TỪ BẢN CHÍNH")
                .contains("Nguyễn Thị Ánh Tuyết")
                .contains("Giấy chứng nhận quyền sử dụng đất")
                .contains("Có giá trị đến: Không thời hạn")
                .contains("onestop-dev-1");
        assertThat(qrCode(pdf)).isEqualTo(result.get("verifyUrl"));
    }

    @Test
    void a_revoked_result_document_says_so() throws Exception {
        Decision decision = Decision.approved(Decisions.uniqueAgency(), 1, "P1", "CERTIFICATE", "Lý Thị Hoa",
                "079190000333", Map.of("birthCertificateNumber", "7/2026"));
        Map<String, Object> result = decision.sendAndAwait(kafka);
        Decisions.revoke(result.get("id"), "trùng số");

        byte[] pdf = asStaff().get("/api/v1/results/{id}/document", result.get("id")).then().statusCode(200)
                .extract().asByteArray();
        assertThat(text(pdf)).contains("KẾT QUẢ ĐÃ BỊ THU HỒI").contains("trùng số");
    }

    @Test
    void the_public_verification_names_the_result_and_tells_whether_a_pdf_copy_is_unchanged() throws Exception {
        Decision decision = Decision.approved(Decisions.uniqueAgency(), 1, "P1", "CERTIFICATE", "Hà Văn Tâm",
                "079190000444", Map.of("birthCertificateNumber", "8/2026"));
        Map<String, Object> result = decision.sendAndAwait(kafka);
        byte[] pdf = asStaff().get("/api/v1/results/{id}/document", result.get("id")).then().statusCode(200)
                .extract().asByteArray();
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;

        given().queryParam("id", result.get("id")).queryParam("sha256", result.get("sha256"))
                .queryParam("documentSha256", sha256(pdf)).get("/api/v1/results/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("documentMatches", equalTo(true))
                .body("number", equalTo(result.get("number"))).body("kind", equalTo("CERTIFICATE"))
                .body("issuer", equalTo(decision.agency())).body("issuedAt", equalTo(result.get("issuedAt")))
                .body("$", not(hasKey("ownerName"))).body("$", not(hasKey("ownerIdNumber")));
        given().queryParam("id", result.get("id")).queryParam("sha256", result.get("sha256"))
                .queryParam("documentSha256", sha256(changed).toUpperCase()).get("/api/v1/results/verify").then()
                .statusCode(200).body("valid", equalTo(true)).body("documentMatches", equalTo(false));
        // without a document hash the answer does not speak about one
        given().queryParam("id", result.get("id")).queryParam("sha256", result.get("sha256"))
                .get("/api/v1/results/verify").then().body("$", not(hasKey("documentMatches")));
        // whoever lacks the result's own SHA-256 learns nothing about it, document hash or not
        String sha = (String) result.get("sha256");
        String wrong = sha.substring(0, 63) + (sha.endsWith("0") ? "1" : "0");
        given().queryParam("id", result.get("id")).queryParam("sha256", wrong).queryParam("documentSha256", sha256(pdf))
                .get("/api/v1/results/verify").then().statusCode(200).body("valid", equalTo(false))
                .body("$", not(hasKey("number"))).body("$", not(hasKey("documentMatches")));
        given().queryParam("id", result.get("id")).queryParam("sha256", result.get("sha256"))
                .queryParam("documentSha256", "not-a-hash").get("/api/v1/results/verify").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("documentSha256"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void an_unknown_result_has_no_document() {
        asStaff().get("/api/v1/results/{id}/document", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
