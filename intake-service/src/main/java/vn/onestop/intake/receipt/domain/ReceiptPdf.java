package vn.onestop.intake.receipt.domain;

import vn.onestop.intake.dossier.domain.Channel;
import vn.onestop.platform.documents.FormInfo;
import vn.onestop.platform.documents.Paragraph;
import vn.onestop.platform.documents.PdfForm;
import vn.onestop.platform.documents.PdfWriter;

import java.time.format.DateTimeFormatter;
import java.util.List;

import static vn.onestop.platform.documents.PdfWriter.BODY;
import static vn.onestop.platform.documents.Weight.BOLD;
import static vn.onestop.platform.documents.Weight.REGULAR;

/**
 * Renders the receipt and appointment slip (Circular 01/2018/TT-VPCP, form 01) as a one- or
 * more-page A4 PDF with the platform's document layout ({@link PdfForm}): this class holds only the
 * slip's content, the QR codes of the tracking and rating links among it. Instances are immutable
 * and safe to share between threads.
 */
public final class ReceiptPdf {

    public static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    /** How the slip prints times: the applicant's local date and time. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The slip can carry two codes (tracking, rating), so each is kept smaller than a result's. */
    private static final float QR_MAX_SIZE = 145;

    private final PdfForm form;

    /** With the platform's DejaVu Sans fonts. */
    public ReceiptPdf() {
        this(new PdfForm());
    }

    public ReceiptPdf(PdfForm form) {
        this.form = form;
    }

    public byte[] render(ReceiptData data) {
        FormInfo info = new FormInfo(TITLE + " " + data.dossierCode(), data.dossierCode(), "onestop intake-service");
        return form.render(info, writer -> write(writer, data));
    }

    private static void write(PdfWriter p, ReceiptData d) {
        p.nationalHeader(d.centreName(), d.centreCode(), d.receivedAt().toLocalDate());
        p.formTitle(TITLE, d.dossierCode());

        String centre = d.centreName().equals(d.centreCode()) ? d.centreCode()
                : d.centreName() + " (mã " + d.centreCode() + ")";
        p.labelled("Cơ quan tiếp nhận: ", centre);
        p.labelled("Đã tiếp nhận hồ sơ của ông/bà: ", d.applicantName());
        p.labelled("Số định danh cá nhân/mã số: ", nullToDash(d.applicantIdNumber()));
        p.labelled("Nội dung yêu cầu giải quyết: ", procedure(d.procedureId(), d.procedureName()));
        p.labelled("Hình thức nộp hồ sơ: ", channel(d.channel()));
        p.labelled("Thời gian tiếp nhận: ", TIME.format(d.receivedAt()));
        p.gap(4);
        p.line("Thành phần hồ sơ:", BOLD, BODY);
        components(p, d.components());
        p.gap(6);
        p.labelled("Thời gian hẹn trả kết quả: ", d.dueAt() == null
                ? "sẽ được thông báo khi xác định thời hạn giải quyết" : TIME.format(d.dueAt()));
        if (d.appointment() != null) {
            p.labelled("Lịch hẹn tại quầy: ", appointment(d.appointment()));
        }
        p.gap(12);
        p.qrLink(d.trackingUrl(), QR_MAX_SIZE, "Tra cứu tình trạng hồ sơ",
                Paragraph.regular("và nhập mã hồ sơ " + d.dossierCode() + ".", 10));
        if (d.ratingUrl() != null) {
            p.gap(8);
            // the invitation to rate the service, printed once so it is at hand when the result is returned
            p.qrLink(d.ratingUrl(), QR_MAX_SIZE, "Đánh giá mức độ hài lòng",
                    Paragraph.regular("sau khi nhận kết quả, ông/bà vui lòng đánh giá việc giải quyết hồ sơ.", 10));
        }
        p.gap(20);
        signatures(p, d);
    }

    private static void components(PdfWriter p, List<ReceiptData.Component> components) {
        if (components.isEmpty()) {
            p.line("(chưa có thông tin thành phần hồ sơ)", REGULAR, BODY, 12);
            return;
        }
        float[] widths = {30, p.width() - 30 - 200, 200};
        p.row(widths, BOLD, 10, "STT", "Tên giấy tờ", "Hình thức tiếp nhận");
        int n = 1;
        for (ReceiptData.Component c : components) {
            p.row(widths, REGULAR, 10, Integer.toString(n++), c.name(), source(c.source()));
        }
    }

    private static void signatures(PdfWriter p, ReceiptData d) {
        float half = p.width() / 2;
        p.sideBySide(110, () -> p.signature("NGƯỜI NỘP HỒ SƠ", d.applicantName(), p.left(), half),
                () -> p.signature("NGƯỜI TIẾP NHẬN HỒ SƠ", null, p.left() + half, half));
    }

    /** How every intake form names the procedure: its name and, when it has one, its code. */
    static String procedure(String id, String name) {
        return name.equals(id) ? id : name + " (mã thủ tục " + id + ")";
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case COUNTER -> "Trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả";
            case ONLINE -> "Trực tuyến qua Cổng Dịch vụ công";
            case POSTAL -> "Qua dịch vụ bưu chính công ích";
        };
    }

    static String source(ReceiptData.ComponentSource source) {
        return switch (source) {
            case UPLOAD -> "Người nộp cung cấp";
            case PAPER -> "Bản giấy (chưa số hóa)";
            case SCAN -> "Bản giấy, đã số hóa";
            case DOSSIER -> "Tái sử dụng từ hồ sơ trước";
            case DOCUMENT_STORE -> "Tái sử dụng từ kho dữ liệu điện tử";
            case CHAIN -> "Do thủ tục liên thông cung cấp";
        };
    }

    private static String appointment(ReceiptData.AppointmentSlot slot) {
        String when = slot.end() == null ? TIME.format(slot.start())
                : HOUR.format(slot.start()) + " - " + HOUR.format(slot.end()) + " ngày " + DATE.format(slot.start());
        return slot.place() == null || slot.place().isBlank() ? when : when + ", " + slot.place();
    }

    private static String nullToDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
