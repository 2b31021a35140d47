package vn.onestop.intake.receipt.domain;

import vn.onestop.platform.documents.FormInfo;
import vn.onestop.platform.documents.PdfForm;
import vn.onestop.platform.documents.PdfWriter;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

import static vn.onestop.platform.documents.PdfWriter.BODY;
import static vn.onestop.platform.documents.Weight.REGULAR;

/**
 * The electronic receipt of a fee, charge or tax paid for a dossier (biên lai thu phí, lệ phí điện tử),
 * online through the payment gateway or at the counter, with the platform's document layout. One per
 * paid obligation, numbered once. Immutable and safe to share.
 */
public final class FeeReceiptPdf {

    public static final String TITLE = "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ";

    public record Data(String agencyName, String agencyCode, String receiptNumber, String dossierCode,
                       String procedureId, String procedureName, String payerName, String description,
                       long amountVnd, String paidVia, String transactionId, LocalDateTime paidAt) {
        public Data {
            Objects.requireNonNull(receiptNumber, "receiptNumber");
            Objects.requireNonNull(dossierCode, "dossierCode");
            Objects.requireNonNull(paidAt, "paidAt");
        }
    }

    private final PdfForm form;

    public FeeReceiptPdf() {
        this(new PdfForm());
    }

    public FeeReceiptPdf(PdfForm form) {
        this.form = form;
    }

    public byte[] render(Data data) {
        return form.render(new FormInfo(TITLE + " " + data.receiptNumber(), data.dossierCode(), "onestop intake-service"),
                writer -> write(writer, data));
    }

    /** 1.250.000 đồng: the amount as Vietnamese documents print it. */
    public static String amount(long vnd) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(vnd) + " đồng";
    }

    private static void write(PdfWriter p, Data d) {
        p.nationalHeader(d.agencyName(), d.agencyCode(), d.paidAt().toLocalDate());
        p.formTitle(TITLE, d.dossierCode());
        p.labelled("Số biên lai: ", d.receiptNumber());
        p.labelled("Người nộp: ", d.payerName());
        p.labelled("Hồ sơ: ", d.dossierCode() + " — " + ReceiptPdf.procedure(d.procedureId(), d.procedureName()));
        p.labelled("Nội dung thu: ", d.description());
        p.labelled("Số tiền: ", amount(d.amountVnd()));
        p.labelled("Hình thức nộp: ", "ONLINE".equals(d.paidVia())
                ? "Thanh toán trực tuyến" + (d.transactionId() == null ? "" : " (mã giao dịch " + d.transactionId() + ")")
                : "Nộp tại Bộ phận Một cửa");
        p.labelled("Thời điểm nộp: ", ReceiptPdf.TIME.format(d.paidAt()));
        p.gap(6);
        p.line("Biên lai điện tử có giá trị như biên lai giấy; tra cứu theo số biên lai và mã hồ sơ.", REGULAR, BODY);
        p.gap(20);
        float half = p.width() / 2;
        p.sideBySide(90, () -> {
        }, () -> p.signature("ĐƠN VỊ THU", d.agencyName(), p.left() + half, half));
    }
}
