package vn.onestop.intake.notification.sender;

import vn.onestop.intake.notification.domain.Notification;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.SendOutcome;

/**
 * Delivers notifications on one channel. Called outside any database transaction, possibly again
 * for the same notification (same id) after a failure or a lost claim: a sender passes the id on
 * so that a provider can de-duplicate. An exception counts as a retryable failure.
 */
public interface NotificationSender {

    NotificationChannel channel();

    SendOutcome send(Notification notification);
}
