package vn.onestop.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The dossier page's fees section in Vietnamese; English in messages/payment_en.properties. Templates: {@code payment:key}. */
@MessageBundle(value = "payment", locale = "vi")
public interface PaymentMessages {

    @Message("Lệ phí")
    String fees_title();

    @Message("Khoản phải nộp")
    String what();

    @Message("Số tiền")
    String amount();

    @Message("Tình trạng")
    String state();

    @Message("Đã nộp qua, lúc")
    String paid_via();

    @Message("Số biên lai")
    String receipt_number();

    @Message("Nộp phí trực tuyến")
    String pay_button();

    @Message("Biên lai (PDF)")
    String receipt_link();

    @Message("Hồ sơ không có khoản phí, lệ phí nào phải nộp.")
    String none();

    @Message("Chưa xem được các khoản phí lúc này, vui lòng tải lại trang sau ít phút.")
    String list_unavailable();

    @Message("Đã chuyển sang cổng thanh toán: kết quả đang được xác nhận, trang sẽ cập nhật khi cổng thanh toán báo về. Nếu bạn chưa thanh toán, có thể tiếp tục bằng nút \"Nộp phí trực tuyến\".")
    String confirming_hint();

    @Message("Cổng thanh toán hiện chưa nhận thanh toán. Vui lòng thử lại sau hoặc nộp tại bộ phận một cửa.")
    String notice_unavailable();

    @Message("Khoản này đang có một lần thanh toán trực tuyến chưa kết thúc; vui lòng chờ kết quả.")
    String notice_in_progress();

    @Message("Khoản này không còn phải nộp (đã nộp, đã được xác nhận hoặc đã hủy).")
    String notice_not_due();

    @Message("Cũng có thể nộp tại bộ phận một cửa nơi tiếp nhận hồ sơ.")
    String counter_hint();

    @Message("Nội dung khoản thu (người nộp hồ sơ sẽ thấy)")
    String request_reason();
}
