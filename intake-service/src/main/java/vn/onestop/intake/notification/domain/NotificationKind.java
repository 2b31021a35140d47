package vn.onestop.intake.notification.domain;

/**
 * What an applicant is told, with the Vietnamese subject (e-mail) and text (every channel).
 * Placeholders in braces; {@code {code}} and {@code {trackingUrl}} are filled in by the service,
 * the others come from the caller's template data (see {@link MessageTemplates}).
 */
public enum NotificationKind {

    /** Dossier received, appointment slip issued. Data: {@code dueAt}. */
    RECEIVED(
            "Hồ sơ {code} đã được tiếp nhận",
            "Hồ sơ {code} đã được tiếp nhận. Hẹn trả kết quả: {dueAt}. Tra cứu: {trackingUrl}"),

    /** One written supplement request. Data: {@code missing} (what to add), {@code supplementDueAt}. */
    SUPPLEMENT_REQUESTED(
            "Hồ sơ {code} cần bổ sung",
            "Hồ sơ {code} cần bổ sung: {missing}. Hạn nộp bổ sung: {supplementDueAt}. Tra cứu: {trackingUrl}"),

    /** Apology letter with a new return date (at most once). Data: {@code reason}, {@code newDueAt}. */
    APOLOGY_NEW_DATE(
            "Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ {code}",
            "Cơ quan giải quyết xin lỗi vì hồ sơ {code} chưa có kết quả đúng hẹn. Lý do: {reason}. "
                    + "Ngày hẹn trả kết quả mới: {newDueAt}. Tra cứu: {trackingUrl}"),

    /** Result issued, ready to collect or being delivered. Data: {@code resultNumber}. */
    RESULT_READY(
            "Hồ sơ {code} đã có kết quả",
            "Hồ sơ {code} đã có kết quả (số {resultNumber}). Mời ông/bà nhận kết quả theo hình thức đã đăng ký. "
                    + "Tra cứu: {trackingUrl}"),

    /** Result handed over. Data: {@code returnedAt}. */
    RESULT_RETURNED(
            "Đã trả kết quả hồ sơ {code}",
            "Kết quả hồ sơ {code} đã được trả lúc {returnedAt}. Mời ông/bà đánh giá mức độ hài lòng. "
                    + "Tra cứu: {trackingUrl}"),

    /** Refused at intake with a guidance or refusal slip. Data: {@code reason}. */
    REFUSED_AT_INTAKE(
            "Hồ sơ {code} không được tiếp nhận",
            "Hồ sơ {code} không được tiếp nhận: {reason}. Tra cứu: {trackingUrl}"),

    /** A bundle is finished: which of its procedures gave a result and which did not. Data: {@code summary}. */
    BUNDLE_FINISHED(
            "Nhóm thủ tục liên thông {code} đã giải quyết xong",
            "Nhóm hồ sơ liên thông {code} đã giải quyết xong: {summary}. Tra cứu: {trackingUrl}");

    private final String subject;
    private final String text;

    NotificationKind(String subject, String text) {
        this.subject = subject;
        this.text = text;
    }

    public String subjectTemplate() {
        return subject;
    }

    public String textTemplate() {
        return text;
    }
}
