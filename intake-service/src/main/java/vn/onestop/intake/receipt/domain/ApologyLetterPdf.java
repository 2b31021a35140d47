package vn.onestop.intake.receipt.domain;

import vn.onestop.platform.documents.FormInfo;
import vn.onestop.platform.documents.PdfForm;
import vn.onestop.platform.documents.PdfWriter;

import java.time.LocalDateTime;
import java.util.Objects;

import static vn.onestop.platform.documents.PdfWriter.BODY;
import static vn.onestop.platform.documents.Weight.BOLD;
import static vn.onestop.platform.documents.Weight.REGULAR;

/**
 * The apology letter with a new return date (Circular 01/2018/TT-VPCP, form 04, "Phiếu xin lỗi và hẹn
 * lại ngày trả kết quả"), which the competent agency issues once when a dossier will be late, with the
 * platform's document layout ({@link PdfForm}). Immutable and safe to share.
 */
public final class ApologyLetterPdf {

    public static final String TITLE = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";

    public record Data(String agencyName, String agencyCode, String dossierCode, String procedureId,
                       String procedureName, String applicantName, LocalDateTime receivedAt, LocalDateTime oldDue,
                       LocalDateTime newDue, String reason, LocalDateTime issuedAt, String issuedBy) {
        public Data {
            Objects.requireNonNull(dossierCode, "dossierCode");
            Objects.requireNonNull(newDue, "newDue");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }
    }

    private final PdfForm form;

    public ApologyLetterPdf() {
        this(new PdfForm());
    }

    public ApologyLetterPdf(PdfForm form) {
        this.form = form;
    }

    public byte[] render(Data data) {
        return form.render(new FormInfo(TITLE + " " + data.dossierCode(), data.dossierCode(), "onestop intake-service"),
                writer -> write(writer, data));
    }

    private static void write(PdfWriter p, Data d) {
        p.nationalHeader(d.agencyName(), d.agencyCode(), d.issuedAt().toLocalDate());
        p.formTitle(TITLE, d.dossierCode());
        p.labelled("Kính gửi: ", d.applicantName());
        String procedure = ReceiptPdf.procedure(d.procedureId(), d.procedureName());
        p.line(d.agencyName() + " đã tiếp nhận hồ sơ đề nghị giải quyết thủ tục " + procedure
                + (d.receivedAt() == null ? "" : " vào lúc " + ReceiptPdf.TIME.format(d.receivedAt()))
                + (d.oldDue() == null ? "." : ", hẹn trả kết quả vào lúc " + ReceiptPdf.TIME.format(d.oldDue()) + "."),
                REGULAR, BODY);
        p.gap(4);
        p.line("Tuy nhiên, đến nay hồ sơ chưa giải quyết xong. Lý do: " + d.reason(), REGULAR, BODY);
        p.gap(4);
        p.line("Sự chậm trễ này đã gây phiền hà cho ông/bà. " + d.agencyName()
                + " xin lỗi ông/bà và hẹn trả kết quả vào lúc:", REGULAR, BODY);
        p.gap(2);
        p.centred(ReceiptPdf.TIME.format(d.newDue()), BOLD, 13);
        p.gap(4);
        p.line("Mong ông/bà thông cảm.", REGULAR, BODY);
        p.gap(20);
        float half = p.width() / 2;
        p.sideBySide(90, () -> {
        }, () -> p.signature("THỦ TRƯỞNG CƠ QUAN", d.issuedBy() == null ? "" : d.issuedBy(), p.left() + half, half));
    }
}
