package vn.onestop.intake.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import vn.onestop.intake.notification.TestDossiers.Submitted;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.NotificationKind;
import vn.onestop.intake.notification.domain.QueuedNotification;
import vn.onestop.intake.notification.domain.Recipient;
import vn.onestop.intake.notification.service.NotificationDispatcher;
import vn.onestop.intake.notification.service.NotificationService;
import vn.onestop.platform.messaging.QueryGauges;
import vn.onestop.platform.testing.Metrics;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.platform.testing.Tokens.as;
import static vn.onestop.platform.testing.Tokens.centreStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.intake.notification.TestDossiers.notification;
import static vn.onestop.intake.notification.TestDossiers.notifications;

/** The default mode of the stack and the tests: notifications go through the queue and are only recorded. */
@QuarkusTest
class NotificationRecordingTest {

    private static final Recipient TUYET = new Recipient("Nguyễn Thị Ánh Tuyết", "tuyet@example.vn", "0912345678");
    private static final Map<String, Object> DUE = Map.of("dueAt", OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC));

    @Inject
    NotificationService notifications;
    @Inject
    NotificationDispatcher dispatcher;
    @Inject
    QueryGauges gauges;

    private List<UUID> request(Submitted d, NotificationKind kind, Recipient recipient, Set<NotificationChannel> channels,
                               Map<String, ?> data) {
        return QuarkusTransaction.requiringNew().call(() ->
                notifications.request(d.id(), d.code(), kind, recipient, channels, data));
    }

    private static QueuedNotification stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> QueuedNotification.findById(id));
    }

    @Test
    void a_received_notification_is_queued_per_channel_and_recorded_not_sent() {
        Submitted d = TestDossiers.submit();
        List<UUID> ids = request(d, NotificationKind.RECEIVED, TUYET, EnumSet.allOf(NotificationChannel.class), DUE);
        assertThat(ids).hasSize(3);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(notifications(d.code(), ids)).extracting(n -> n.get("status")).containsExactly("RECORDED", "RECORDED", "RECORDED"));

        String text = "Hồ sơ " + d.code() + " đã được tiếp nhận. Hẹn trả kết quả: 03/12/2026 09:00. "
                + "Tra cứu: " + d.trackingUrl();
        List<Map<String, Object>> sent = notifications(d.code(), ids);
        assertThat(sent).extracting(n -> n.get("id")).containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
        assertThat(sent).extracting(n -> n.get("channel")).containsExactly("EMAIL", "SMS", "ZALO");
        assertThat(sent).extracting(n -> n.get("recipient")).containsExactly("tuyet@example.vn", "0912345678", "0912345678");
        assertThat(sent).allSatisfy(n -> {
            assertThat(n.get("kind")).isEqualTo("RECEIVED");
            assertThat(n.get("attempts")).isEqualTo(1);
            assertThat(n.get("text")).isEqualTo(text);
            assertThat(n.get("subject")).isEqualTo("Hồ sơ " + d.code() + " đã được tiếp nhận");
            assertThat(n.get("lastError")).isNull();
            // nothing left the service: it was recorded, never sent
            assertThat(n.get("sentAt")).isNull();
        });
        as(centreStaff(WARD_CENTRE)).when().get("/api/v1/dossiers/{code}/notifications", d.code())
                .then().statusCode(200).body("nextCursor", equalTo(null));
        assertThat(stored(ids.get(0)).providerMessageId).isEqualTo("recorded:" + ids.get(0));
    }

    /**
     * The operator's gauge of the queue: notifications not due before tomorrow wait in it, and leave it
     * when they are given up. It follows the table (refreshed from it), whatever else is queued.
     */
    @Test
    void notifications_waiting_to_be_sent_are_gauged() {
        Submitted d = TestDossiers.submit();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> queued = notifications.request(d.id(), d.code(), NotificationKind.RECEIVED, TUYET,
                    EnumSet.allOf(NotificationChannel.class), DUE);
            queued.forEach(id -> setWhere("next_attempt_at = now() + interval '1 day'", id));
            return queued;
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            gauges.refresh();
            assertThat(Metrics.sum("onestop_notifications_pending")).isEqualTo(pendingInTable()).isGreaterThanOrEqualTo(3);
        });
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> setWhere("status = 'FAILED'", id)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            gauges.refresh();
            assertThat(Metrics.sum("onestop_notifications_pending")).isEqualTo(pendingInTable());
        });
    }

    private static void setWhere(String assignment, UUID id) {
        QueuedNotification.getEntityManager().createNativeQuery("update notification set " + assignment + " where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    private static double pendingInTable() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) QueuedNotification.getEntityManager()
                .createNativeQuery("select count(*) from notification where status in ('PENDING', 'SENDING', 'RETRY')")
                .getSingleResult()).doubleValue());
    }

    @Test
    void a_channel_the_applicant_has_no_address_for_is_recorded_as_failed_at_once() {
        Submitted d = TestDossiers.submit();
        List<UUID> ids = request(d, NotificationKind.RESULT_READY, new Recipient("Lê Văn Bình", "binh@example.vn", null),
                EnumSet.of(NotificationChannel.EMAIL, NotificationChannel.SMS),
                Map.of("resultNumber", "000001/2026/GCN-000.00.01.H22"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(notification(d.code(), ids.get(0)).get("status")).isEqualTo("RECORDED"));
        Map<String, Object> sms = notification(d.code(), ids.get(1));
        assertThat(sms.get("channel")).isEqualTo("SMS");
        assertThat(sms.get("status")).isEqualTo("FAILED");
        assertThat(sms.get("attempts")).isEqualTo(0);
        assertThat((String) sms.get("lastError")).contains("no phone number");
        assertThat((String) sms.get("text")).contains("đã có kết quả (số 000001/2026/GCN-000.00.01.H22)");
    }

    @Test
    void a_notification_exists_only_if_the_change_it_announces_commits() {
        Submitted d = TestDossiers.submit();
        List<Map<String, Object>> before = notifications(d.code());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            notifications.request(d.id(), d.code(), NotificationKind.RECEIVED, TUYET, EnumSet.of(NotificationChannel.EMAIL), DUE);
            throw new IllegalStateException("the change being announced failed after all");
        })).hasMessageContaining("failed after all");
        assertThatThrownBy(() -> notifications.request(d.id(), d.code(), NotificationKind.RECEIVED, TUYET,
                EnumSet.of(NotificationChannel.EMAIL), DUE))
                .isInstanceOf(TransactionalException.class);
        assertThatThrownBy(() -> request(d, NotificationKind.RECEIVED, TUYET, EnumSet.of(NotificationChannel.EMAIL), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dueAt");

        assertThat(notifications(d.code())).extracting(n -> n.get("id"))
                .containsExactlyElementsOf(before.stream().map(n -> n.get("id")).toList());
    }

    @Test
    void concurrent_dispatchers_never_send_a_notification_twice() throws Exception {
        Submitted d = TestDossiers.submit();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> all = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                all.addAll(notifications.request(d.id(), d.code(), NotificationKind.RECEIVED, TUYET,
                        EnumSet.allOf(NotificationChannel.class), DUE));
            }
            return all;
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                rounds.add(dispatcher::dispatch);
            }
            // the rounds also claim other tests' due notifications, so what they return is not counted;
            // that each of ours was attempted exactly once (below) is what proves no double claim
            for (Future<Integer> f : pool.invokeAll(rounds)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(notifications(d.code(), ids)).hasSize(60).allSatisfy(n -> assertThat(n.get("status")).isEqualTo("RECORDED")));
        // The recording sender never fails: a second attempt would mean two dispatchers claimed one row.
        assertThat(notifications(d.code(), ids)).allSatisfy(n -> assertThat(n.get("attempts")).isEqualTo(1));
    }

    @Test
    void a_claim_left_by_a_dead_replica_is_sent_once_its_lease_expires() {
        Submitted d = TestDossiers.submit();
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            UUID queued = notifications.request(d.id(), d.code(), NotificationKind.RECEIVED, TUYET,
                    EnumSet.of(NotificationChannel.ZALO), DUE).get(0);
            QueuedNotification.getEntityManager().flush();
            abandonClaim(queued, 1);
            return queued;
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> n = notification(d.code(), id);
            assertThat(n.get("status")).isEqualTo("RECORDED");
            assertThat(n.get("attempts")).isEqualTo(2);
        });
    }

    @Test
    void a_claim_that_expires_on_the_last_attempt_is_failed_not_retried() {
        Submitted d = TestDossiers.submit();
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            UUID queued = notifications.request(d.id(), d.code(), NotificationKind.RECEIVED, TUYET,
                    EnumSet.of(NotificationChannel.SMS), DUE).get(0);
            QueuedNotification.getEntityManager().flush();
            abandonClaim(queued, 5);
            return queued;
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> n = notification(d.code(), id);
            assertThat(n.get("status")).isEqualTo("FAILED");
            assertThat(n.get("attempts")).isEqualTo(5);
            assertThat((String) n.get("lastError")).contains("claim expired");
        });
    }

    @Test
    void an_unknown_dossier_has_no_notifications() {
        as(centreStaff(WARD_CENTRE)).when().get("/api/v1/dossiers/{code}/notifications", "H22-000000-0000")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    /** What a replica that claimed the row and died before recording the outcome leaves behind. */
    private static void abandonClaim(UUID id, int attempts) {
        QueuedNotification.getEntityManager().createNativeQuery("""
                        update notification set status = 'SENDING', attempts = ?1, claim_token = ?2,
                               lease_until = now() - interval '1 second'
                         where id = ?3""")
                .setParameter(1, attempts)
                .setParameter(2, UUID.randomUUID())
                .setParameter(3, id)
                .executeUpdate();
    }
}
