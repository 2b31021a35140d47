package vn.onestop.intake.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.onestop.intake.notification.domain.MessageTemplates;
import vn.onestop.intake.notification.domain.NotificationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplatesTest {

    private static final MessageTemplates TEMPLATES = new MessageTemplates(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void received_shows_the_due_time_in_the_province_zone() {
        var message = TEMPLATES.render(NotificationKind.RECEIVED, Map.of(
                "code", "000.00.01.H22-261126-0001",
                // 02:00 UTC is 09:00 in Vietnam (UTC+7)
                "dueAt", OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC),
                "trackingUrl", "https://portal.example/000.00.01.H22-261126-0001"));
        assertThat(message.text()).isEqualTo("Hồ sơ 000.00.01.H22-261126-0001 đã được tiếp nhận. "
                + "Hẹn trả kết quả: 03/12/2026 09:00. Tra cứu: https://portal.example/000.00.01.H22-261126-0001");
        assertThat(message.subject()).isEqualTo("Hồ sơ 000.00.01.H22-261126-0001 đã được tiếp nhận");
    }

    @Test
    void formats_instants_and_dates_and_leaves_text_as_given() {
        var message = TEMPLATES.render(NotificationKind.SUPPLEMENT_REQUESTED, Map.of(
                "code", "H22-261126-0002", "trackingUrl", "u",
                "missing", "Bản sao giấy chứng nhận kết hôn; $1 \\ lệ phí",
                "supplementDueAt", LocalDate.of(2026, 12, 7)));
        assertThat(message.text()).contains("cần bổ sung: Bản sao giấy chứng nhận kết hôn; $1 \\ lệ phí.")
                .contains("Hạn nộp bổ sung: 07/12/2026.");
        var apology = TEMPLATES.render(NotificationKind.APOLOGY_NEW_DATE, Map.of(
                "code", "H22", "trackingUrl", "u", "reason", "chờ kết quả xác minh",
                "newDueAt", Instant.parse("2026-12-10T10:30:00Z")));
        assertThat(apology.text()).contains("Ngày hẹn trả kết quả mới: 10/12/2026 17:30.");
    }

    @Test
    void a_missing_or_blank_value_fails_instead_of_sending_a_placeholder() {
        Map<String, Object> data = new HashMap<>(Map.of("code", "H22", "trackingUrl", "u", "resultNumber", " "));
        assertThatThrownBy(() -> TEMPLATES.render(NotificationKind.RESULT_READY, data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resultNumber");
        assertThatThrownBy(() -> TEMPLATES.render(NotificationKind.RECEIVED, Map.of("code", "H22")))
                .hasMessageContaining("dueAt").hasMessageContaining("trackingUrl");
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void every_kind_names_the_dossier_and_links_to_tracking(NotificationKind kind) {
        assertThat(MessageTemplates.placeholders(kind)).contains("code", "trackingUrl");
        Map<String, Object> data = new HashMap<>();
        MessageTemplates.placeholders(kind).forEach(name -> data.put(name, "<" + name + ">"));
        var message = TEMPLATES.render(kind, data);
        assertThat(message.text()).contains("<code>").contains("<trackingUrl>").doesNotContain("{");
        assertThat(message.subject()).contains("<code>").doesNotContain("{");
    }
}
