package vn.onestop.intake.notification;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import vn.onestop.intake.notification.TestDossiers.Submitted;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.NotificationKind;
import vn.onestop.intake.notification.domain.QueuedNotification;
import vn.onestop.intake.notification.domain.Recipient;
import vn.onestop.intake.notification.service.NotificationDispatcher;
import vn.onestop.intake.notification.service.NotificationService;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.intake.notification.TestDossiers.notification;

/** Live mode: real SMTP (GreenMail) and HTTP gateways (WireMock), retries and final failures. */
@QuarkusTest
@TestProfile(LiveNotificationsProfile.class)
class NotificationLiveTest {

    @Inject
    NotificationService notifications;
    @Inject
    NotificationDispatcher dispatcher;

    private UUID request(Submitted d, NotificationKind kind, Recipient recipient, NotificationChannel channel,
                         Map<String, ?> data) {
        return QuarkusTransaction.requiringNew().call(() ->
                notifications.request(d.id(), d.code(), kind, recipient, EnumSet.of(channel), data)).get(0);
    }

    private static Map<String, Object> awaitStatus(Submitted d, UUID id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(notification(d.code(), id).get("status")).isEqualTo(status));
        return notification(d.code(), id);
    }

    private static RequestPatternBuilder sentTo(String path, String phone) {
        return postRequestedFor(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.to", equalTo(phone)));
    }

    @Test
    void an_email_reaches_the_smtp_server_in_vietnamese() throws Exception {
        Submitted d = TestDossiers.submit();
        String address = "tuyet." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        UUID id = request(d, NotificationKind.RECEIVED, new Recipient("Nguyễn Thị Ánh Tuyết", address, null),
                NotificationChannel.EMAIL, Map.of("dueAt", OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC)));

        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(address).size() == 1);
        MimeMessage mail = messagesTo(address).get(0);
        assertThat(mail.getSubject()).isEqualTo("Hồ sơ " + d.code() + " đã được tiếp nhận");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("mot-cua@onestop.local");
        assertThat(mail.getContent().toString())
                .contains("Kính gửi ông/bà Nguyễn Thị Ánh Tuyết,")
                .contains("Hồ sơ " + d.code() + " đã được tiếp nhận. Hẹn trả kết quả: 03/12/2026 09:00. "
                        + "Tra cứu: " + d.trackingUrl());

        Map<String, Object> sent = awaitStatus(d, id, "SENT");
        assertThat(sent.get("attempts")).isEqualTo(1);
        assertThat(sent.get("recipient")).isEqualTo(address);
        String messageId = QuarkusTransaction.requiringNew().call(() ->
                QueuedNotification.<QueuedNotification>findById(id).providerMessageId);
        assertThat(mail.getMessageID()).isEqualTo(messageId);
    }

    @Test
    void an_sms_the_gateway_refuses_once_is_retried_and_sent() {
        String phone = TestDossiers.randomPhone();
        String scenario = "sms-" + phone;
        NotificationGateways.gateways.stubFor(post("/sms/send").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("gateway busy"))
                .willSetStateTo("recovered"));
        NotificationGateways.gateways.stubFor(post("/sms/send").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"id\": \"sms-42\", \"status\": \"queued\"}")));
        Submitted d = TestDossiers.submit();

        UUID id = request(d, NotificationKind.RESULT_READY, new Recipient("Lê Văn Bình", null, phone),
                NotificationChannel.SMS, Map.of("resultNumber", "000001/2026/GCN-000.00.01.H22"));

        Map<String, Object> sent = awaitStatus(d, id, "SENT");
        assertThat(sent.get("attempts")).isEqualTo(2);
        assertThat((String) sent.get("lastError")).contains("HTTP 503").contains("gateway busy");
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                QueuedNotification.<QueuedNotification>findById(id).providerMessageId)).isEqualTo("sms-42");

        List<LoggedRequest> calls = NotificationGateways.gateways.findAll(sentTo("/sms/send", phone)
                .withHeader("Authorization", equalTo("Bearer sms-secret"))
                .withHeader("Idempotency-Key", equalTo(id.toString()))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString())))
                .withRequestBody(matchingJsonPath("$.dossierCode", equalTo(d.code())))
                .withRequestBody(matchingJsonPath("$.text", containing("đã có kết quả (số 000001/2026/GCN-000.00.01.H22)"))));
        assertThat(calls).hasSize(2);
    }

    @Test
    void a_zalo_message_the_gateway_keeps_failing_is_given_up_after_the_last_attempt() {
        String phone = TestDossiers.randomPhone();
        NotificationGateways.gateways.stubFor(post("/zalo/message").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\": -124, \"message\": \"internal\"}")));
        Submitted d = TestDossiers.submit();

        UUID id = request(d, NotificationKind.APOLOGY_NEW_DATE, new Recipient("Lê Văn Bình", null, phone),
                NotificationChannel.ZALO, Map.of("reason", "chờ kết quả xác minh của cơ quan thuế",
                        "newDueAt", OffsetDateTime.of(2026, 12, 10, 10, 0, 0, 0, ZoneOffset.UTC)));

        Map<String, Object> failed = awaitStatus(d, id, "FAILED");
        assertThat(failed.get("attempts")).isEqualTo(3);
        assertThat((String) failed.get("lastError")).contains("ZALO gateway answered HTTP 500");
        dispatcher.dispatch();
        NotificationGateways.gateways.verify(3, sentTo("/zalo/message", phone)
                .withHeader("Authorization", equalTo("Bearer zalo-secret"))
                .withRequestBody(matchingJsonPath("$.text", containing("Ngày hẹn trả kết quả mới: 10/12/2026 17:00"))));
    }

    @Test
    void a_recipient_the_gateway_rejects_is_not_retried() {
        String phone = TestDossiers.randomPhone();
        NotificationGateways.gateways.stubFor(post("/sms/send").withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\": \"invalid phone number\"}")));
        Submitted d = TestDossiers.submit();

        UUID id = request(d, NotificationKind.RESULT_RETURNED, new Recipient("Lê Văn Bình", null, phone),
                NotificationChannel.SMS, Map.of("returnedAt", OffsetDateTime.of(2026, 12, 4, 3, 15, 0, 0, ZoneOffset.UTC)));

        Map<String, Object> failed = awaitStatus(d, id, "FAILED");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat((String) failed.get("lastError")).contains("HTTP 400").contains("invalid phone number");
        dispatcher.dispatch();
        NotificationGateways.gateways.verify(1, sentTo("/sms/send", phone));
    }

    private static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(NotificationGateways.smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
