package vn.onestop.portal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.portal.api.Fees;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The fees section's rows, words, amounts and notices, from intake's answers. */
class FeeLinesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T09:15:00+07:00");

    /**
     * intake's status and its attempts (each status:has-a-transaction) → the row's state and whether
     * its pay button is shown.
     */
    @ParameterizedTest(name = "{0} with [{1}] → {2}, payable {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // nothing tried yet: due, to pay
            "DUE       | -                       | DUE        | true",
            // sent to the gateway, no callback yet: paid or not, intake does not know; the button continues it
            "DUE       | PENDING:tx              | CONFIRMING | true",
            // recorded but the gateway has not answered (no transaction, no pay page): nothing happened yet
            "DUE       | PENDING:-               | DUE        | true",
            // the applicant cancelled at the gateway, or the page expired: due again
            "DUE       | FAILED:tx,EXPIRED:tx    | DUE        | true",
            "DUE       | FAILED:tx,PENDING:tx    | CONFIRMING | true",
            // the callback arrived: paid, with its receipt; nothing more to pay
            "PAID      | PAID:tx                 | PAID       | false",
            // paid at the counter while an attempt was left open: the obligation's status wins
            "PAID      | PENDING:tx              | PAID       | false",
            "SETTLED   | -                       | SETTLED    | false",
            "CANCELLED | -                       | CANCELLED  | false"})
    void a_row_says_what_intake_knows(String status, String attempts, String state, boolean payable) {
        List<Fees.Payment> payments = new ArrayList<>();
        if (attempts != null) {
            for (String attempt : attempts.split(",")) {
                String[] parts = attempt.split(":");
                payments.add(new Fees.Payment("p" + payments.size(), parts[0], "-".equals(parts[1]) ? null : "TX1",
                        "-".equals(parts[1]) ? null : "http://gateway/pay/TX1", null, AT, null));
            }
        }
        FeeLines.Line line = FeeLines.line(new Fees.Obligation("o1", "G1.000001", "REQUESTED", "Lệ phí", 25_000L, status,
                AT, null, null, null, null, payments));

        assertThat(line.state()).isEqualTo(state);
        assertThat(line.payable()).isEqualTo(payable);
        assertThat(line.paid()).isEqualTo("PAID".equals(state));
        assertThat(line.confirming()).isEqualTo("CONFIRMING".equals(state));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "DUE        | Chưa nộp                            | Due",
            "CONFIRMING | Đang xác nhận thanh toán            | Payment being confirmed",
            "PAID       | Đã nộp                              | Paid",
            "SETTLED    | Đã xác nhận nộp ngoài hệ thống      | Settled outside the platform",
            "CANCELLED  | Đã hủy                              | Cancelled",
            "FEE        | Lệ phí thủ tục                      | Procedure fee",
            "REQUESTED  | Theo yêu cầu của cơ quan giải quyết | Requested by the competent agency",
            // a code intake adds later is shown as it is rather than hidden
            "REFUNDED   | REFUNDED                            | REFUNDED"})
    void states_and_kinds_in_words(String code, String vietnamese, String english) {
        assertThat(FeeLines.words(code, Language.VI)).isEqualTo(vietnamese);
        assertThat(FeeLines.words(code, Locale.ENGLISH)).isEqualTo(english);
    }

    /** Đồng grouped the Vietnamese way, on both languages' pages (View.money, which the section uses). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0          | 0 đ",
            "999        | 999 đ",
            "10000      | 10.000 đ",
            "25000      | 25.000 đ",
            "1500000    | 1.500.000 đ",
            "25000000   | 25.000.000 đ",
            "1234567890 | 1.234.567.890 đ"})
    void amounts_in_dong(long vnd, String shown) {
        assertThat(new View().money(vnd)).isEqualTo(shown);
    }

    /** intake's refusal of a payment's start → the dossier page's notice (null: the error page's). */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "503 | https://onestop.vn/problems/payment-unavailable | unavailable",
            "503 | -                                               | unavailable",
            "409 | https://onestop.vn/problems/payment-in-progress | in-progress",
            "409 | https://onestop.vn/problems/obligation-not-due  | not-due",
            "409 | -                                               | not-due",
            // someone else's dossier or fee: the portal's error page, not a notice
            "403 | https://onestop.vn/problems/forbidden           | -",
            "404 | https://onestop.vn/problems/not-found           | -",
            "500 | -                                               | -"})
    void a_refusal_is_a_notice_the_applicant_can_act_on(int status, String type, String notice) {
        assertThat(FeeLines.notice(status, type)).isEqualTo(notice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unavailable", "in-progress", "not-due"})
    void the_page_shows_our_notices(String given) {
        assertThat(FeeLines.notice(given)).isEqualTo(given);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PAID", "<script>", "unavailable "})
    void and_nothing_else_a_link_may_carry(String given) {
        assertThat(FeeLines.notice(given)).isNull();
    }
}
