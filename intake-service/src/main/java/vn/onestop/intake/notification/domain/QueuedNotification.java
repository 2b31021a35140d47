package vn.onestop.intake.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A notification in the queue and, once sent or failed, in the dossier's record of what the
 * applicant was told. One row per channel. The dispatcher moves it with plain SQL (claims under
 * a lease); this entity writes new rows and reads them back.
 */
@Entity
@Table(name = "notification")
public class QueuedNotification extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;
    /** The address on this channel: e-mail address or phone number. */
    public String recipient;
    @Column(name = "recipient_name")
    public String recipientName;
    public String subject;
    public String text;
    @Enumerated(EnumType.STRING)
    public NotificationStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;
    @Column(name = "claim_token")
    public UUID claimToken;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "provider_message_id")
    public String providerMessageId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public static List<QueuedNotification> forDossier(UUID dossierId) {
        return list("dossierId = ?1 order by createdAt, channel, id", dossierId);
    }
}
