package vn.onestop.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of what the submission forms ask besides the files (the applicant's type, a representative,
 * the place of a procedure's subject, a paper to scan later) and of the scan on the counter's dossier
 * page, in Vietnamese; English in messages/forms_en.properties. Templates: {@code forms:key}.
 */
@MessageBundle(value = "forms", locale = "vi")
public interface FormsMessages {

    @Message("Nơi giải quyết")
    String subject_legend();

    @Message("{#if basis == 'PARCEL'}Nơi có thửa đất{#else if basis == 'DECEASED_LAST_RESIDENCE'}Nơi cư trú cuối cùng của người chết{#else}Nơi của đối tượng hồ sơ{/if}")
    String subject_label(String basis);

    @Message("Thủ tục này do cơ quan có thẩm quyền tại nơi đó giải quyết, không theo nơi cư trú của người nộp hồ sơ.")
    String subject_hint();

    @Message("— Chọn xã, phường —")
    String subject_choose();

    @Message("Người nộp thay (người đại diện, nếu có)")
    String representative_legend();

    @Message("Để trống khi người nộp hồ sơ tự đến nộp.")
    String representative_hint();

    @Message("Họ và tên người đại diện")
    String representative_name();

    @Message("Số định danh cá nhân của người đại diện")
    String representative_id();

    @Message("Quan hệ với người nộp hồ sơ (ví dụ: con, người được ủy quyền)")
    String relation();

    @Message("Nộp thay cho người khác (nếu có)")
    String principal_legend();

    @Message("Điền khi bạn nộp với tư cách người đại diện: hồ sơ đứng tên người được đại diện, bạn là người đại diện.")
    String principal_hint();

    @Message("Họ và tên người được đại diện")
    String principal_name();

    @Message("Số định danh cá nhân của người được đại diện")
    String principal_id();

    @Message("Người nộp hồ sơ là")
    String applicant_type();

    @Message("{#if type == 'BUSINESS'}Doanh nghiệp (mã số thuế){#else if type == 'ORGANISATION'}Tổ chức (số đăng ký){#else}Cá nhân{/if}")
    String type_name(String type);

    @Message("Họ và tên, hoặc tên doanh nghiệp, tổ chức")
    String full_name_any();

    @Message("Số định danh cá nhân, mã số thuế hoặc số đăng ký")
    String id_number_any();

    @Message("Nộp bản giấy, quét sau")
    String paper_later();

    @Message("Thành phần hồ sơ")
    String components_title();

    @Message("Chờ quét")
    String awaiting_scan();

    @Message("Đã số hóa")
    String digitized();

    @Message("Tệp đã quét")
    String scan_label();

    @Message("Lưu bản quét")
    String scan_button();

    @Message("Chọn tệp đã quét.")
    String scan_missing();

    @Message("Đã lưu bản quét: thành phần đã được số hóa.")
    String scanned();
}
