package vn.onestop.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The officer's workspace's words in Vietnamese; English in messages/officer_en.properties. Templates: {@code officer:key}. */
@MessageBundle(value = "officer", locale = "vi")
public interface OfficerMessages {

    @Message("Hồ sơ cần xử lý")
    String nav_inbox();

    @Message("Hồ sơ cần xử lý của cơ quan")
    String inbox_title();

    @Message("Sắp xếp theo hạn xử lý, hạn sớm nhất trước.")
    String inbox_hint();

    @Message("Không có việc nào.")
    String inbox_none();

    @Message("Lọc theo trạng thái")
    String tab_label();

    @Message("Chưa nhận")
    String tab_open();

    @Message("Đang xử lý")
    String tab_claimed();

    @Message("Đã xong")
    String tab_done();

    @Message("Tất cả")
    String tab_all();

    @Message("Bước xử lý")
    String step();

    @Message("Hạn xử lý bước")
    String due();

    @Message("Tình trạng hạn")
    String mark();

    @Message("Trạng thái")
    String task_status();

    @Message("Người xử lý")
    String claimed_by();

    @Message("Nhận xử lý")
    String claim();

    @Message("Trang sau")
    String next_page();

    @Message("Về danh sách việc")
    String back_to_inbox();

    @Message("Xử lý hồ sơ")
    String task_title();

    @Message("Người nộp")
    String applicant();

    @Message("Số định danh")
    String id_number();

    @Message("Trạng thái hồ sơ")
    String dossier_status();

    @Message("Hạn trả kết quả")
    String dossier_due();

    @Message("Thành phần hồ sơ đã nộp")
    String components_title();

    @Message("lần")
    String round();

    @Message("Mở tệp")
    String open_file();

    @Message("Không có tệp")
    String no_file();

    @Message("Kết quả liên thông")
    String provided_by_chain();

    @Message("Bản giấy")
    String paper();

    @Message("Cách tính hạn trả kết quả")
    String deadline_title();

    @Message("Chưa có giải thích hạn cho hồ sơ này.")
    String deadline_none();

    @Message("Số lần xin lỗi, hẹn lại")
    String apologies();

    @Message("Kết quả xử lý bước")
    String outcome_title();

    @Message("Bước này đã kết thúc.")
    String finished();

    @Message("Kết quả")
    String outcome();

    @Message("Người xử lý")
    String completed_by();

    @Message("Đồng ý")
    String approve_title();

    @Message("Thông tin in trên kết quả (bắt buộc nếu có dấu *).")
    String approve_fields_hint();

    @Message("Đồng ý và chuyển bước")
    String approve_button();

    @Message("Có")
    String yes();

    @Message("Không")
    String no();

    @Message("Chọn")
    String choose();

    @Message("Ghi chú")
    String note();

    @Message("Yêu cầu bổ sung hồ sơ")
    String supplement_title();

    @Message("Đánh dấu các thành phần người nộp cần bổ sung (theo thủ tục đã công bố).")
    String supplement_hint();

    @Message("Thành phần khác")
    String supplement_other();

    @Message("Gửi yêu cầu bổ sung")
    String supplement_button();

    @Message("Yêu cầu nộp phí, lệ phí")
    String payment_title();

    @Message("Số tiền (đồng)")
    String amount();

    @Message("Gửi yêu cầu nộp phí")
    String payment_button();

    @Message("Từ chối giải quyết")
    String reject_title();

    @Message("Lý do từ chối")
    String reject_reason();

    @Message("Từ chối")
    String reject_button();

    @Message("Không thực hiện được")
    String refused();

    @Message("bắt buộc")
    String required_mark();

    @Message("Bước xử lý tạm dừng, chờ người nộp; tiếp tục khi người nộp bổ sung hồ sơ hoặc nộp phí.")
    String paused_hint();
}
