package vn.onestop.rating.projection.domain;

import vn.onestop.workingtime.FinishedStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Everything rating knows of one dossier, folded from the public events by {@link DossierProjection}.
 * Only facts are stored; what depends on them (status, timeliness, when it ended) is derived, so
 * that the fold gives the same result whatever order the three topics' events arrive in.
 */
public final class DossierFact {

    /** Which event the due date came from: a later source in processing wins over intake's promise. */
    public enum DueSource {
        DECISION, INTAKE, PROCESSING
    }

    public enum Pause {
        SUPPLEMENT, PAYMENT
    }

    public UUID dossierId;
    public String code;
    public DossierKind kind = DossierKind.PROCEDURE;
    public UUID parentId;
    public String procedureId;
    public String channel;
    /** The procedure's online-service level on the day of receipt (FULL, PARTIAL, NONE); null when not announced. */
    public String onlineService;
    /** Whether a fee applied to the dossier on the day of receipt; null when not announced. */
    public Boolean feeBearing;
    /** When the dossier's fee was first paid online (FeePaid of kind FEE, paidVia ONLINE); null when it was not. */
    public OffsetDateTime paidOnlineAt;
    public String receivingAgency;
    public String competentAgency;
    public String applicantType;
    public String applicantName;
    public String applicantIdNumber;
    public OffsetDateTime receivedAt;
    /** Filed online and waiting for acceptance since (DossierFiled); received once accepted. */
    public OffsetDateTime filedAt;
    /** Refused at intake (DossierRefused): never received. */
    public OffsetDateTime refusedAt;
    public String refusalSlip;
    public OffsetDateTime startedAt;
    /** The statutory due instant after pauses (not moved by an apology letter). */
    public OffsetDateTime dueAt;
    public DueSource dueSource;
    /** The new date of an apology letter, if one was issued. */
    public OffsetDateTime rescheduledDueAt;
    public Pause pausedFor;
    public OffsetDateTime pausedAt;
    public int supplementRounds;
    public String decision;
    public OffsetDateTime decidedAt;
    public String decidedBy;
    /** As announced in DossierDecided; null from older producers (then derived, see {@link #finishedTimeliness}). */
    public Timeliness finishedStatus;
    public OffsetDateTime withdrawnAt;
    public OffsetDateTime stoppedAt;
    public OffsetDateTime resultReturnedAt;
    /** Processing announced the dossier itself overdue at least once (DossierOverdue without step). */
    public boolean overdue;
    public List<ComponentFact> components = new ArrayList<>();
    public List<StepFact> steps = new ArrayList<>();
    public List<ResultFact> results = new ArrayList<>();
    public OffsetDateTime lastEventAt;

    public DossierFact() {
    }

    public DossierFact(UUID dossierId) {
        this.dossierId = dossierId;
    }

    public LifecycleStatus status() {
        if (refusedAt != null) {
            return LifecycleStatus.REFUSED;
        }
        if (resultReturnedAt != null) {
            return LifecycleStatus.RESULT_RETURNED;
        }
        if (withdrawnAt != null) {
            return LifecycleStatus.WITHDRAWN;
        }
        if (stoppedAt != null) {
            return LifecycleStatus.STOPPED;
        }
        if (decidedAt != null || !results.isEmpty()) {
            return LifecycleStatus.DECIDED;
        }
        if (pausedFor == Pause.SUPPLEMENT) {
            return LifecycleStatus.SUPPLEMENT_REQUESTED;
        }
        if (pausedFor == Pause.PAYMENT) {
            return LifecycleStatus.AWAITING_PAYMENT;
        }
        if (startedAt != null || !steps.isEmpty()) {
            return LifecycleStatus.IN_PROCESS;
        }
        return receivedAt == null && filedAt != null ? LifecycleStatus.SUBMITTED_ONLINE : LifecycleStatus.RECEIVED;
    }

    /** When the dossier left processing: decided, withdrawn or stopped, whichever came first. */
    public OffsetDateTime endedAt() {
        OffsetDateTime ended = null;
        for (OffsetDateTime t : new OffsetDateTime[]{decidedAt, withdrawnAt, stoppedAt}) {
            if (t != null && (ended == null || t.isBefore(ended))) {
                ended = t;
            }
        }
        return ended;
    }

    /**
     * Timeliness of the decision by the reports' rule (dates compared, {@link Timeliness}) from the
     * due and decision dates; DossierDecided's {@code finishedStatus} only when no due date is known
     * (events from before the rule compared dates carry LATE for a decision on the due date after the
     * due hour, so the status is derived, not taken); null when not decided or nothing is known.
     */
    public Timeliness finishedTimeliness(ZoneId zone) {
        if (decidedAt == null) {
            return null;
        }
        if (dueAt != null) {
            return Timeliness.of(dueAt.toInstant(), decidedAt.toInstant(), zone);
        }
        return finishedStatus;
    }

    /** In process at {@code asOf} and past its due date by the reports' rule (dates compared). */
    public boolean overdueAt(Instant asOf, ZoneId zone) {
        return inProcessAt(asOf) && dueAt != null && FinishedStatus.overdueByDate(dueAt.toInstant(), asOf, zone);
    }

    /** Filed online before {@code at} and, at {@code at}, neither accepted, refused nor withdrawn (status 1). */
    public boolean awaitingAcceptanceAt(Instant at) {
        return filedAt != null && filedAt.toInstant().isBefore(at) && notBefore(receivedAt, at)
                && notBefore(refusedAt, at) && notBefore(withdrawnAt, at);
    }

    private static boolean notBefore(OffsetDateTime t, Instant at) {
        return t == null || !t.toInstant().isBefore(at);
    }

    /** Received before {@code at} and not yet decided, withdrawn or stopped at {@code at}. */
    public boolean inProcessAt(Instant at) {
        if (receivedAt == null || !receivedAt.toInstant().isBefore(at)) {
            return false;
        }
        OffsetDateTime ended = endedAt();
        return ended == null || !ended.toInstant().isBefore(at);
    }

    public OffsetDateTime resultIssuedAt() {
        return results.stream().map(ResultFact::issuedAt).filter(t -> t != null)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public int componentsInState(int state) {
        return (int) components.stream().filter(c -> c.digitizationState() == state).count();
    }

    public int stepsJudged() {
        return (int) steps.stream().filter(s -> !s.cancelled() && s.judged()).count();
    }

    public int stepsLate(ZoneId zone) {
        return (int) steps.stream().filter(s -> !s.cancelled() && s.late(zone)).count();
    }
}
