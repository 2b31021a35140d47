package vn.onestop.processing.casefile.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.onestop.processing.deadline.domain.WatchRule;
import vn.onestop.processing.workflow.domain.StepState;
import vn.onestop.processing.workflow.domain.WorkflowStep;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.WorkCalendar;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The processing side of one dossier. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Column(name = "procedure_id")
    public String procedureId;
    @Column(name = "competent_agency")
    public String competentAgency;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "applicant_id_number")
    public String applicantIdNumber;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    public String decision;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    public String kind = "PROCEDURE";
    @Column(name = "receiving_agency")
    public String receivingAgency;
    /** "TYPE@LEVEL" → agency code for the dossier's place, from DossierSubmitted. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> agencies;
    /** The workflow's step states; null until the workflow starts. */
    @Convert(converter = StepStatesConverter.class)
    public List<StepState> run;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    /** The working-time Deadline: the explanation of the due date. */
    @Convert(converter = DeadlineConverter.class)
    public Deadline deadline;
    @Column(name = "supplement_round")
    public int supplementRound;
    /** The limit of the catalog version the dossier was received under; null: the workflow's. */
    @Column(name = "time_limit_value")
    public Integer timeLimitValue;
    @Column(name = "time_limit_unit")
    public String timeLimitUnit;
    /** Until when the applicant may answer the open supplement request; null when none is open. */
    @Column(name = "supplement_deadline")
    public OffsetDateTime supplementDeadline;
    public int apologies;
    @Column(name = "at_risk_announced")
    public boolean atRiskAnnounced;
    @Column(name = "overdue_announced")
    public boolean overdueAnnounced;
    /**
     * When the deadline watch must next look at this dossier ({@link WatchRule#nextLook}); null when
     * its clock stands or nothing is left to announce. Whatever sets or moves the due date, resets
     * the alerts or starts the clock again stores it anew ({@link #planWatch}).
     */
    @Column(name = "next_watch_at")
    public OffsetDateTime nextWatchAt;
    @Column(name = "finished_status")
    public String finishedStatus;
    /** The upstream inputs a bundle member waits for (procedureId, dossierId, component, type). */
    @Column(name = "waiting_for")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, String>> waitingFor;
    /** The dossier paused for payment and handed its file to the tax procedure of its chain (P10 to P11). */
    @Column(name = "handed_off")
    public boolean handedOff;
    /** The bundle's parent dossier of a member. */
    @Column(name = "parent_id")
    public UUID parentId;
    /** For an approved dossier's result; null when there is none to issue. */
    @Column(name = "result_status")
    @Enumerated(EnumType.STRING)
    public ResultStatus resultStatus;
    /** Why results-service could not issue the result (BLOCKED). */
    @Column(name = "result_problem")
    public String resultProblem;
    /** The result data fields at fault while BLOCKED. */
    @Column(name = "result_violations")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ResultViolation> resultViolations;
    /**
     * The W3C trace context of the dossier's trace (docs/adr/0021): the span that opened the case;
     * null for a case opened before tracing.
     */
    @Column(name = "trace_parent")
    public String traceParent;
    @Column(name = "trace_state")
    public String traceState;
    @Version
    public long version;

    /** The deadline watch looks at a dossier in process, and at a bundle's own promise until it is done. */
    public boolean clockRuns() {
        return status == CaseStatus.IN_PROCESS || status == CaseStatus.BUNDLE;
    }

    /** This dossier's clock as the deadline watch sees it, in its competent agency's calendar. */
    public WatchRule.Watched watched(WorkCalendar calendar) {
        return new WatchRule.Watched(dueAt == null ? null : dueAt.toInstant(), WatchRule.dossierAtRiskWithin(calendar),
                clockRuns(), atRiskAnnounced, overdueAnnounced);
    }

    /** Stores when the deadline watch must next look at this dossier. */
    public void planWatch(WorkCalendar calendar) {
        nextWatchAt = WatchRule.nextLook(calendar, watched(calendar)).map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
    }

    /** A dossier paused or finished is not looked at, whichever change stopped its clock. */
    @PrePersist
    @PreUpdate
    void noWatchWhileTheClockStands() {
        if (!clockRuns()) {
            nextWatchAt = null;
        }
    }

    /**
     * The concrete agency that does a step of this dossier: the agency of its type and level at the
     * dossier's place ({@link #agencies}), else the competent agency. Tasks are routed by it, and
     * who takes part in the case is decided by it ({@link CaseAccess}).
     */
    public String agencyOf(WorkflowStep step) {
        String agency = agencies == null ? null : agencies.get(step.agencyType() + "@" + step.level());
        return agency != null ? agency : competentAgency;
    }
}
