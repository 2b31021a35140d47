package vn.onestop.results.document;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.results.testing.Decisions;
import vn.onestop.results.testing.Decisions.Decision;

import java.util.Map;
import java.util.UUID;

import static vn.onestop.results.testing.Decisions.asAdmin;
import static vn.onestop.results.testing.Decisions.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
    void an_unknown_result_has_no_document() {
        asStaff().get("/api/v1/results/{id}/document", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
