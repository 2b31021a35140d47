package vn.onestop.portal.web;

import java.util.Locale;
import java.util.Map;

/**
 * The words for the APIs' codes (statuses, kinds of steps, channels, time-limit units), in
 * Vietnamese and English. An unknown code is shown as it is rather than hidden.
 */
public final class Labels {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            // dossier statuses (intake's DossierStatus)
            Map.entry("SUBMITTED_ONLINE", new String[]{"Đã nộp trực tuyến, chờ tiếp nhận", "Submitted online, awaiting reception"}),
            Map.entry("RECEIVED", new String[]{"Đã tiếp nhận", "Received"}),
            Map.entry("REFUSED", new String[]{"Từ chối tiếp nhận", "Refused at intake"}),
            Map.entry("IN_PROCESS", new String[]{"Đang giải quyết", "In process"}),
            Map.entry("SUPPLEMENT_REQUESTED", new String[]{"Yêu cầu bổ sung hồ sơ", "Supplement requested"}),
            Map.entry("AWAITING_PAYMENT", new String[]{"Chờ nộp phí, lệ phí", "Awaiting payment"}),
            Map.entry("WITHDRAWN", new String[]{"Đã rút hồ sơ", "Withdrawn"}),
            Map.entry("STOPPED", new String[]{"Dừng xử lý", "Stopped"}),
            Map.entry("DECIDED", new String[]{"Đã có kết quả", "Decided"}),
            Map.entry("RETURNED", new String[]{"Đã trả kết quả", "Result handed over"}),
            // timeline steps beyond the statuses
            Map.entry("FILED", new String[]{"Nộp hồ sơ", "Filed"}),
            Map.entry("STEP_COMPLETED", new String[]{"Hoàn thành một bước xử lý", "A processing step completed"}),
            Map.entry("TASK_ASSIGNED", new String[]{"Giao xử lý", "Assigned"}),
            Map.entry("SUBMITTED", new String[]{"Nộp hồ sơ", "Submitted"}),
            Map.entry("STEP_ASSIGNED", new String[]{"Chuyển một bước xử lý", "A processing step assigned"}),
            Map.entry("STEP_CANCELLED", new String[]{"Hủy một bước xử lý", "A processing step cancelled"}),
            Map.entry("INPUT_RECEIVED", new String[]{"Nhận kết quả của thủ tục trước", "The earlier procedure's result received"}),
            Map.entry("PAYMENT_REQUESTED", new String[]{"Yêu cầu nộp phí, lệ phí", "Payment requested"}),
            Map.entry("RESUMED", new String[]{"Tiếp tục giải quyết", "Processing resumed"}),
            Map.entry("SUPPLEMENT_EXPIRED", new String[]{"Hết hạn bổ sung hồ sơ", "Supplement period expired"}),
            Map.entry("APOLOGY", new String[]{"Thư xin lỗi, hẹn lại ngày trả", "Apology, new return date"}),
            Map.entry("RESULT_BLOCKED", new String[]{"Chưa ban hành được kết quả (dữ liệu cần sửa)", "Result held back (data to correct)"}),
            Map.entry("RESULT_DATA_CORRECTED", new String[]{"Đã sửa dữ liệu kết quả", "Result data corrected"}),
            Map.entry("BUNDLE_FINISHED", new String[]{"Hoàn thành nhóm thủ tục liên thông", "Bundle finished"}),
            Map.entry("RESULT_ISSUED", new String[]{"Đã ban hành kết quả", "Result issued"}),
            Map.entry("RESULT_RETURNED", new String[]{"Đã trả kết quả", "Result handed over"}),
            Map.entry("SUPPLEMENTED", new String[]{"Đã bổ sung hồ sơ", "Supplemented"}),
            Map.entry("FEE_PAID", new String[]{"Đã nộp phí", "Fee paid"}),
            Map.entry("AT_RISK", new String[]{"Sắp đến hạn", "Close to its due date"}),
            Map.entry("OVERDUE", new String[]{"Quá hạn", "Overdue"}),
            Map.entry("APOLOGY_ISSUED", new String[]{"Thư xin lỗi, hẹn lại ngày trả", "Apology, new return date"}),
            Map.entry("APPROVED", new String[]{"Chấp thuận", "Approved"}),
            Map.entry("REJECTED", new String[]{"Không chấp thuận", "Rejected"}),
            // a bundle's decision (intake's DossierTracking, from its members')
            Map.entry("ALL_APPROVED", new String[]{"Chấp thuận tất cả thủ tục", "Every procedure approved"}),
            Map.entry("PARTIALLY_APPROVED", new String[]{"Chấp thuận một phần", "Some procedures approved"}),
            Map.entry("NONE_APPROVED", new String[]{"Không thủ tục nào được chấp thuận", "No procedure approved"}),
            // channels
            Map.entry("ONLINE", new String[]{"Trực tuyến", "Online"}),
            Map.entry("COUNTER", new String[]{"Tại bộ phận một cửa", "At the counter"}),
            Map.entry("POSTAL", new String[]{"Qua bưu chính", "By post"}),
            // time-limit units
            Map.entry("WORKING_DAYS", new String[]{"ngày làm việc", "working days"}),
            Map.entry("WORKING_HOURS", new String[]{"giờ làm việc", "working hours"}),
            Map.entry("CALENDAR_DAYS", new String[]{"ngày", "calendar days"}),
            Map.entry("SAME_DAY", new String[]{"Trong ngày làm việc", "Within the working day"}),
            // deadline explanation: its steps (working-time's StepKind)
            Map.entry("SKIPPED_DAY", new String[]{"Ngày nghỉ, không tính", "Day off, not counted"}),
            Map.entry("MAKE_UP_WORKING_DAY", new String[]{"Ngày làm bù, được tính", "Make-up working day, counted"}),
            Map.entry("WORKING_PERIOD", new String[]{"Thời gian làm việc được tính", "Working time counted"}),
            Map.entry("SAME_DAY_CUTOFF_PASSED", new String[]{"nhận sau giờ hẹn trong ngày: trả vào ngày làm việc tiếp theo",
                    "received after the same-day cut-off: due on the next working day"}),
            Map.entry("CALENDAR_DAYS_COUNTED", new String[]{"Tính theo ngày (kể cả ngày nghỉ)", "Calendar days counted (days off included)"}),
            Map.entry("END_OF_WORKING_DAY", new String[]{"Hạn vào cuối ngày làm việc", "Due at the end of the working day"}),
            Map.entry("PAUSE", new String[]{"Tạm dừng tính thời gian", "Clock paused"}),
            Map.entry("PAUSE_AFTER_DUE", new String[]{"Tạm dừng sau khi đã quá hạn", "Clock paused after the due date"}),
            // deadline explanation: why the clock started when it did (working-time's SnapReason)
            Map.entry("NONE", new String[]{"nhận trong giờ làm việc: bắt đầu tính ngay",
                    "received during working hours: the clock starts at once"}),
            Map.entry("BEFORE_OPENING", new String[]{"nhận trước giờ làm việc: bắt đầu tính từ giờ mở cửa",
                    "received before opening: the clock starts at opening"}),
            Map.entry("BETWEEN_PERIODS", new String[]{"nhận trong giờ nghỉ trưa: bắt đầu tính từ buổi làm việc tiếp theo",
                    "received during the break: the clock starts with the next working period"}),
            Map.entry("AFTER_CLOSING", new String[]{"nhận sau giờ làm việc: bắt đầu tính từ giờ mở cửa ngày làm việc tiếp theo",
                    "received after closing: the clock starts at the next working day's opening"}),
            Map.entry("DAY_OFF", new String[]{"nhận vào ngày nghỉ: bắt đầu tính từ ngày làm việc tiếp theo",
                    "received on a day off: the clock starts on the next working day"}),
            Map.entry("weekend", new String[]{"cuối tuần", "weekend"}));

    private Labels() {
    }

    public static String of(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        String[] words = WORDS.get(code);
        if (words == null) {
            return code;
        }
        return Language.EN.getLanguage().equals(locale.getLanguage()) ? words[1] : words[0];
    }
}
