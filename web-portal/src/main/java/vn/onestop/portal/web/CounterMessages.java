package vn.onestop.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the counter's receiving pages and the leader's apology page in Vietnamese; English in
 * messages/counter_en.properties. Templates: {@code counter:key}.
 */
@MessageBundle(value = "counter", locale = "vi")
public interface CounterMessages {

    @Message("Tiếp nhận hồ sơ tại quầy")
    String receive_title();

    @Message("Chọn thủ tục để tiếp nhận hồ sơ của người dân đến nộp trực tiếp tại trung tâm {centre}.")
    String receive_lead(String centre);

    @Message("Thủ tục")
    String procedure();

    @Message("Thời hạn giải quyết")
    String time_limit();

    @Message("Không có thủ tục nào được tiếp nhận tại quầy.")
    String no_procedures();

    @Message("Tiếp nhận hồ sơ")
    String form_title();

    @Message("Kênh tiếp nhận: trực tiếp tại quầy")
    String channel_counter();

    @Message("Nơi tiếp nhận")
    String centre();

    @Message("Người nộp hồ sơ (nhập theo giấy tờ tùy thân)")
    String applicant_legend();

    @Message("Họ và tên")
    String full_name();

    @Message("Số định danh cá nhân (CCCD)")
    String id_number();

    @Message("Số điện thoại")
    String phone();

    @Message("Thư điện tử (không bắt buộc)")
    String email();

    @Message("Nơi cư trú (xã, phường)")
    String unit();

    @Message("Để trống nếu người nộp cư trú tại địa bàn của trung tâm.")
    String unit_hint();

    @Message("Cùng địa bàn trung tâm")
    String unit_same();

    @Message("Quét hoặc tải lên từng thành phần hồ sơ người dân nộp.")
    String files_hint();

    @Message("Tiếp nhận hồ sơ")
    String receive_button();

    @Message("Đã tiếp nhận hồ sơ")
    String received_title();

    @Message("Hồ sơ đã được tiếp nhận. In phiếu tiếp nhận và hẹn trả kết quả giao cho người nộp.")
    String received_lead();

    @Message("Mã hồ sơ")
    String dossier_code();

    @Message("Hẹn trả kết quả")
    String due_at();

    @Message("Trạng thái")
    String status();

    @Message("Người nộp")
    String applicant();

    @Message("Kênh")
    String channel();

    @Message("In phiếu tiếp nhận")
    String print_receipt();

    @Message("Tiếp nhận hồ sơ khác")
    String receive_another();

    @Message("Xin lỗi và hẹn lại ngày trả kết quả")
    String apology_title();

    @Message("Lãnh đạo cơ quan có thẩm quyền ban hành thư xin lỗi một lần cho mỗi hồ sơ, trước hạn trả kết quả, với ngày hẹn mới muộn hơn.")
    String apology_lead();

    @Message("Tìm")
    String find();

    @Message("Hạn trả kết quả hiện tại")
    String current_due();

    @Message("Số lần đã hẹn lại")
    String apologies();

    @Message("Ngày giờ hẹn trả mới")
    String new_due_at();

    @Message("Giờ Việt Nam (UTC+7).")
    String new_due_hint();

    @Message("phải là ngày giờ, ví dụ 2026-12-31T16:00")
    String new_due_invalid();

    @Message("Lý do chậm trễ")
    String reason();

    @Message("Ban hành thư xin lỗi")
    String apology_button();

    @Message("Đã ban hành thư xin lỗi, ngày hẹn trả mới:")
    String apology_done();

    @Message("Mở thư xin lỗi (PDF)")
    String open_letter();

    @Message("Thư xin lỗi đang được lập, vui lòng thử lại sau ít phút.")
    String letter_pending();

    @Message("Chưa thực hiện được")
    String errors_title();

    @Message("Chọn hồ sơ trong danh sách quá hạn và sắp đến hạn, hoặc nhập mã hồ sơ.")
    String apology_from_overdue();
}
