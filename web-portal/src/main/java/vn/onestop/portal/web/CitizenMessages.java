package vn.onestop.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The citizen pages' words in Vietnamese; English in messages/citizen_en.properties. Templates: {@code citizen:key}. */
@MessageBundle(value = "citizen", locale = "vi")
public interface CitizenMessages {

    @Message("Giấy tờ của tôi")
    String nav_documents();

    @Message("Nộp hồ sơ trực tuyến")
    String submit_online();

    @Message("Nộp hồ sơ trực tuyến")
    String submit_title();

    @Message("Hồ sơ chưa đầy đủ, chưa gửi")
    String guidance_title();

    @Message("Vui lòng bổ sung các thành phần sau rồi gửi lại (chọn lại các tệp đã chọn):")
    String guidance_lead();

    @Message("còn thiếu")
    String guidance_missing();

    @Message("tệp quá dung lượng cho phép")
    String guidance_too_large();

    @Message("Hồ sơ chưa được nhận, vui lòng sửa")
    String errors_title();

    @Message("Chọn các thủ tục đi kèm")
    String options_legend();

    @Message("Cập nhật thành phần hồ sơ")
    String options_apply();

    @Message("Hồ sơ cần có")
    String checklist_title();

    @Message("Người nộp hồ sơ")
    String applicant_legend();

    @Message("Số định danh cá nhân")
    String id_number();

    @Message("Theo tài khoản đăng nhập.")
    String id_number_hint();

    @Message("Họ và tên")
    String full_name();

    @Message("Thư điện tử")
    String email();

    @Message("Số điện thoại")
    String phone();

    @Message("Nơi tiếp nhận")
    String centre_legend();

    @Message("Bộ phận một cửa")
    String centre();

    @Message("hoặc dùng lại giấy tờ trong kho dữ liệu điện tử")
    String reuse_label();

    @Message("Không dùng lại")
    String reuse_none();

    @Message("Bấm gửi một lần; nếu bấm lại, hồ sơ cũng chỉ được nộp một lần.")
    String submit_hint();

    @Message("Gửi hồ sơ")
    String submit_button();

    @Message("Hồ sơ đã được nộp.")
    String submitted();

    @Message("Đã gửi hồ sơ bổ sung.")
    String supplement_sent();

    @Message("Giấy tiếp nhận hồ sơ (PDF)")
    String receipt();

    @Message("Bổ sung hồ sơ")
    String supplement_answer();

    @Message("Đánh giá sự hài lòng")
    String rate();

    @Message("Gửi góp ý, phản ánh")
    String feedback_link();

    @Message("Cơ quan yêu cầu bổ sung")
    String supplement_requested();

    @Message("Kết quả giải quyết")
    String results();

    @Message("Tải về")
    String download();

    @Message("Tệp bổ sung (chọn những thành phần được yêu cầu)")
    String supplement_legend();

    @Message("Hãy chọn ít nhất một tệp.")
    String supplement_none_given();

    @Message("Gửi bổ sung")
    String supplement_send();

    @Message("Đánh giá sự hài lòng")
    String rating_title();

    @Message("Cảm ơn bạn đã đánh giá.")
    String rating_saved();

    @Message("Hồ sơ này chưa thể đánh giá: việc đánh giá mở khi hồ sơ có kết quả.")
    String rating_not_invited();

    @Message("Mức độ hài lòng chung")
    String rating_overall();

    @Message("Đánh giá lúc")
    String rating_given_at();

    @Message("Có thể đánh giá lại đến")
    String rating_updatable_until();

    @Message("Đánh giá từng yếu tố")
    String rating_factors();

    @Message("Câu hỏi")
    String rating_questions();

    @Message("Ý kiến khác (không bắt buộc)")
    String rating_comment();

    @Message("Gửi đánh giá")
    String rating_send();

    @Message("Giấy tờ của tôi")
    String documents_title();

    @Message("Kết quả giải quyết thủ tục hành chính đã cấp cho bạn (kho dữ liệu điện tử).")
    String documents_lead();

    @Message("Số")
    String document_number();

    @Message("Loại")
    String document_kind();

    @Message("Đã thu hồi")
    String revoked();

    @Message("Xác thực")
    String verify();

    @Message("Bạn chưa có giấy tờ nào.")
    String documents_none();

    @Message("Góp ý, phản ánh")
    String feedback_title();

    @Message("Đã gửi góp ý của bạn.")
    String feedback_sent();

    @Message("Hạn trả lời:")
    String feedback_due();

    @Message("Loại")
    String feedback_kind();

    @Message("Góp ý")
    String feedback_kind_feedback();

    @Message("Phản ánh, kiến nghị")
    String feedback_kind_complaint();

    @Message("Nội dung")
    String feedback_text();

    @Message("Gửi")
    String feedback_send();

    @Message("{#when level}{#is 'VERY_SATISFIED'}Rất hài lòng{#is 'SATISFIED'}Hài lòng{#is 'NEUTRAL'}Bình thường{#is 'DISSATISFIED'}Không hài lòng{#else}Rất không hài lòng{/when}")
    String level(String level);

    @Message("{#when answer}{#is 'YES'}Có{#is 'PARTLY'}Một phần{#else}Không{/when}")
    String answer(String answer);

    @Message("{#when factor}{#is 'access'}Tiếp cận dịch vụ{#is 'procedure'}Thủ tục hành chính{#is 'officials'}Công chức giải quyết{#is 'result'}Kết quả giải quyết{#else}Tiếp nhận, xử lý góp ý, phản ánh{/when}")
    String factor(String factor);

    @Message("{#when question}{#is 'oneStop'}Hồ sơ được tiếp nhận và trả kết quả tại một nơi?{#is 'procedurePublished'}Thủ tục được công khai đầy đủ, đúng quy định?{#is 'officialsAttitude'}Công chức có thái độ đúng mực, tận tình?{#is 'feedbackHandling'}Góp ý, phản ánh (nếu có) được tiếp nhận và xử lý?{#else}Dịch vụ công trực tuyến dễ sử dụng?{/when}")
    String question(String question);
}
