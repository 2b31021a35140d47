package vn.onestop.intake.notification.service;

import vn.onestop.intake.config.NotifyConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.onestop.intake.notification.domain.Notification;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.NotificationKind;
import vn.onestop.platform.messaging.LeasedRows;
import vn.onestop.platform.messaging.RetryPolicy;
import vn.onestop.intake.notification.domain.SendOutcome;
import vn.onestop.intake.notification.sender.NotificationSender;
import vn.onestop.intake.notification.sender.NotificationSenders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends queued notifications, rows of the lease-worked table {@code notification}
 * ({@link LeasedRows}: claimed by one replica at a time, sent with no transaction open, each outcome
 * recorded under the claim's token; at least once, a notification sent again keeps its id).
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final int MAX_ERROR = 1000;
    private static final LeasedRows ROWS = new LeasedRows("notification");

    private final EntityManager entityManager;
    private final NotificationSenders senders;
    private final NotifyConfig config;
    private final RetryPolicy retryPolicy;
    private final MeterRegistry registry;

    NotificationDispatcher(EntityManager entityManager, NotificationSenders senders, NotifyConfig config,
                           MeterRegistry registry) {
        this.entityManager = entityManager;
        this.senders = senders;
        this.config = config;
        this.retryPolicy = new RetryPolicy(config.maxAttempts(), config.retry());
        this.registry = registry;
    }

    @Scheduled(identity = "notification-dispatcher", every = "${onestop.notify.dispatch.interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        ROWS.scheduledRound(this::dispatch, config.dispatch().interval());
    }

    /** One round; returns how many notifications it attempted. */
    public int dispatch() {
        failExpiredLastAttempts();
        UUID token = UUID.randomUUID();
        List<Notification> batch = claim(token);
        for (Notification n : batch) {
            SendOutcome outcome = send(n);
            record(n, token, outcome);
        }
        return batch.size();
    }

    private List<Notification> claim(UUID token) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> ROWS.claim(entityManager, token,
                config.dispatch().lease(), config.dispatch().batchSize(), retryPolicy.maxAttempts(), "",
                "next_attempt_at", """
                        q.id, q.dossier_id, q.dossier_code, q.kind, q.channel, q.recipient, q.recipient_name,
                        q.subject, q.text, q.attempts"""));
        List<Notification> batch = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            batch.add(new Notification((UUID) r[0], (UUID) r[1], (String) r[2], NotificationKind.valueOf((String) r[3]),
                    NotificationChannel.valueOf((String) r[4]), (String) r[5], (String) r[6], (String) r[7],
                    (String) r[8], ((Number) r[9]).intValue()));
        }
        return batch;
    }

    private SendOutcome send(Notification n) {
        NotificationSender sender = senders.forChannel(n.channel()).orElse(null);
        if (sender == null) {
            return SendOutcome.permanent("no sender for " + n.channel());
        }
        try {
            return sender.send(n);
        } catch (RuntimeException e) {
            return SendOutcome.retryable(e.toString());
        }
    }

    private void record(Notification n, UUID token, SendOutcome outcome) {
        int updated;
        String result;
        if (outcome instanceof SendOutcome.Sent || outcome instanceof SendOutcome.Recorded) {
            boolean sent = outcome instanceof SendOutcome.Sent;
            String reference = sent ? ((SendOutcome.Sent) outcome).providerMessageId()
                    : ((SendOutcome.Recorded) outcome).reference();
            result = sent ? "sent" : "recorded";
            updated = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            update notification
                               set status = :status, sent_at = case when :sent then now() end,
                                   provider_message_id = :messageId, lease_until = null, claim_token = null
                             where id = :id and claim_token = :token""")
                    .setParameter("status", sent ? "SENT" : "RECORDED")
                    .setParameter("sent", sent)
                    .setParameter("messageId", reference)
                    .setParameter("id", n.id())
                    .setParameter("token", token)
                    .executeUpdate());
            Log.infof("dossier %s: notification %s (%s, %s) %s on attempt %d, reference %s", n.dossierId(),
                    n.id(), n.kind(), n.channel(), result, n.attempt(), reference);
        } else {
            SendOutcome.Failed failed = (SendOutcome.Failed) outcome;
            String error = failed.error().length() > MAX_ERROR ? failed.error().substring(0, MAX_ERROR) : failed.error();
            boolean again = failed.retryable() && retryPolicy.mayRetryAfter(n.attempt());
            Duration delay = retryPolicy.delayAfter(n.attempt());
            double delaySeconds = delay.toMillis() / 1000.0;
            result = again ? "retry" : "failed";
            updated = QuarkusTransaction.requiringNew().call(() -> again
                    ? ROWS.retryLater(entityManager, n.id(), token, error, delay)
                    : ROWS.failForGood(entityManager, n.id(), token, error));
            if (again) {
                Log.warnf("dossier %s: notification %s (%s, %s) attempt %d failed, retry in %.1f s: %s",
                        n.dossierId(), n.id(), n.kind(), n.channel(), n.attempt(), delaySeconds, error);
            } else {
                Log.errorf("dossier %s: notification %s (%s, %s) failed for good after %d attempt(s): %s",
                        n.dossierId(), n.id(), n.kind(), n.channel(), n.attempt(), error);
            }
        }
        if (updated == 0) {
            Log.warnf("dossier %s: notification %s: claim expired before its outcome (%s) was recorded; "
                    + "another round may send it again", n.dossierId(), n.id(), result);
        }
        registry.counter("onestop.notifications", "channel", n.channel().name(), "outcome", result).increment();
    }

    /** A claim that expired on the last allowed attempt will not be retried: its outcome is unknown. */
    private void failExpiredLastAttempts() {
        int failed = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        update notification
                           set status = 'FAILED', lease_until = null, claim_token = null,
                               last_error = 'no outcome recorded for the last attempt (its claim expired)'
                         where status = 'SENDING' and lease_until < now() and attempts >= :maxAttempts""")
                .setParameter("maxAttempts", retryPolicy.maxAttempts())
                .executeUpdate());
        if (failed > 0) {
            Log.warnf("notifications: %d claim(s) expired on their last attempt, marked FAILED", failed);
        }
    }
}
