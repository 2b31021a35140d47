package vn.onestop.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "dossier")
public class Dossier extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    @Column(name = "procedure_id")
    public String procedureId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "receiving_agency")
    public String receivingAgency;
    @Column(name = "competent_agency")
    public String competentAgency;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type")
    public ApplicantType applicantType;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "applicant_id_number")
    public String applicantIdNumber;
    @Column(name = "applicant_email")
    public String applicantEmail;
    @Column(name = "applicant_phone")
    public String applicantPhone;
    @Enumerated(EnumType.STRING)
    public DossierStatus status;
    @Column(name = "national_status_code")
    public int nationalStatusCode;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    public String decision;
    @Column(name = "result_id")
    public UUID resultId;
    @Column(name = "result_number")
    public String resultNumber;
    @Column(name = "result_issued_at")
    public OffsetDateTime resultIssuedAt;
    /** Why results-service cannot issue the result yet (ResultBlocked); null once it is issued. */
    @Column(name = "result_problem")
    public String resultProblem;
    @Column(name = "result_blocked_at")
    public OffsetDateTime resultBlockedAt;
    /** PROCEDURE, BUNDLE (the parent of a chain) or BUNDLE_MEMBER (one procedure of it). */
    public String kind = "PROCEDURE";
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "bundle_id")
    public String bundleId;
    @Column(name = "catalog_version")
    public String catalogVersion;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    /** The secret of the public tracking link ({@link TrackingSecret}); never shown to anyone but its readers. */
    @Column(name = "tracking_secret")
    public String trackingSecret;
    /** Set when the promise is provisional: the calendar does not hold the days off of a year it spans. */
    @Column(name = "due_warning")
    public String dueWarning;
    @Column(name = "time_limit_value")
    public Integer timeLimitValue;
    @Column(name = "time_limit_unit")
    public String timeLimitUnit;
    /** The procedure's online-service level on the day of receipt (FULL, PARTIAL, NONE); null for a bundle parent. */
    @Column(name = "online_service")
    public String onlineService;
    /** Whether a fee of the procedure applied to this dossier's channel on the day of receipt. */
    @Column(name = "fee_bearing")
    public Boolean feeBearing;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> representative;
    /**
     * The representative's idNumber, a column the database generates from {@link #representative}
     * (V10) so that a citizen's list can use an index; read back after the insert, never written.
     */
    @Generated
    @Column(name = "representative_id_number", insertable = false, updatable = false)
    public String representativeIdNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> notify = new ArrayList<>();
    /** Upstream results a bundle member waits for: procedureId, dossierId, dossierCode, component. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "waiting_for")
    public List<Map<String, String>> waitingFor = new ArrayList<>();
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Column(name = "supplement_round")
    public int supplementRound;
    @Column(name = "supplemented_round")
    public int supplementedRound;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_items")
    public List<String> missingItems = new ArrayList<>();
    @Column(name = "supplement_deadline")
    public OffsetDateTime supplementDeadline;
    /** The supplement round whose deadline passed without a supplement (0: none). */
    @Column(name = "supplement_expired_round")
    public int supplementExpiredRound;
    /** An online submission awaiting acceptance (national status 1): when it was filed. */
    @Column(name = "filed_at")
    public OffsetDateTime filedAt;
    /** What DossierSubmitted will carry once the centre accepts it; null once accepted (or never held). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "held_submission")
    public HeldSubmission held;
    /** A refusal at intake (national status 3): GUIDANCE (form 02) or REFUSAL (form 03), why, what is missing. */
    @Column(name = "refusal_slip")
    public String refusalSlip;
    @Column(name = "refusal_reason")
    public String refusalReason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refusal_missing")
    public List<String> refusalMissing;
    @Column(name = "refused_at")
    public OffsetDateTime refusedAt;
    @Column(name = "refused_by")
    public String refusedBy;
    /** The apology letter with a new date (form 04), as the competent agency issued it. */
    @Column(name = "apology_reason")
    public String apologyReason;
    @Column(name = "apology_old_due")
    public OffsetDateTime apologyOldDue;
    @Column(name = "apology_new_due")
    public OffsetDateTime apologyNewDue;
    @Column(name = "apology_issued_at")
    public OffsetDateTime apologyIssuedAt;
    @Column(name = "apology_issued_by")
    public String apologyIssuedBy;
    @Version
    public long version;

    public static Optional<Dossier> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Optional<Dossier> findByTrackingSecret(String secret) {
        return TrackingSecret.isWellFormed(secret) ? find("trackingSecret", secret).firstResultOptional()
                : Optional.empty();
    }

    public static List<Dossier> childrenOf(UUID parentId) {
        return list("parentId = ?1 order by code", parentId);
    }

    /** Moves to {@code next} if that is progress; returns whether the status changed. */
    public boolean advanceTo(DossierStatus next) {
        if (!status.mayAdvanceTo(next)) {
            return false;
        }
        status = next;
        nationalStatusCode = next.nationalCode();
        return true;
    }
}
