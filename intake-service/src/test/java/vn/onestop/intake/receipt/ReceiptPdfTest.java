package vn.onestop.intake.receipt;

import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.PdfReading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.intake.dossier.domain.Channel;
import vn.onestop.intake.receipt.domain.ReceiptData;
import vn.onestop.intake.receipt.domain.ReceiptData.Component;
import vn.onestop.intake.receipt.domain.ReceiptData.ComponentSource;
import vn.onestop.intake.receipt.domain.ReceiptPdf;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptPdfTest {

    private static final ReceiptPdf RENDERER = new ReceiptPdf();
    private static final String TRACKING = "https://dichvucong.camau.gov.vn/tra-cuu/000.00.01.H22-261126-0007";

    static ReceiptData birthRegistration(List<Component> components, ReceiptData.AppointmentSlot appointment) {
        return new ReceiptData("Trung tâm Phục vụ hành chính công xã Tân Thành", "000.00.01.H22",
                "000.00.01.H22-261126-0007", "P1", "Đăng ký khai sinh", "Nguyễn Thị Ánh Tuyết", "001203004567",
                Channel.COUNTER, components, LocalDateTime.of(2026, 11, 26, 9, 5), LocalDateTime.of(2026, 11, 26, 17, 0),
                TRACKING, appointment);
    }

    static List<Component> birthComponents() {
        return List.of(
                new Component("Tờ khai đăng ký khai sinh", ComponentSource.UPLOAD),
                new Component("Giấy chứng sinh", ComponentSource.DOCUMENT_STORE),
                new Component("Giấy chứng nhận kết hôn của cha, mẹ", ComponentSource.CHAIN));
    }

    @Test
    void prints_the_dossier_procedure_applicant_and_due_date_in_vietnamese() throws IOException {
        byte[] pdf = RENDERER.render(birthRegistration(birthComponents(),
                new ReceiptData.AppointmentSlot(LocalDateTime.of(2026, 11, 27, 9, 0), LocalDateTime.of(2026, 11, 27, 9, 30),
                        "quầy số 3")));

        String text = PdfReading.text(pdf);
        assertThat(text)
                .contains(ReceiptPdf.TITLE)
                .contains("000.00.01.H22-261126-0007")
                .contains("Đăng ký khai sinh")
                .contains("Nguyễn Thị Ánh Tuyết")
                .contains("001203004567")
                .contains("Thời gian tiếp nhận: 26/11/2026 09:05")
                .contains("Thời gian hẹn trả kết quả: 26/11/2026 17:00")
                .contains("Trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả")
                .contains("Giấy chứng sinh")
                .contains("Tái sử dụng từ kho dữ liệu điện tử")
                .contains("Do thủ tục liên thông cung cấp")
                .contains("09:00 - 09:30 ngày 27/11/2026, quầy số 3")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void embeds_its_fonts_so_any_reader_shows_the_diacritics() throws IOException {
        PdfReading.assertReadableVietnamese(RENDERER.render(birthRegistration(birthComponents(), null)));
    }

    @Test
    void the_qr_code_reads_back_as_the_tracking_url() throws Exception {
        byte[] pdf = RENDERER.render(birthRegistration(birthComponents(), null));
        assertThat(PdfReading.qrCode(pdf)).isEqualTo(TRACKING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1:8081/api/v1/dossiers/H22-261126-0001",
            "http://127.0.0.1:8081/api/v1/dossiers/000.00.65.Reebfe-261126-0001",
            "https://dichvucong.camau.gov.vn/portal/p/home/tra-cuu-ho-so.html?ma-ho-so=000.00.64.Re69e6-261126-0009&ngon-ngu=vi-VN",
    })
    void short_and_long_tracking_links_both_scan(String url) throws Exception {
        ReceiptData data = birthRegistration(birthComponents(), null);
        data = new ReceiptData(data.centreName(), data.centreCode(), data.dossierCode(), data.procedureId(),
                data.procedureName(), data.applicantName(), data.applicantIdNumber(), data.channel(), data.components(),
                data.receivedAt(), data.dueAt(), url, null);
        assertThat(PdfReading.qrCode(RENDERER.render(data))).isEqualTo(url);
    }

    @Test
    void without_a_deadline_or_components_it_still_prints_and_says_so() throws Exception {
        ReceiptData data = new ReceiptData(null, "H22", "H22-261126-0001", "P1", null, "Lê Văn Bình", "079088001234",
                Channel.ONLINE, List.of(), LocalDateTime.of(2026, 11, 26, 16, 45), null,
                "http://127.0.0.1:8081/api/v1/dossiers/H22-261126-0001", null);
        byte[] pdf = RENDERER.render(data);
        assertThat(PdfReading.text(pdf))
                .contains("H22-261126-0001")
                .contains("Trực tuyến")
                .contains("Thời gian hẹn trả kết quả: sẽ được thông báo")
                .contains("(chưa có thông tin thành phần hồ sơ)")
                .doesNotContain("Lịch hẹn");
        assertThat(PdfReading.qrCode(pdf)).isEqualTo("http://127.0.0.1:8081/api/v1/dossiers/H22-261126-0001");
    }

    @Test
    void long_lists_continue_on_a_second_page_and_unprintable_characters_do_not_fail_it() throws IOException {
        List<Component> many = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            many.add(new Component("Giấy tờ số " + i + " kèm theo hồ sơ đăng ký", ComponentSource.UPLOAD));
        }
        ReceiptData data = new ReceiptData("Trung tâm", "H22", "H22-261126-0002", "P1", "Đăng ký khai sinh",
                "Nguyễn Văn 漢 An", "079088001234", Channel.POSTAL, many, LocalDateTime.of(2026, 11, 26, 8, 0),
                LocalDateTime.of(2026, 12, 3, 8, 0), "http://127.0.0.1:8081/api/v1/dossiers/H22-261126-0002", null);
        byte[] pdf = RENDERER.render(data);
        assertThat(PdfReading.pageCount(pdf)).isGreaterThanOrEqualTo(2);
        String text = PdfReading.text(pdf);
        assertThat(text).contains("Giấy tờ số 45 kèm theo").contains("Nguyễn Văn ? An").contains("03/12/2026 08:00");
    }
}
