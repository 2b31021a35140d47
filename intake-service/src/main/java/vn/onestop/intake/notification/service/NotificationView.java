package vn.onestop.intake.notification.service;

import vn.onestop.intake.notification.domain.QueuedNotification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notification to the applicant: what was said, on which channel, and whether it went out. */
public record NotificationView(UUID id, String kind, String channel, String recipient, String status, int attempts,
                               String lastError, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
                               OffsetDateTime sentAt, String subject, String text) {

    public static NotificationView of(QueuedNotification n) {
        boolean waiting = switch (n.status) {
            case PENDING, RETRY -> true;
            default -> false;
        };
        return new NotificationView(n.id, n.kind.name(), n.channel.name(), n.recipient, n.status.name(), n.attempts,
                n.lastError, n.createdAt, waiting ? n.nextAttemptAt : null, n.sentAt, n.subject, n.text);
    }
}
