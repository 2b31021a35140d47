package vn.onestop.intake.notification.domain;

/**
 * PENDING (waiting for its first attempt) → SENDING (claimed by a dispatcher, under a lease) →
 * SENT, or RETRY (waiting for the next attempt) → SENDING …, or FAILED after the last attempt or a
 * failure that retrying cannot fix.
 */
public enum NotificationStatus {
    PENDING, SENDING, RETRY, SENT, FAILED
}
