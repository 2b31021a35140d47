package vn.onestop.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The pages' words in Vietnamese; English in messages/msg_en.properties. Templates: {@code msg:key}. */
@MessageBundle(value = "msg", locale = "vi")
public interface Messages {

    @Message("Cổng dịch vụ công một cửa")
    String site_name();

    @Message("Bỏ qua, đến nội dung chính")
    String skip_to_content();

    @Message("Điều hướng chính")
    String nav_label();

    @Message("Thủ tục hành chính")
    String nav_catalog();

    @Message("English")
    String switch_language();

    @Message("Hệ thống một cửa liên thông. Trang không lưu thông tin cá nhân của bạn.")
    String footer();

    @Message("Tra cứu thủ tục, theo dõi hồ sơ và xác thực kết quả giải quyết thủ tục hành chính.")
    String home_lead();

    @Message("Tìm thủ tục")
    String search_label();

    @Message("Ví dụ: khai sinh")
    String search_hint();

    @Message("Tìm kiếm")
    String search_button();

    @Message("Theo dõi hồ sơ")
    String home_tracking();

    @Message("Quét mã QR trên giấy tiếp nhận hồ sơ để xem tình trạng giải quyết.")
    String home_tracking_text();

    @Message("Xác thực kết quả")
    String home_verify();

    @Message("Quét mã QR trên kết quả để kiểm tra kết quả là thật, còn hiệu lực, và bản PDF không bị sửa.")
    String home_verify_text();

    @Message("Danh mục thủ tục hành chính")
    String catalog_title();

    @Message("{count} thủ tục phù hợp trên trang này")
    String catalog_count(int count);

    @Message("Không tìm thấy thủ tục nào phù hợp.")
    String catalog_none();

    @Message("Trang sau")
    String catalog_next();

    @Message("Liên thông")
    String kind_bundle();

    @Message("Thời hạn giải quyết")
    String time_limit();

    @Message("Cách thức thực hiện")
    String channels();

    @Message("Mã thủ tục")
    String procedure_code();

    @Message("Thành phần hồ sơ")
    String components();

    @Message("Bắt buộc")
    String required();

    @Message("Không bắt buộc")
    String optional();

    @Message("Định dạng")
    String formats();

    @Message("Phí, lệ phí")
    String fees();

    @Message("Không mất phí")
    String no_fee();

    @Message("Các thủ tục trong nhóm liên thông")
    String members();

    @Message("Nếu nộp bây giờ, khi nào có kết quả?")
    String preview_title();

    @Message("Hạn trả kết quả dự kiến")
    String preview_due();

    @Message("Tiếp nhận lúc")
    String preview_received();

    @Message("Bắt đầu tính thời hạn")
    String preview_clock_start();

    @Message("Cách tính")
    String preview_explanation();

    @Message("Chưa tính được hạn trả kết quả cho thủ tục này.")
    String preview_none();

    @Message("Theo lịch làm việc chung; hạn thực tế do cơ quan tiếp nhận tính khi nhận hồ sơ.")
    String preview_note();

    @Message("Tình trạng hồ sơ")
    String tracking_title();

    @Message("Mã hồ sơ")
    String dossier_code();

    @Message("Trạng thái")
    String status();

    @Message("Ngày tiếp nhận")
    String received_at();

    @Message("Hạn trả kết quả")
    String due_at();

    @Message("Kết quả")
    String decision();

    @Message("Quá trình giải quyết")
    String timeline();

    @Message("Thời điểm")
    String at();

    @Message("Bước")
    String step();

    @Message("Trang này không hiển thị thông tin cá nhân.")
    String tracking_privacy();

    @Message("Xác thực kết quả giải quyết")
    String verify_title();

    @Message("Kết quả xác thực: đúng là kết quả do cơ quan nhà nước ban hành, còn hiệu lực.")
    String verify_authentic();

    @Message("Kết quả này đã bị thu hồi.")
    String verify_revoked();

    @Message("Kết quả là thật, do cơ quan nhà nước ban hành, nhưng đã hết hiệu lực.")
    String verify_expired();

    @Message("Có hiệu lực đến")
    String valid_until();

    @Message("Không xác thực được kết quả này.")
    String verify_unknown();

    @Message("Số kết quả")
    String result_number();

    @Message("Cơ quan ban hành")
    String issuer();

    @Message("Ngày ban hành")
    String issued_at();

    @Message("Kiểm tra bản PDF bạn đang có")
    String verify_upload_title();

    @Message("Tệp PDF kết quả")
    String verify_upload_label();

    @Message("Tệp được so sánh với kết quả gốc bằng mã băm SHA-256; tệp không được lưu lại.")
    String verify_upload_hint();

    @Message("Kiểm tra tệp")
    String verify_upload_button();

    @Message("Bản PDF trùng khớp với kết quả gốc.")
    String verify_document_matches();

    @Message("Bản PDF KHÔNG trùng khớp với kết quả gốc: tệp đã bị thay đổi hoặc không phải kết quả này.")
    String verify_document_differs();

    @Message("Hãy chọn một tệp PDF.")
    String verify_document_missing();

    @Message("Nhập mã kết quả và mã SHA-256 in trên kết quả")
    String verify_manual();

    @Message("Mã kết quả")
    String result_id();

    @Message("Mã SHA-256")
    String result_sha256();

    @Message("Xác thực")
    String verify_button();

    @Message("Có lỗi")
    String error_title();

    @Message("Không tìm thấy trang hoặc hồ sơ này.")
    String error_404();

    @Message("Yêu cầu không hợp lệ.")
    String error_400();

    @Message("Biểu mẫu này đã cũ: có thể nó đã được gửi, hoặc được mở lại từ trang trước. Hãy mở lại trang rồi gửi "
            + "lại; nếu bạn vừa nộp hồ sơ, hồ sơ đó có trong \"Hồ sơ của tôi\" và không bị nộp hai lần.")
    String error_stale_form();

    @Message("Dịch vụ tạm thời không trả lời. Vui lòng thử lại sau ít phút.")
    String error_503();

    @Message("Đã có lỗi. Vui lòng thử lại sau.")
    String error_500();

    @Message("Về trang chủ")
    String error_home();

    @Message("Bạn không có quyền xem trang này.")
    String error_403();

    @Message("Hồ sơ của tôi")
    String my_dossiers();

    @Message("Bạn chưa có hồ sơ nào.")
    String my_dossiers_none();

    @Message("Đăng nhập")
    String login();

    @Message("Đăng xuất")
    String logout();
}
