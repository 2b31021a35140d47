package vn.onestop.intake.dossier.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.dossier.messaging.DossierDecidedData;
import vn.onestop.intake.dossier.messaging.ProcessingEventData;
import vn.onestop.intake.dossier.messaging.ResultBlockedData;
import vn.onestop.intake.dossier.messaging.ResultIssuedData;
import vn.onestop.intake.dossier.messaging.ResultReturnedData;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.NotificationKind;
import vn.onestop.intake.notification.domain.Recipient;
import vn.onestop.intake.notification.service.NotificationService;
import vn.onestop.intake.payment.service.FeeObligations;
import vn.onestop.platform.messaging.IncomingEvent;
import vn.onestop.platform.messaging.PoisonEventException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the other services' events to the dossiers intake tracks: status and national status
 * code, the promise, the timeline, and the applicant's notifications.
 */
@ApplicationScoped
public class DossierTracking {

    private final NotificationService notifications;
    private final FeeObligations fees;
    private final DossierMetrics metrics;

    DossierTracking(NotificationService notifications, FeeObligations fees, DossierMetrics metrics) {
        this.notifications = notifications;
        this.fees = fees;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(IncomingEvent event, DossierDecidedData data) {
        Dossier dossier = dossierOf(data.dossierId(), event);
        if (dossier.decision == null) {
            // once per dossier, even if its decision were announced again under another event id
            metrics.decided(dossier, data.decidedAt(), data.finishedStatus());
        }
        dossier.decision = data.decision();
        dossier.decidedAt = data.decidedAt();
        boolean moved = dossier.advanceTo(DossierStatus.DECIDED);
        String description = "APPROVED".equals(data.decision())
                ? "Approved by " + data.decidedBy()
                : "Rejected by " + data.decidedBy() + (data.reason() == null ? "" : ": " + data.reason());
        timeline(dossier, event, data.decidedAt(), "DECIDED", description);
        closeBundleIfDone(dossier, event);
        Log.infof("dossier %s decided %s (event %s, status moved: %s)", dossier.id, data.decision(), event.id(), moved);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void processing(IncomingEvent event, ProcessingEventData data) {
        Dossier dossier = dossierOf(data.dossierId(), event);
        switch (event.type()) {
            case PROCESSING_STARTED -> {
                dossier.advanceTo(DossierStatus.IN_PROCESS);
                if (dossier.dueAt == null) {
                    // a bundle member that waited for its inputs: its clock starts now
                    dossier.dueAt = data.dueAt();
                }
                timeline(dossier, event, null, "IN_PROCESS", "Processing started, due " + data.dueAt());
            }
            case TASK_ASSIGNED -> timeline(dossier, event, null, "STEP_ASSIGNED",
                    "Step " + data.stepName() + " assigned to " + data.agency());
            case STEP_COMPLETED -> timeline(dossier, event, null, "STEP_COMPLETED",
                    "Step " + data.step() + " at " + data.agency() + ": " + data.outcome()
                            + (data.note() == null ? "" : " (" + data.note() + ")"));
            case TASK_CANCELLED -> timeline(dossier, event, null, "STEP_CANCELLED",
                    "Step " + data.step() + " at " + data.agency() + " cancelled: " + data.reason());
            case SUPPLEMENT_REQUESTED -> supplementRequested(dossier, event, data);
            case PAYMENT_REQUESTED -> {
                dossier.advanceTo(DossierStatus.AWAITING_PAYMENT);
                fees.requested(dossier, event.id(), data.amount() == null ? 0 : data.amount(), data.reason(),
                        data.requestedAt());
                timeline(dossier, event, null, "PAYMENT_REQUESTED", "Fee or tax of " + data.amount()
                        + " VND to pay, online or at the counter; the clock is paused");
            }
            case PROCESSING_RESUMED -> {
                if ("PAYMENT".equals(data.pauseReason())) {
                    fees.pauseEnded(dossier, data.pausedFrom(), data.resumedAt());
                }
                dossier.advanceTo(DossierStatus.IN_PROCESS);
                dossier.dueAt = data.newDueAt();
                timeline(dossier, event, null, "RESUMED", "Processing resumed after " + data.pauseReason()
                        + "; due " + data.oldDueAt() + " → " + data.newDueAt());
            }
            case PROCESSING_STOPPED -> {
                dossier.advanceTo(DossierStatus.STOPPED);
                timeline(dossier, event, null, "STOPPED", "Processing stopped: " + data.reason());
                closeBundleIfDone(dossier, event);
            }
            case DOSSIER_AT_RISK -> timeline(dossier, event, null, "AT_RISK", "One working day or less left before "
                    + data.dueAt());
            case DOSSIER_OVERDUE -> timeline(dossier, event, null, "OVERDUE", "Past the due date " + data.dueAt());
            case APOLOGY_ISSUED -> apology(dossier, event, data);
            case RESULT_DATA_CORRECTED -> timeline(dossier, event, null, "RESULT_DATA_CORRECTED",
                    "Result data corrected by " + data.correctedBy() + (data.note() == null ? "" : " (" + data.note() + ")")
                            + "; the result is being issued");
            default -> {
                // DossierDecided has its own handler; nothing else changes what intake shows
            }
        }
    }

    private void supplementRequested(Dossier dossier, IncomingEvent event, ProcessingEventData data) {
        dossier.advanceTo(DossierStatus.SUPPLEMENT_REQUESTED);
        dossier.supplementRound = data.round() == null ? dossier.supplementRound + 1 : data.round();
        dossier.missingItems = data.missingItems() == null ? new ArrayList<>() : new ArrayList<>(data.missingItems());
        dossier.supplementDeadline = data.applicantDeadline();
        timeline(dossier, event, null, "SUPPLEMENT_REQUESTED", "Supplement requested (round " + dossier.supplementRound
                + "): " + String.join("; ", dossier.missingItems) + "; by " + data.applicantDeadline());
        notifyApplicant(dossier, NotificationKind.SUPPLEMENT_REQUESTED, Map.of(
                "missing", String.join("; ", dossier.missingItems),
                "supplementDueAt", data.applicantDeadline()));
    }

    private void apology(Dossier dossier, IncomingEvent event, ProcessingEventData data) {
        dossier.dueAt = data.newDueAt();
        dossier.apologyReason = data.reason();
        dossier.apologyOldDue = data.oldDueAt();
        dossier.apologyNewDue = data.newDueAt();
        dossier.apologyIssuedAt = data.issuedAt();
        dossier.apologyIssuedBy = data.issuedBy();
        timeline(dossier, event, null, "APOLOGY", "Apology letter: new date " + data.newDueAt() + " (was "
                + data.oldDueAt() + "): " + data.reason() + (Boolean.TRUE.equals(data.late()) ? " [issued late]" : ""));
        notifyApplicant(dossier, NotificationKind.APOLOGY_NEW_DATE, Map.of("reason", data.reason(),
                "newDueAt", data.newDueAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resultIssued(IncomingEvent event, ResultIssuedData data) {
        Dossier dossier = dossierOf(data.dossierId(), event);
        if (data.resultId() != null && data.resultId().equals(dossier.resultId)) {
            // the same result announced again under another event id (a republished outbox row, a
            // replay): the applicant was told once, the timeline says it once
            Log.infof("dossier %s result %s already recorded; event %s changes nothing", dossier.id, data.number(),
                    event.id());
            return;
        }
        boolean firstResult = dossier.resultId == null;
        dossier.resultId = data.resultId();
        dossier.resultNumber = data.number();
        dossier.resultIssuedAt = data.issuedAt();
        dossier.resultProblem = null;
        dossier.resultBlockedAt = null;
        // a result means the dossier was decided, even if the decision event is still on its way
        dossier.advanceTo(DossierStatus.DECIDED);
        if (data.ownerIdNumber() != null) {
            // intake's view of the applicant's e-document store: later dossiers may reference it
            Dossier.getEntityManager().createNativeQuery("""
                            insert into citizen_document (id, owner_id_number, kind, number, procedure_id, dossier_code, issued_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                    .setParameter(1, data.resultId())
                    .setParameter(2, data.ownerIdNumber())
                    .setParameter(3, data.kind())
                    .setParameter(4, data.number())
                    .setParameter(5, data.procedureId() == null ? dossier.procedureId : data.procedureId())
                    .setParameter(6, dossier.code)
                    .setParameter(7, data.issuedAt())
                    .executeUpdate();
        }
        timeline(dossier, event, data.issuedAt(), "RESULT_ISSUED",
                "Result " + data.number() + " (" + data.kind() + ") issued by " + data.issuer() + ", ready to collect");
        notifyApplicant(dossier, NotificationKind.RESULT_READY, Map.of("resultNumber", data.number()));
        provideToFollowOns(dossier, event, data);
        if (firstResult) {
            chainCompletedByResult(dossier, data.issuedAt());
        }
        Log.infof("dossier %s result %s issued (event %s)", dossier.id, data.number(), event.id());
    }

    /**
     * results-service cannot issue the approved dossier's result with its data: the dossier says so
     * and why until the deciding agency's correction lets the result be issued. The applicant is
     * not told the result is ready.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resultBlocked(IncomingEvent event, ResultBlockedData data) {
        Dossier dossier = dossierOf(data.dossierId(), event);
        if (dossier.resultId != null) {
            Log.infof("dossier %s: ResultBlocked after its result %s was issued; ignored", dossier.id, dossier.resultNumber);
            return;
        }
        dossier.resultProblem = data.reason();
        if (dossier.resultBlockedAt == null) {
            dossier.resultBlockedAt = data.blockedAt();
        }
        timeline(dossier, event, data.blockedAt(), "RESULT_BLOCKED", "The result cannot be issued yet"
                + (data.attempt() > 1 ? " (correction " + (data.attempt() - 1) + ")" : "") + ": " + data.reason()
                + "; " + data.issuer() + " must correct the result data");
        Log.warnf("dossier %s: result blocked (attempt %d): %s", dossier.id, data.attempt(), data.reason());
    }

    /** The result was handed over (national status 10); the applicant is invited to rate the service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resultReturned(IncomingEvent event, ResultReturnedData data) {
        Dossier dossier = dossierOf(data.dossierId(), event);
        dossier.advanceTo(DossierStatus.RETURNED);
        timeline(dossier, event, data.returnedAt(), "RESULT_RETURNED", "Result handed over through " + data.channel()
                + " to " + data.receivedBy());
        notifyApplicant(dossier, NotificationKind.RESULT_RETURNED, Map.of("returnedAt", data.returnedAt()));
    }

    /**
     * Decided (its decision is known), or ended without one (refused, withdrawn, stopped). A result
     * handed over (RETURNED) before its DossierDecided arrived (another topic: no order between
     * them) is not finished yet: counted then, it would count as not approved.
     */
    private static boolean finishedAsMember(Dossier m) {
        return m.decision != null || m.status.isFinal() && m.status != DossierStatus.RETURNED;
    }

    /**
     * A bundle is done when every member is finished: the parent shows which members were decided
     * and how, so the applicant sees at once which results were issued and which were not.
     */
    private void closeBundleIfDone(Dossier member, IncomingEvent event) {
        if (member.parentId == null) {
            return;
        }
        // the parent's lock serialises members decided at once on different partitions: the last
        // one to commit sees every other member's decision
        Dossier parent = Dossier.findById(member.parentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        java.util.List<Dossier> members = Dossier.childrenOf(parent.id);
        if (parent.status.isFinal() || parent.status == DossierStatus.DECIDED
                || !members.stream().allMatch(DossierTracking::finishedAsMember)) {
            return;
        }
        long approved = members.stream().filter(m -> "APPROVED".equals(m.decision)).count();
        parent.decision = approved == members.size() ? "ALL_APPROVED" : approved == 0 ? "NONE_APPROVED" : "PARTIALLY_APPROVED";
        parent.decidedAt = event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time().atOffset(ZoneOffset.UTC);
        parent.advanceTo(DossierStatus.DECIDED);
        if (everyApprovedMemberHasItsResult(members)) {
            // the results came before the last decision (another topic: no order between them)
            metrics.chainCompleted(parent, parent.decidedAt);
        }
        // the bundle's own promise, classified like a dossier's: late after the due instant,
        // early when finished on a day before the due day, on time otherwise
        String timeliness = parent.dueAt == null ? null
                : parent.decidedAt.isAfter(parent.dueAt) ? "LATE"
                : parent.decidedAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()
                .isBefore(parent.dueAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
                ? "EARLY" : "ON_TIME";
        String summary = members.stream().map(m -> m.procedureId + " " + m.code + ": "
                + ("APPROVED".equals(m.decision) ? "có kết quả" + (m.resultNumber == null ? "" : " số " + m.resultNumber)
                : "không có kết quả (" + m.status + ")")).collect(java.util.stream.Collectors.joining("; "));
        timeline(parent, event, null, "BUNDLE_FINISHED", "Every member is finished"
                + (timeliness == null ? "" : " (" + timeliness + " against the bundle's promise)") + ": " + summary);
        notifyApplicant(parent, NotificationKind.BUNDLE_FINISHED, Map.of("summary", summary));
    }

    /**
     * The chain of a finished bundle is complete with its last result: the moment this member's
     * result completes it is observed once. Under the parent's lock, as {@link #closeBundleIfDone}
     * takes it, so that of a result and a decision committing at once exactly one sees the other.
     */
    private void chainCompletedByResult(Dossier member, OffsetDateTime issuedAt) {
        if (member.parentId == null) {
            return;
        }
        Dossier parent = Dossier.findById(member.parentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (parent.decision != null && everyApprovedMemberHasItsResult(Dossier.childrenOf(parent.id))) {
            metrics.chainCompleted(parent, issuedAt);
        }
    }

    private static boolean everyApprovedMemberHasItsResult(java.util.List<Dossier> members) {
        return members.stream().filter(m -> "APPROVED".equals(m.decision)).allMatch(m -> m.resultId != null);
    }

    /**
     * The chain: every member of the bundle waiting for this result receives it as its component
     * (digitization state 3, referencing the result), so nothing is asked of the applicant again.
     */
    private static void provideToFollowOns(Dossier upstream, IncomingEvent event, ResultIssuedData data) {
        if (upstream.parentId == null) {
            return;
        }
        for (Dossier member : Dossier.childrenOf(upstream.parentId)) {
            for (Map<String, String> wait : member.waitingFor) {
                if (!upstream.id.toString().equals(wait.get("dossierId"))) {
                    continue;
                }
                int updated = Dossier.getEntityManager().createNativeQuery("""
                                update dossier_component set document_ref = ?1, received_at = ?2
                                where dossier_id = ?3 and code = ?4 and source = 'CHAIN' and document_ref is null""")
                        .setParameter(1, data.resultId().toString())
                        .setParameter(2, data.issuedAt())
                        .setParameter(3, member.id)
                        .setParameter(4, wait.get("component"))
                        .executeUpdate();
                if (updated > 0) {
                    timeline(member, event, data.issuedAt(), "INPUT_RECEIVED", wait.get("component") + " provided by result "
                            + data.number() + " of " + upstream.code + " (" + upstream.procedureId + ")");
                }
            }
        }
    }

    private void notifyApplicant(Dossier dossier, NotificationKind kind, Map<String, ?> data) {
        notifications.notifyApplicant(dossier, kind, data);
    }

    private static Dossier dossierOf(UUID dossierId, IncomingEvent event) {
        if (dossierId == null) {
            throw new PoisonEventException("event " + event.id() + " names no dossier");
        }
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null) {
            throw new PoisonEventException("event " + event.id() + " is about unknown dossier " + dossierId);
        }
        return dossier;
    }

    private static void timeline(Dossier dossier, IncomingEvent event, OffsetDateTime at, String kind,
                                 String description) {
        OffsetDateTime when = at != null ? at
                : event.time() != null ? event.time().atOffset(ZoneOffset.UTC) : OffsetDateTime.now(ZoneOffset.UTC);
        TimelineEntry.of(dossier.id, when, kind, description, event.source(), event.id()).persist();
    }
}
