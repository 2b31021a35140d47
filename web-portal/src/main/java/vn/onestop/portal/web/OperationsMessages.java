package vn.onestop.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The operators' dead-letter page's words in Vietnamese; English in messages/ops_en.properties. Templates: {@code ops:key}. */
@MessageBundle(value = "ops", locale = "vi")
public interface OperationsMessages {

    @Message("Sự kiện lỗi (dead letters)")
    String dead_letters_title();

    @Message("Sự kiện mà một dịch vụ đã thử xử lý nhiều lần rồi bỏ qua, mới nhất trước ({limit} mỗi dịch vụ). Không hiển thị nội dung sự kiện; lý do đã được che dữ liệu cá nhân. Sửa nguyên nhân rồi gửi lại bằng lệnh ở mỗi dòng (docs/runbooks/dead-letters.md).")
    String dead_letters_lead(int limit);

    @Message("Không có sự kiện lỗi nào.")
    String dead_letters_none();

    @Message("Dịch vụ đã hỏi")
    String sources();

    @Message("không trả lời ({why})")
    String no_answer(String why);

    @Message("Thời điểm")
    String at();

    @Message("Chủ đề lỗi")
    String topic();

    @Message("Từ")
    String from();

    @Message("Loại sự kiện")
    String event_type();

    @Message("Mã sự kiện")
    String event_id();

    @Message("Hồ sơ / đối tượng")
    String subject();

    @Message("Lý do")
    String reason();

    @Message("Ghi nhận bởi")
    String listed_by();

    @Message("Lệnh gửi lại")
    String redrive();

    @Message("không gửi lại được: không có mã sự kiện")
    String no_redrive();

    @Message("Xem sự kiện lỗi (dead letters)")
    String link();
}
