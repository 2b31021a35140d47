package vn.onestop.intake.receipt;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.PdfReading;
import vn.onestop.intake.IntakeFixtures;

import java.util.UUID;

import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReceiptResourceTest {

    @Test
    void a_received_dossier_has_a_printable_slip_with_its_code_and_tracking_qr_code() throws Exception {
        Response created = IntakeFixtures.submit(UUID.randomUUID().toString(),
                IntakeFixtures.birthRegistration("001203004571"));
        created.then().statusCode(201);
        String code = created.path("code");
        String trackingUrl = created.path("trackingUrl");
        assertThat(trackingUrl).startsWith("http://127.0.0.1:8081/api/v1/tracking/").doesNotContain(code);

        byte[] pdf = as(centreStaff(WARD_CENTRE)).accept("application/pdf")
                .when().get("/api/v1/dossiers/{code}/receipt", code)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("inline; filename=\"giay-tiep-nhan-" + code))
                .extract().asByteArray();

        assertThat(pdf).startsWith("%PDF".getBytes());
        assertThat(PdfReading.text(pdf))
                .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .contains("Mã hồ sơ: " + code)
                .contains("Nguyễn Văn An")
                .contains("001203004571")
                // the catalog's Vietnamese name, the centre's name, the components and the promise
                .contains("Đăng ký khai sinh")
                .contains("Trung tâm Phục vụ hành chính công phường An Xuyên")
                .contains("Giấy chứng sinh")
                .containsPattern("(?s)hẹn trả kết quả: .*\\d{2}/\\d{2}/\\d{4}");
        // the tracking link and the invitation to rate the service, each as text and as a QR code
        assertThat(PdfReading.qrCodes(pdf)).containsExactlyInAnyOrder(
                trackingUrl, "http://127.0.0.1:8084/api/v1/dossiers/" + code + "/ratings");
        assertThat(PdfReading.text(pdf)).contains("Đánh giá mức độ hài lòng");
    }

    @Test
    void an_unknown_dossier_has_no_slip() {
        as(centreStaff(WARD_CENTRE)).accept("application/pdf")
                .when().get("/api/v1/dossiers/{code}/receipt", "H22-000000-0000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://onestop.vn/problems/not-found"));
    }
}
