package vn.onestop.intake.notification.sender;

import io.quarkus.logging.Log;
import vn.onestop.intake.notification.domain.Notification;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.SendOutcome;

/**
 * Sends nothing: the notification row is the record, RECORDED, never SENT (mode {@code record}, chosen
 * explicitly: the local stack and the tests set it). Not a bean: {@link NotificationSenders} makes one per channel.
 */
public final class RecordingSender implements NotificationSender {

    public static final String MESSAGE_ID_PREFIX = "recorded:";

    private final NotificationChannel channel;

    public RecordingSender(NotificationChannel channel) {
        this.channel = channel;
    }

    @Override
    public NotificationChannel channel() {
        return channel;
    }

    @Override
    public SendOutcome send(Notification n) {
        Log.infof("dossier %s: notification %s recorded, not sent (%s to %s): %s", n.dossierId(), n.id(), channel,
                n.recipient(), n.text());
        return SendOutcome.recorded(MESSAGE_ID_PREFIX + n.id());
    }
}
