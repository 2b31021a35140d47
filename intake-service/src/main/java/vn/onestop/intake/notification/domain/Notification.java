package vn.onestop.intake.notification.domain;

import java.util.UUID;

/**
 * One message to send, as a sender sees it. {@code attempt} counts from 1; the id stays the same
 * across attempts, so a provider can de-duplicate a retried send.
 */
public record Notification(UUID id, UUID dossierId, String dossierCode, NotificationKind kind,
                           NotificationChannel channel, String recipient, String recipientName, String subject,
                           String text, int attempt) {
}
