package vn.onestop.intake.notification.domain;

/**
 * PENDING (waiting for its first attempt) → SENDING (claimed by a dispatcher, under a lease) →
 * SENT (a real channel accepted it), or RETRY (waiting for the next attempt) → SENDING …, or FAILED
 * after the last attempt or a failure that retrying cannot fix. RECORDED instead of SENT when the
 * service runs with {@code onestop.notify.mode=record}: nothing left the service.
 */
public enum NotificationStatus {
    PENDING, SENDING, RETRY, SENT, RECORDED, FAILED
}
