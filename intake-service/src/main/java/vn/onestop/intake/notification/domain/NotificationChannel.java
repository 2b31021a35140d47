package vn.onestop.intake.notification.domain;

/**
 * How an applicant is notified. Named apart from the dossier's {@code Channel} (how it was handed
 * in). ZALO messages are addressed by phone number, as Zalo's notification service does.
 */
public enum NotificationChannel {
    EMAIL, SMS, ZALO
}
