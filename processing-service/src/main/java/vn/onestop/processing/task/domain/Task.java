package vn.onestop.processing.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.onestop.processing.deadline.domain.WatchRule;
import vn.onestop.workingtime.WorkCalendar;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    /**
     * When the deadline watch must next look at this step ({@link WatchRule#nextLook}); null when it
     * is done, its dossier is paused, or nothing is left to announce.
     */
    @Column(name = "next_watch_at")
    public OffsetDateTime nextWatchAt;
    @Version
    public long version;

    public boolean isActive() {
        return status == Status.OPEN || status == Status.CLAIMED;
    }

    /**
     * This step's clock as the deadline watch sees it, in its agency's calendar: it runs while the
     * step is open and its dossier in process ({@code dossierInProcess}).
     */
    public WatchRule.Watched watched(WorkCalendar calendar, boolean dossierInProcess) {
        return new WatchRule.Watched(dueAt.toInstant(),
                WatchRule.stepAtRiskWithin(calendar, createdAt.toInstant(), dueAt.toInstant()),
                isActive() && dossierInProcess, atRiskAnnounced, overdueAnnounced);
    }

    /** Stores when the deadline watch must next look at this step. */
    public void planWatch(WorkCalendar calendar, boolean dossierInProcess) {
        nextWatchAt = WatchRule.nextLook(calendar, watched(calendar, dossierInProcess))
                .map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
    }

    /** A step done or cancelled is not looked at. */
    @PrePersist
    @PreUpdate
    void noWatchWhenDone() {
        if (!isActive()) {
            nextWatchAt = null;
        }
    }

    public static List<Task> activeOf(UUID dossierId) {
        return list("dossierId = ?1 and status in ?2", dossierId, List.of(Status.OPEN, Status.CLAIMED));
    }

    public static List<Task> activeOf(UUID dossierId, String step) {
        return list("dossierId = ?1 and step = ?2 and status in ?3", dossierId, step, List.of(Status.OPEN, Status.CLAIMED));
    }
}
