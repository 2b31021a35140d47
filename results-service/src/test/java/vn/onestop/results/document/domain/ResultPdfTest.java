package vn.onestop.results.document.domain;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.onestop.results.result.domain.ResultKind;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.platform.testing.PdfReading.assertReadableVietnamese;
import static vn.onestop.platform.testing.PdfReading.qrCode;
import static vn.onestop.platform.testing.PdfReading.text;

class ResultPdfTest {

    private static final ResultPdf RENDERER = new ResultPdf();
    private static final String SHA = "9f2c1b7a4e0d3c6b8a5f1e2d7c4b9a0e3f6d2c8b1a7e4f0d9c3b6a2e5f8d1c47";
    private static final String VERIFY = "https://ketqua.dichvucong.camau.gov.vn/api/v1/results/verify"
            + "?id=5b0c6f7e-3a41-4c2d-9e8f-1a2b3c4d5e6f&sha256=" + SHA;

    static ResultDocumentData birthCertificate(Map<String, Object> data, LocalDateTime validUntil,
                                               ResultDocumentData.Revocation revocation) {
        return new ResultDocumentData("000001/2026/GCN-000.01.20.H22", ResultKind.CERTIFICATE, "P1",
                "002.01.20.H22-261126-0001", "000.01.20.H22", "Chủ tịch UBND phường An Xuyên",
                LocalDateTime.of(2026, 11, 26, 9, 5), validUntil, "Phạm Thị Dung", "096185000321", data, SHA,
                "onestop-dev-1", VERIFY, revocation);
    }

    static Map<String, Object> birthData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("birthCertificateNumber", "123/2026");
        data.put("childFullName", "Phạm Minh Khôi");
        data.put("childDateOfBirth", "2026-11-20");
        data.put("childPersonalId", "096226000123");
        return data;
    }

    @Test
    void prints_the_result_in_vietnamese_with_its_number_owner_data_and_signature() throws Exception {
        String text = text(RENDERER.render(birthCertificate(birthData(), null, null)));
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("GIẤY CHỨNG NHẬN")
                .contains("Số: 000001/2026/GCN-000.01.20.H22")
                .contains("Cấp cho ông/bà/tổ chức: Phạm Thị Dung")
                .contains("096185000321")
                .contains("002.01.20.H22-261126-0001")
                .contains("Họ, chữ đệm và tên của trẻ")
                .contains("Phạm Minh Khôi")
                .contains("20/11/2026")
                .contains("Ngày cấp: 26/11/2026 09:05")
                .contains("Có giá trị đến: Không thời hạn")
                .contains("Chủ tịch UBND phường An Xuyên")
                .contains("onestop-dev-1")
                .doesNotContain(ResultPdf.REVOKED);
    }

    @Test
    void the_qr_code_reads_back_as_the_verification_link() throws Exception {
        assertThat(qrCode(RENDERER.render(birthCertificate(birthData(), null, null)))).isEqualTo(VERIFY);
    }

    @Test
    void embeds_its_fonts_so_any_reader_shows_the_diacritics() throws Exception {
        byte[] pdf = RENDERER.render(birthCertificate(birthData(), null, null));
        assertReadableVietnamese(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("000001/2026/GCN-000.01.20.H22");
        }
    }

    @Test
    void a_revoked_result_says_so_and_a_licence_prints_its_validity() throws Exception {
        ResultDocumentData data = birthCertificate(Map.of("permitNumber", "45/GPXD"), LocalDateTime.of(2027, 9, 15, 23, 59),
                new ResultDocumentData.Revocation(LocalDateTime.of(2026, 12, 1, 14, 30), "cấp nhầm người"));
        String text = text(RENDERER.render(data));
        assertThat(text).contains(ResultPdf.REVOKED).contains("Thu hồi ngày 01/12/2026 14:30: cấp nhầm người")
                .contains("Có giá trị đến: 15/09/2027").contains("Số giấy phép");
    }

    @Test
    void long_data_goes_on_to_a_second_page_and_the_qr_code_still_scans() throws Exception {
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 10; i < 60; i++) {
            many.put("field" + i, "Giá trị số " + i + " của kết quả, đủ dài để xuống dòng khi in trên khổ A4 dọc");
        }
        byte[] pdf = RENDERER.render(birthCertificate(many, null, null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(text(pdf)).contains("Giá trị số 59 của kết quả");
        assertThat(qrCode(pdf)).isEqualTo(VERIFY);
    }

    @Test
    void characters_the_font_lacks_print_as_question_marks_instead_of_failing() throws Exception {
        ResultDocumentData data = birthCertificate(Map.of(), null, null);
        data = new ResultDocumentData(data.number(), data.kind(), data.procedureId(), data.dossierCode(), data.issuer(),
                data.signer(), data.issuedAt(), null, "Nguyễn Văn 漢 An", data.ownerIdNumber(), Map.of(), data.sha256(),
                data.keyId(), data.verifyUrl(), null);
        assertThat(text(RENDERER.render(data))).contains("Nguyễn Văn ? An").contains("(không có nội dung chi tiết)");
    }

    @ParameterizedTest
    @EnumSource(ResultKind.class)
    void every_kind_has_a_vietnamese_title(ResultKind kind) throws Exception {
        ResultDocumentData base = birthCertificate(birthData(), null, null);
        ResultDocumentData data = new ResultDocumentData(base.number(), kind, base.procedureId(), base.dossierCode(),
                base.issuer(), base.signer(), base.issuedAt(), null, base.ownerName(), base.ownerIdNumber(),
                base.data(), base.sha256(), base.keyId(), base.verifyUrl(), null);
        assertThat(text(RENDERER.render(data))).contains(ResultPdf.title(kind));
    }

    @ParameterizedTest
    @CsvSource({
            "allowanceAmountVnd, 1500000, 1.500.000",
            "childDateOfBirth, 2026-11-20, 20/11/2026",
            "birthCertificateNumber, 123/2026, 123/2026",
            "landParcelNumber, 2026-11-2X, 2026-11-2X",
    })
    void values_print_as_people_read_them(String field, String raw, String printed) {
        Object value = field.endsWith("Vnd") ? (Object) Long.parseLong(raw) : raw;
        assertThat(ResultPdf.value(field, value)).isEqualTo(printed);
        assertThat(ResultPdf.value("invoiceRegistrationAccepted", true)).isEqualTo("Có");
    }
}
