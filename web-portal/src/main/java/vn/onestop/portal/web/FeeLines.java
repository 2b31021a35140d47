package vn.onestop.portal.web;

import io.quarkus.qute.TemplateData;
import vn.onestop.portal.api.Fees;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a dossier's fees section from intake's obligations, and their words. A due obligation
 * with an online attempt still open at the gateway is shown as being confirmed: the applicant may
 * have paid and the gateway's callback not arrived yet, so the page must not say "due" as if nothing
 * had happened, nor "paid" before intake recorded it. The pay button stays (intake answers the open
 * attempt's pay page again rather than opening a second one).
 */
public final class FeeLines {

    /** DUE with an attempt open at the gateway: paid or not, intake does not know yet. */
    public static final String CONFIRMING = "CONFIRMING";

    private static final Map<String, String[]> WORDS = Map.of(
            "DUE", new String[]{"Chưa nộp", "Due"},
            CONFIRMING, new String[]{"Đang xác nhận thanh toán", "Payment being confirmed"},
            "PAID", new String[]{"Đã nộp", "Paid"},
            "SETTLED", new String[]{"Đã xác nhận nộp ngoài hệ thống", "Settled outside the platform"},
            "CANCELLED", new String[]{"Đã hủy", "Cancelled"},
            "FEE", new String[]{"Lệ phí thủ tục", "Procedure fee"},
            "REQUESTED", new String[]{"Theo yêu cầu của cơ quan giải quyết", "Requested by the competent agency"});

    /** The notices the dossier page shows after intake refused to start a payment ({@code ?payment=}). */
    static final List<String> NOTICES = List.of("unavailable", "in-progress", "not-due");

    private FeeLines() {
    }

    /**
     * Which notice a refusal of a payment's start is shown with: 503 the gateway (or its configuration)
     * cannot take it now, 409 payment-in-progress an attempt still open, any other 409 nothing to pay
     * any more; null for what is not a refusal of this kind (the error page's).
     */
    static String notice(int status, String problemType) {
        if (status == 503) {
            return "unavailable";
        }
        if (status == 409) {
            return problemType != null && problemType.endsWith("/payment-in-progress") ? "in-progress" : "not-due";
        }
        return null;
    }

    /** The notice a page address names, when it is one of ours (anything else is ignored). */
    static String notice(String given) {
        return given != null && NOTICES.contains(given) ? given : null;
    }

    /**
     * One row: {@code state} is intake's status, or {@link #CONFIRMING}; {@code payable} when the
     * applicant may go to the gateway for it (intake still decides who may).
     */
    @TemplateData
    public record Line(String id, String kind, String description, long amountVnd, String state,
                       OffsetDateTime paidAt, String paidVia, String receiptNumber, boolean payable) {

        public boolean paid() {
            return "PAID".equals(state);
        }

        public boolean confirming() {
            return CONFIRMING.equals(state);
        }
    }

    public static List<Line> of(List<Fees.Obligation> obligations) {
        return obligations == null ? List.of() : obligations.stream().map(FeeLines::line).toList();
    }

    static Line line(Fees.Obligation o) {
        boolean due = "DUE".equals(o.status());
        boolean open = due && o.payments() != null && o.payments().stream()
                .anyMatch(p -> "PENDING".equals(p.status()) && p.transactionId() != null);
        return new Line(o.id(), o.kind(), o.description(), o.amountVnd(), open ? CONFIRMING : o.status(), o.paidAt(),
                o.paidVia(), o.receiptNumber(), due);
    }

    /** A state's or a kind's words in the page's language; an unknown code as it is. */
    public static String words(String code, Locale locale) {
        String[] words = code == null ? null : WORDS.get(code);
        if (words == null) {
            return code == null ? "" : code;
        }
        return Language.EN.getLanguage().equals(locale.getLanguage()) ? words[1] : words[0];
    }
}
