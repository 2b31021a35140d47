package vn.onestop.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The office pages' words in Vietnamese; English in messages/office_en.properties. Templates: {@code office:key}. */
@MessageBundle(value = "office", locale = "vi")
public interface Office {

    @Message("Công việc")
    String nav_office();

    @Message("Trang công việc")
    String office_title();

    @Message("Các trang dành cho lãnh đạo, vận hành viên và bộ phận một cửa. Mỗi dịch vụ tự quyết định bạn được xem và làm gì.")
    String office_lead();

    @Message("Chỉ số chất lượng phục vụ")
    String indices_title();

    @Message("Xếp hạng đơn vị")
    String rankings_title();

    @Message("Hồ sơ quá hạn và sắp đến hạn")
    String overdue_title();

    @Message("Kết quả chưa ban hành được")
    String blocked_title();

    @Message("Trả kết quả cho người dân")
    String handover_title();

    @Message("Kênh tiếp nhận của trung tâm")
    String channels_title();

    @Message("Cấp")
    String level();

    @Message("Cấp tỉnh")
    String level_province();

    @Message("Cấp xã")
    String level_commune();

    @Message("Tháng (năm-tháng, ví dụ 2026-01)")
    String month();

    @Message("Xem")
    String show();

    @Message("Kỳ số liệu")
    String period();

    @Message("Số liệu công khai của hệ thống đánh giá, tính đến")
    String published_note();

    @Message("Theo cơ quan, tháng {month}")
    String by_agency(String month);

    @Message("Theo tháng, toàn tỉnh")
    String by_month();

    @Message("Tỷ lệ giải quyết đúng hạn")
    String on_time_rate();

    @Message("Tỷ lệ hồ sơ nộp trực tuyến")
    String online_rate();

    @Message("Tỷ lệ số hóa thành phần hồ sơ")
    String digitized_rate();

    @Message("Tỷ lệ đánh giá hài lòng")
    String satisfied_share();

    @Message("Dấu – : chưa có hồ sơ để tính.")
    String chart_note();

    @Message("Số liệu theo cơ quan")
    String figures_title();

    @Message("Cơ quan")
    String agency();

    @Message("Tiếp nhận")
    String received();

    @Message("Đã giải quyết")
    String finished();

    @Message("Lượt đánh giá")
    String ratings();

    @Message("Đang giải quyết")
    String in_process();

    @Message("Quá hạn")
    String overdue();

    @Message("Hạng")
    String rank();

    @Message("Đơn vị")
    String unit();

    @Message("Tổng điểm")
    String total();

    @Message("Xếp loại")
    String band();

    @Message("Thay đổi")
    String move();

    @Message("Hạng kỳ trước")
    String previous_rank();

    @Message("So với kỳ trước")
    String rankings_compared();

    @Message("Chưa có đơn vị nào để xếp hạng.")
    String rankings_none();

    @Message("Tăng")
    String up();

    @Message("Giảm")
    String down();

    @Message("Không đổi")
    String unchanged();

    @Message("Mới")
    String new_rank();

    @Message("Thống kê tháng của cơ quan")
    String statistics_title();

    @Message("Kỳ trước chuyển sang")
    String carried_over();

    @Message("Giải quyết đúng hạn")
    String finished_on_time();

    @Message("Giải quyết quá hạn")
    String finished_late();

    @Message("Rút hồ sơ")
    String withdrawn();

    @Message("Dừng xử lý")
    String stopped();

    @Message("Đang giải quyết, trong hạn")
    String in_process_on_time();

    @Message("Đang giải quyết, quá hạn")
    String in_process_overdue();

    @Message("Việc đang mở của cơ quan: quá hạn hoặc có nguy cơ quá hạn")
    String tasks_title();

    @Message("Tình trạng do hệ thống xử lý hồ sơ đánh giá theo thời gian làm việc (cùng cảnh báo gửi cho cán bộ).")
    String tasks_marked_by_processing();

    @Message("Danh sách công việc thuộc từng cơ quan: hệ thống xử lý hồ sơ chỉ cho cán bộ và lãnh đạo của cơ quan xem. Tài khoản này không thuộc cơ quan nào có danh sách công việc.")
    String tasks_not_for_user();

    @Message("Không có việc nào quá hạn hay có nguy cơ quá hạn.")
    String tasks_none();

    @Message("Chỉ xét 200 việc có hạn sớm nhất.")
    String tasks_more();

    @Message("Hồ sơ")
    String dossier();

    @Message("Bước")
    String step();

    @Message("Hạn")
    String due_at();

    @Message("Người xử lý")
    String claimed_by();

    @Message("Tình trạng")
    String mark();

    @Message("Có nguy cơ quá hạn")
    String at_risk();

    @Message("Hồ sơ đã được chấp thuận nhưng kết quả chưa ban hành được; cơ quan giải quyết sửa dữ liệu kết quả thì kết quả được ban hành một lần.")
    String blocked_lead();

    @Message("Không có kết quả nào đang bị chặn.")
    String blocked_none();

    @Message("Thủ tục")
    String procedure();

    @Message("Cơ quan ban hành")
    String issuer();

    @Message("Lý do")
    String reason();

    @Message("Trường dữ liệu cần sửa")
    String fields();

    @Message("Số lần thử")
    String attempts();

    @Message("Bị chặn lúc")
    String blocked_at();

    @Message("Nhập mã hồ sơ in trên giấy tiếp nhận của người dân.")
    String handover_lead();

    @Message("Mã hồ sơ")
    String dossier_code();

    @Message("Tìm")
    String find();

    @Message("Không tìm thấy hồ sơ này.")
    String not_found();

    @Message("Hồ sơ chưa có kết quả nào được ban hành.")
    String no_results();

    @Message("Số kết quả")
    String result_number();

    @Message("Ngày ban hành")
    String issued_at();

    @Message("Người được cấp")
    String owner();

    @Message("Đã trả kết quả")
    String handed_over();

    @Message("Kết quả đã bị thu hồi: không trả.")
    String revoked();

    @Message("Hình thức trả")
    String channel();

    @Message("Họ tên người nhận")
    String received_by();

    @Message("Số định danh cá nhân của người nhận")
    String receiver_id();

    @Message("Bằng chứng đã trả")
    String proof();

    @Message("Số phiếu bàn giao có chữ ký người nhận, hoặc mã bưu gửi (bắt buộc khi gửi qua bưu chính).")
    String proof_hint();

    @Message("Xác nhận đã trả kết quả")
    String hand_over();

    @Message("Người trả")
    String handed_over_by();

    @Message("Đã ghi nhận việc trả kết quả.")
    String done();

    @Message("Trung tâm")
    String centre();

    @Message("Đang mở")
    String is_open();

    @Message("Đang đóng")
    String is_closed();

    @Message("Đóng kênh")
    String close();

    @Message("Mở kênh")
    String open();

    @Message("Thay đổi lúc")
    String changed_at();

    @Message("Đã cập nhật kênh.")
    String changed();

    @Message("Hồ sơ mới qua kênh đã đóng bị từ chối kèm lý do này.")
    String close_hint();
}
