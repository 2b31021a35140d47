package vn.onestop.rating.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Feedback or a complaint about a dossier or an agency, with its own due date. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public FeedbackKind kind;
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "dossier_code")
    public String dossierCode;
    public String agency;
    public String text;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Enumerated(EnumType.STRING)
    public FeedbackStatus status;
    @Column(name = "handled_by")
    public String handledBy;
    public String answer;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
    public Boolean satisfied;
    @Column(name = "satisfaction_at")
    public OffsetDateTime satisfactionAt;

    public FeedbackHandling handling() {
        return new FeedbackHandling(dueAt.toInstant(), answeredAt == null ? null : answeredAt.toInstant(), satisfied);
    }
}
