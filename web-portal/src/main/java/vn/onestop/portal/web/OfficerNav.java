package vn.onestop.portal.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Whether the navigation offers the officer's inbox (to officers only: the link is a convenience,
 * processing decides what the inbox shows), and the workspace's words for processing's codes (task
 * statuses, outcomes, due states, result-field formats). Templates reach it as {@code inject:officerNav}.
 */
@Named("officerNav")
@RequestScoped
public class OfficerNav {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("OPEN", new String[]{"Chưa nhận xử lý", "Not claimed"}),
            Map.entry("CLAIMED", new String[]{"Đang xử lý", "Claimed"}),
            Map.entry("DONE", new String[]{"Đã xong", "Done"}),
            Map.entry("CANCELLED", new String[]{"Đã hủy", "Cancelled"}),
            Map.entry("ON_TIME", new String[]{"Trong hạn", "On time"}),
            Map.entry("AT_RISK", new String[]{"Sắp đến hạn", "Due soon"}),
            Map.entry("OVERDUE", new String[]{"Quá hạn", "Overdue"}),
            Map.entry("APPROVE", new String[]{"Đồng ý", "Approved"}),
            Map.entry("REJECT", new String[]{"Từ chối", "Rejected"}),
            Map.entry("REQUEST_SUPPLEMENT", new String[]{"Yêu cầu bổ sung", "Supplement requested"}),
            Map.entry("REQUEST_PAYMENT", new String[]{"Yêu cầu nộp phí", "Payment requested"}),
            Map.entry("TEXT", new String[]{"Văn bản", "Text"}),
            Map.entry("DATE", new String[]{"Ngày", "Date"}),
            Map.entry("PERSONAL_ID", new String[]{"Số định danh cá nhân (12 chữ số)", "Personal id number (12 digits)"}),
            Map.entry("TAX_CODE", new String[]{"Mã số thuế", "Tax code"}),
            Map.entry("AMOUNT_VND", new String[]{"Số tiền (đồng)", "Amount (đồng)"}),
            Map.entry("COUNT", new String[]{"Số lượng", "Count"}),
            Map.entry("BOOLEAN", new String[]{"Có / Không", "Yes / No"}),
            Map.entry("AFTER_CLOSING", new String[]{"nhận sau giờ làm việc: bắt đầu tính từ giờ làm việc tiếp theo",
                    "received after closing time: the clock starts at the next working hour"}));

    @Inject
    SecurityIdentity identity;

    @Inject
    View view;

    public boolean officer() {
        return !identity.isAnonymous() && identity.hasRole("officer");
    }

    /** The words for one of processing's codes; else the portal's ({@link Labels}), or the code as it is. */
    public String word(String code) {
        String[] words = code == null ? null : WORDS.get(code);
        if (words == null) {
            return Labels.of(code, view.locale());
        }
        return view.english() ? words[1] : words[0];
    }

    /** A value for a link's query (a paging cursor). */
    public String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
