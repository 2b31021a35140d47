package vn.onestop.processing.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One open step of a dossier's workflow, in an agency's inbox (an officer's or a partner system's). */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    public enum Status { OPEN, CLAIMED, DONE, CANCELLED }

    @Id
    public UUID id;
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Column(name = "procedure_id")
    public String procedureId;
    public String step;
    @Column(name = "step_name")
    public String stepName;
    public String agency;
    @Column(name = "agency_type")
    public String agencyType;
    public boolean deciding;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "claimed_at")
    public OffsetDateTime claimedAt;
    @Column(name = "completed_by")
    public String completedBy;
    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
    public String outcome;
    public String note;
    @Column(name = "at_risk_announced")
    public boolean atRiskAnnounced;
    @Column(name = "overdue_announced")
    public boolean overdueAnnounced;
    @Version
    public long version;

    public boolean isActive() {
        return status == Status.OPEN || status == Status.CLAIMED;
    }

    public static List<Task> activeOf(UUID dossierId) {
        return list("dossierId = ?1 and status in ?2", dossierId, List.of(Status.OPEN, Status.CLAIMED));
    }

    public static List<Task> activeOf(UUID dossierId, String step) {
        return list("dossierId = ?1 and step = ?2 and status in ?3", dossierId, step, List.of(Status.OPEN, Status.CLAIMED));
    }
}
