package vn.onestop.processing.chain.service;

import vn.onestop.processing.chain.domain.IssuedResult;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.domain.CaseStatus;
import vn.onestop.processing.task.messaging.ProcessingEvents;
import vn.onestop.processing.task.service.CaseMilestone;
import vn.onestop.processing.task.service.CaseWorkflow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Moves the chains of bundles (BRIEF §6): a waiting member starts when every input is there (an
 * upstream result, or the hand-off of an upstream file paused for payment); a member paused for
 * payment resumes when the tax procedure's result is issued; members waiting for an upstream that
 * was rejected, stopped or withdrawn are stopped with the reason, while independent siblings go on;
 * a member waiting for the hand-off of an upstream decided without one is not needed, and stopped.
 * Every path is idempotent: a result or milestone seen twice starts or stops nothing twice.
 *
 * <p>It runs in the transaction of a change to one member of a bundle, which took the bundle's lock
 * (the parent case's) before the member's ({@link CaseWorkflow#lockCaseIfAny}); the other members it
 * changes are locked the same way. As no transaction holds a member's lock without its bundle's, one
 * transaction at a time moves the members of a bundle, in whatever order it meets them, and what it
 * reads of them cannot change under it.
 */
@ApplicationScoped
public class ChainCoordinator {

    private final CaseWorkflow workflow;
    private final EntityManager entityManager;
    private final Outbox outbox;

    ChainCoordinator(CaseWorkflow workflow, EntityManager entityManager, Outbox outbox) {
        this.workflow = workflow;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** A result was issued (ResultIssued): remember it, then start or resume what waited for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resultIssued(UUID dossierId, UUID resultId, String procedureId, String kind, OffsetDateTime issuedAt) {
        entityManager.createNativeQuery("""
                        insert into issued_result (dossier_id, result_id, procedure_id, kind, issued_at)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, dossierId).setParameter(2, resultId).setParameter(3, procedureId)
                .setParameter(4, kind).setParameter(5, issuedAt).executeUpdate();
        for (CaseFile member : dependents(dossierId)) {
            for (Map<String, String> input : inputs(member)) {
                if (!dossierId.toString().equals(input.get("dossierId"))) {
                    continue;
                }
                if ("RESUME".equals(input.get("type"))) {
                    if (member.status == CaseStatus.AWAITING_PAYMENT) {
                        Log.infof("dossier %s: the result of %s resumes it after payment", member.dossierId, dossierId);
                        workflow.resume(member.dossierId, CaseStatus.AWAITING_PAYMENT);
                    }
                } else {
                    startIfComplete(member);
                }
            }
        }
    }

    /**
     * A member opened after its upstream moved on: it starts at once if the upstream's result or
     * hand-off is already there, and is stopped at once if the upstream already failed (the
     * members of a bundle are announced on different partitions, so either can come first).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(CaseFile member) {
        for (Map<String, String> input : inputs(member)) {
            if ("RESUME".equals(input.get("type"))) {
                continue;
            }
            CaseFile upstream = entityManager.find(CaseFile.class, UUID.fromString(input.get("dossierId")));
            if (upstream != null && failed(upstream)) {
                cancelDependents(new CaseMilestone(upstream.dossierId, upstream.dossierCode,
                        upstream.status == CaseStatus.DECIDED ? CaseMilestone.Kind.REJECTED
                                : CaseMilestone.Kind.valueOf(upstream.status.name()), null));
                return;
            }
            if (upstream != null && "HANDOFF".equals(input.get("type")) && decidedWithoutHandOff(upstream)) {
                stopWaitingForHandOff(upstream);
                return;
            }
        }
        startIfComplete(member);
    }

    private static boolean failed(CaseFile upstream) {
        return upstream.status == CaseStatus.STOPPED || upstream.status == CaseStatus.WITHDRAWN
                || upstream.status == CaseStatus.DECIDED && "REJECTED".equals(upstream.decision);
    }

    void onMilestone(@Observes CaseMilestone milestone) {
        finishBundleIfDone(milestone.dossierId());
        switch (milestone.kind()) {
            case PAUSED_FOR_PAYMENT -> {
                CaseFile upstream = entityManager.find(CaseFile.class, milestone.dossierId());
                upstream.handedOff = true;
                dependents(milestone.dossierId()).forEach(this::startIfComplete);
            }
            case REJECTED, STOPPED, WITHDRAWN -> cancelDependents(milestone);
            case APPROVED -> {
                // the result, not the approval, is a RESULT input: results-service issues it next;
                // but a hand-off that did not happen by the decision never will
                CaseFile upstream = entityManager.find(CaseFile.class, milestone.dossierId());
                if (upstream != null && decidedWithoutHandOff(upstream)) {
                    stopWaitingForHandOff(upstream);
                }
            }
        }
    }

    /**
     * When the last member of a bundle finishes, the bundle's own promise is settled: the parent
     * case is finished and classified, and the deadline watch stops looking at it.
     */
    private void finishBundleIfDone(UUID memberId) {
        CaseFile member = entityManager.find(CaseFile.class, memberId);
        if (member == null || member.parentId == null) {
            return;
        }
        CaseFile parent = workflow.lockCaseIfAny(member.parentId).orElse(null);
        List<CaseFile> members = CaseFile.list("parentId", member.parentId);
        boolean done = members.stream().allMatch(m -> m.dossierId.equals(memberId)
                || m.status.finished());
        if (!done || parent == null || parent.status != CaseStatus.BUNDLE) {
            return;
        }
        OffsetDateTime now = workflow.now();
        parent.status = CaseStatus.BUNDLE_DONE;
        parent.decidedAt = now;
        parent.finishedStatus = parent.dueAt == null ? null : now.isAfter(parent.dueAt) ? "LATE"
                : now.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()
                .isBefore(parent.dueAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
                ? "EARLY" : "ON_TIME";
        Log.infof("bundle %s finished %s", parent.dossierId, parent.finishedStatus);
    }

    private void startIfComplete(CaseFile member) {
        if (member.status != CaseStatus.WAITING) {
            return;
        }
        for (Map<String, String> input : inputs(member)) {
            if ("RESUME".equals(input.get("type"))) {
                continue;
            }
            UUID upstream = UUID.fromString(input.get("dossierId"));
            boolean there = "HANDOFF".equals(input.get("type"))
                    ? handedOff(upstream)
                    : entityManager.find(IssuedResult.class, upstream) != null;
            if (!there) {
                return;
            }
        }
        Log.infof("dossier %s: every input is there, processing starts", member.dossierId);
        workflow.startChained(workflow.lockCase(member.dossierId), workflow.workflows().get(member.procedureId));
    }

    private boolean handedOff(UUID upstream) {
        CaseFile file = entityManager.find(CaseFile.class, upstream);
        return file != null && file.handedOff;
    }

    private void cancelDependents(CaseMilestone milestone) {
        String reason = "upstream dossier " + milestone.dossierCode() + " was " + milestone.kind().name().toLowerCase()
                + (milestone.detail() == null ? "" : ": " + milestone.detail()) + "; this procedure cannot start";
        stopDependents(milestone.dossierId(), type -> !"RESUME".equals(type), reason);
    }

    /**
     * An upstream decided without handing its file over (its tax step approved without asking for
     * payment: nothing is due) never will: the member waiting for that hand-off (the tax notice,
     * P11) is not needed, and is stopped with the reason instead of waiting for ever.
     */
    private void stopWaitingForHandOff(CaseFile upstream) {
        stopDependents(upstream.dossierId, "HANDOFF"::equals, "upstream dossier " + upstream.dossierCode
                + " was decided without handing its file over (no payment was asked for); this procedure is not needed");
    }

    private static boolean decidedWithoutHandOff(CaseFile upstream) {
        return upstream.status == CaseStatus.DECIDED && !upstream.handedOff;
    }

    /** Stops the waiting members with an input of a matching type on {@code upstream}, and their own dependents. */
    private void stopDependents(UUID upstream, Predicate<String> inputType, String reason) {
        for (CaseFile member : dependents(upstream)) {
            boolean gated = inputs(member).stream().anyMatch(i -> upstream.toString().equals(i.get("dossierId"))
                    && inputType.test(i.get("type")));
            if (!gated || member.status != CaseStatus.WAITING) {
                continue;
            }
            CaseFile locked = workflow.lockCase(member.dossierId);
            locked.status = CaseStatus.STOPPED;
            outbox.publish(EventType.PROCESSING_STOPPED, locked.dossierId, new ProcessingEvents.ProcessingStopped(
                    locked.dossierId, locked.dossierCode, reason, workflow.now(), "processing-service (chain)",
                    locked.status.name(), locked.status.nationalCode()));
            Log.infof("dossier %s stopped: %s", locked.dossierId, reason);
            finishBundleIfDone(locked.dossierId);
            // its own dependents cannot start either
            cancelDependents(new CaseMilestone(locked.dossierId, locked.dossierCode, CaseMilestone.Kind.STOPPED, reason));
        }
    }

    /** Cases whose inputs name this dossier (waiting members, or a member paused until its tax result). */
    private List<CaseFile> dependents(UUID upstream) {
        @SuppressWarnings("unchecked")
        List<CaseFile> cases = entityManager.createNativeQuery(
                        "select * from case_file where waiting_for @> cast(?1 as jsonb)", CaseFile.class)
                .setParameter(1, "[{\"dossierId\": \"" + upstream + "\"}]")
                .getResultList();
        return cases;
    }

    private static List<Map<String, String>> inputs(CaseFile member) {
        return member.waitingFor == null ? List.of() : member.waitingFor;
    }
}
