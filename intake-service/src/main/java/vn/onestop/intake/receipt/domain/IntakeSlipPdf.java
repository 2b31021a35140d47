package vn.onestop.intake.receipt.domain;

import vn.onestop.platform.documents.FormInfo;
import vn.onestop.platform.documents.PdfForm;
import vn.onestop.platform.documents.PdfWriter;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import static vn.onestop.platform.documents.PdfWriter.BODY;
import static vn.onestop.platform.documents.Weight.BOLD;
import static vn.onestop.platform.documents.Weight.REGULAR;

/**
 * The slip the receiving centre gives when it does not receive a dossier (Circular 01/2018/TT-VPCP):
 * the one written guidance of what to add or correct (form 02, "Phiếu yêu cầu bổ sung, hoàn thiện hồ
 * sơ") or the refusal with its reason (form 03, "Phiếu từ chối tiếp nhận giải quyết hồ sơ"), with the
 * platform's document layout ({@link PdfForm}). Immutable and safe to share.
 */
public final class IntakeSlipPdf {

    public static final String GUIDANCE_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
    public static final String REFUSAL_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";

    /** What a slip says. {@code missingItems} non-empty: form 02; empty: form 03. */
    public record Data(String centreName, String centreCode, String dossierCode, String procedureId,
                       String procedureName, String applicantName, LocalDateTime filedAt, String reason,
                       List<String> missingItems, LocalDateTime refusedAt, String refusedBy) {
        public Data {
            Objects.requireNonNull(dossierCode, "dossierCode");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(refusedAt, "refusedAt");
            missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
        }

        public boolean guidance() {
            return !missingItems.isEmpty();
        }
    }

    private final PdfForm form;

    public IntakeSlipPdf() {
        this(new PdfForm());
    }

    public IntakeSlipPdf(PdfForm form) {
        this.form = form;
    }

    public byte[] render(Data data) {
        String title = data.guidance() ? GUIDANCE_TITLE : REFUSAL_TITLE;
        FormInfo info = new FormInfo(title + " " + data.dossierCode(), data.dossierCode(), "onestop intake-service");
        return form.render(info, writer -> write(writer, data, title));
    }

    private static void write(PdfWriter p, Data d, String title) {
        p.nationalHeader(d.centreName(), d.centreCode(), d.refusedAt().toLocalDate());
        p.formTitle(title, d.dossierCode());
        p.labelled("Kính gửi: ", d.applicantName());
        String procedure = ReceiptPdf.procedure(d.procedureId(), d.procedureName());
        p.labelled("Nội dung yêu cầu giải quyết: ", procedure);
        if (d.filedAt() != null) {
            p.labelled("Ngày nộp hồ sơ trực tuyến: ", ReceiptPdf.TIME.format(d.filedAt()));
        }
        p.gap(6);
        if (d.guidance()) {
            p.line("Sau khi xem xét, hồ sơ chưa đầy đủ. Đề nghị ông/bà bổ sung, hoàn thiện các nội dung sau:", REGULAR, BODY);
            int n = 1;
            for (String item : d.missingItems()) {
                p.line(n++ + ". " + item, REGULAR, BODY, 12);
            }
            p.gap(4);
            p.labelled("Ghi chú: ", d.reason());
            p.gap(4);
            p.line("Khi hồ sơ đã đầy đủ, ông/bà nộp lại để được tiếp nhận và hẹn trả kết quả.", REGULAR, BODY);
        } else {
            p.line("Cơ quan tiếp nhận không tiếp nhận, giải quyết hồ sơ này với lý do:", REGULAR, BODY);
            p.line(d.reason(), REGULAR, BODY, 12);
        }
        p.gap(6);
        p.labelled("Thời gian: ", ReceiptPdf.TIME.format(d.refusedAt()));
        p.gap(20);
        float half = p.width() / 2;
        p.sideBySide(90, () -> {
        }, () -> p.signature("NGƯỜI TIẾP NHẬN HỒ SƠ", d.refusedBy() == null ? "" : d.refusedBy(), p.left() + half, half));
    }
}
