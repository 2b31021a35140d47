package vn.onestop.processing.casefile.domain;

import vn.onestop.platform.documents.FormInfo;
import vn.onestop.platform.documents.PdfForm;
import vn.onestop.platform.documents.PdfWriter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import static vn.onestop.platform.documents.PdfWriter.BODY;
import static vn.onestop.platform.documents.Weight.BOLD;
import static vn.onestop.platform.documents.Weight.REGULAR;

/**
 * The process-control slip (Circular 01/2018/TT-VPCP, form 05, "Phiếu kiểm soát quá trình giải quyết
 * hồ sơ"): every handover of a dossier between the agencies that work it, with when each step was
 * handed over, its due date, when it was done and with what outcome, and whether it was on time (dates
 * compared, as the reports do). Plain Java over the platform's document layout; safe to share.
 */
public final class ControlSlipPdf {

    public static final String TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** One handover: a step of the workflow at an agency. {@code completedAt} null: not done yet. */
    public record Step(String name, String agency, LocalDateTime handedOverAt, LocalDateTime dueAt,
                       LocalDateTime completedAt, String outcome, String completedBy, boolean cancelled) {

        /** "Đúng hạn" / "Trễ hạn" (dates compared), "Đang xử lý", "Đã hủy". */
        public String standing() {
            if (cancelled) {
                return "Đã hủy";
            }
            if (completedAt == null) {
                return "Đang xử lý";
            }
            return dueAt == null || !completedAt.toLocalDate().isAfter(dueAt.toLocalDate()) ? "Đúng hạn" : "Trễ hạn";
        }
    }

    public record Data(String agencyName, String agencyCode, String dossierCode, String procedureId,
                       String applicantName, LocalDateTime receivedAt, LocalDateTime dueAt, List<Step> steps,
                       LocalDate printedOn) {
        public Data {
            Objects.requireNonNull(dossierCode, "dossierCode");
            steps = List.copyOf(steps);
        }
    }

    private final PdfForm form;

    public ControlSlipPdf() {
        this(new PdfForm());
    }

    public ControlSlipPdf(PdfForm form) {
        this.form = form;
    }

    public byte[] render(Data data) {
        return form.render(new FormInfo(TITLE + " " + data.dossierCode(), data.dossierCode(), "onestop processing-service"),
                writer -> write(writer, data));
    }

    private static void write(PdfWriter p, Data d) {
        p.nationalHeader(d.agencyName(), d.agencyCode(), d.printedOn());
        p.formTitle(TITLE, d.dossierCode());
        p.labelled("Thủ tục: ", d.procedureId());
        p.labelled("Tên người nộp hồ sơ: ", d.applicantName() == null ? "-" : d.applicantName());
        p.labelled("Thời gian tiếp nhận: ", format(d.receivedAt()));
        p.labelled("Thời gian hẹn trả kết quả: ", format(d.dueAt()));
        p.gap(6);
        p.line("Quá trình giải quyết hồ sơ:", BOLD, BODY);
        float rest = p.width() - 24 - 3 * 78 - 60;
        float[] widths = {24, rest / 2, rest / 2, 78, 78, 78, 60};
        p.row(widths, BOLD, 8.5f, "STT", "Bước", "Cơ quan / người thực hiện", "Giao lúc", "Hạn xử lý", "Hoàn thành",
                "Kết quả");
        int n = 1;
        for (Step s : d.steps()) {
            String who = s.completedBy() == null ? s.agency() : s.agency() + " / " + s.completedBy();
            String outcome = s.outcome() == null ? s.standing() : s.outcome() + " – " + s.standing();
            p.row(widths, REGULAR, 8.5f, Integer.toString(n++), s.name(), who, format(s.handedOverAt()),
                    format(s.dueAt()), format(s.completedAt()), outcome);
        }
        if (d.steps().isEmpty()) {
            p.line("(chưa có bước xử lý nào)", REGULAR, BODY, 12);
        }
    }

    private static String format(LocalDateTime at) {
        return at == null ? "-" : TIME.format(at);
    }
}
