package vn.onestop.results.document.domain;

import vn.onestop.platform.documents.Align;
import vn.onestop.platform.documents.FormInfo;
import vn.onestop.platform.documents.Ink;
import vn.onestop.platform.documents.Paragraph;
import vn.onestop.platform.documents.PdfForm;
import vn.onestop.platform.documents.PdfWriter;
import vn.onestop.results.result.domain.ResultKind;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static vn.onestop.platform.documents.PdfWriter.BODY;
import static vn.onestop.platform.documents.Weight.BOLD;
import static vn.onestop.platform.documents.Weight.REGULAR;

/**
 * Renders a result as an A4 PDF with the platform's document layout ({@link PdfForm}): the national
 * header, the kind of document and its number, the owner, the procedure's result data, issue date
 * and validity, the signer and the key, and a QR code of the verification link. This class holds
 * only that content. Instances are immutable and safe to share between threads.
 */
public final class ResultPdf {

    /** How the document prints times: the province's local date and time. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Printed across a revoked result. */
    public static final String REVOKED = "KẾT QUẢ ĐÃ BỊ THU HỒI";

    /** One code on the page, beside a long link and a hash: it may be larger than the receipt's. */
    private static final float QR_MAX_SIZE = 170;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PdfForm form;

    /** With the platform's DejaVu Sans fonts. */
    public ResultPdf() {
        this(new PdfForm());
    }

    public ResultPdf(PdfForm form) {
        this.form = form;
    }

    /** The document's title for a kind of result. */
    public static String title(ResultKind kind) {
        return switch (kind) {
            case CERTIFICATE -> "GIẤY CHỨNG NHẬN";
            case LICENCE -> "GIẤY PHÉP";
            case RECORD_UPDATE -> "XÁC NHẬN CẬP NHẬT THÔNG TIN";
            case DECISION -> "QUYẾT ĐỊNH";
            case TAX_RECEIPT -> "CHỨNG TỪ NỘP NGHĨA VỤ TÀI CHÍNH";
            case CERTIFIED_COPY -> "BẢN SAO ĐIỆN TỬ ĐƯỢC CHỨNG THỰC TỪ BẢN CHÍNH";
        };
    }

    public byte[] render(ResultDocumentData data) {
        FormInfo info = new FormInfo(title(data.kind()) + " " + data.number(), data.number(), "onestop results-service");
        return form.render(info, writer -> write(writer, data));
    }

    private static void write(PdfWriter p, ResultDocumentData d) {
        p.nationalHeader("CƠ QUAN CẤP", d.issuer(), d.issuedAt().toLocalDate());
        p.gap(18);
        p.centred(title(d.kind()), BOLD, 15);
        p.gap(2);
        p.centred("Số: " + d.number(), BOLD, 12);
        if (d.revocation() != null) {
            p.gap(6);
            p.ink(Ink.RED);
            p.centred(REVOKED, BOLD, 13);
            p.centred("Thu hồi ngày " + TIME.format(d.revocation().revokedAt()) + ": " + d.revocation().reason(),
                    REGULAR, 10);
            p.ink(Ink.BLACK);
        }
        p.gap(12);
        p.labelled("Cấp cho ông/bà/tổ chức: ", d.ownerName());
        p.labelled("Số định danh cá nhân/mã số: ", dash(d.ownerIdNumber()));
        p.labelled("Mã thủ tục hành chính: ", d.procedureId());
        p.labelled("Mã hồ sơ: ", d.dossierCode());
        p.labelled("Cơ quan cấp: ", d.issuer());
        p.gap(6);
        p.line("Nội dung:", BOLD, BODY);
        content(p, d.data());
        p.gap(8);
        p.labelled("Ngày cấp: ", TIME.format(d.issuedAt()));
        p.labelled("Có giá trị đến: ", d.validUntil() == null ? "Không thời hạn" : DATE.format(d.validUntil()));
        p.gap(14);
        signature(p, d);
        p.gap(16);
        verification(p, d);
    }

    private static void content(PdfWriter p, Map<String, Object> data) {
        if (data == null || data.isEmpty()) {
            p.line("(không có nội dung chi tiết)", REGULAR, BODY, 12);
            return;
        }
        float[] widths = {190, p.width() - 190};
        // Sorted like the canonical form, so two renderings of one result are the same page.
        for (Map.Entry<String, Object> field : new TreeMap<>(data).entrySet()) {
            p.row(widths, REGULAR, 10, FieldLabels.of(field.getKey()), value(field.getKey(), field.getValue()));
        }
    }

    private static void signature(PdfWriter p, ResultDocumentData d) {
        p.ensure(70);
        float half = p.width() / 2;
        float right = p.left() + half;
        p.block("NGƯỜI KÝ", BOLD, 10.5f, right, half, Align.CENTRE);
        p.block(d.signer(), REGULAR, 10.5f, right, half, Align.CENTRE);
        p.block("Đã ký số (Ed25519), khóa " + d.keyId(), REGULAR, 9, right, half, Align.CENTRE);
    }

    private static void verification(PdfWriter p, ResultDocumentData d) {
        if (d.verifyUrl() == null) {
            p.line("Kết quả này được cấp trước khi áp dụng chữ ký số: không xác thực trực tuyến được.", REGULAR, 10);
            return;
        }
        p.qrLink(d.verifyUrl(), QR_MAX_SIZE, "Xác thực kết quả",
                Paragraph.regular("Mã băm SHA-256: " + d.sha256(), PdfWriter.LINK_SIZE));
    }

    /** A data value as people read it: dates dd/MM/yyyy, amounts in đồng grouped by dots, yes/no. */
    static String value(String field, Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Boolean yes) {
            return yes ? "Có" : "Không";
        }
        if (value instanceof Number n && field.endsWith("Vnd")) {
            DecimalFormat grouped = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE));
            return grouped.format(n instanceof BigInteger || n instanceof BigDecimal ? n : n.doubleValue());
        }
        if (value instanceof String text && text.length() == 10) {
            try {
                return DATE.format(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return value.toString();
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
