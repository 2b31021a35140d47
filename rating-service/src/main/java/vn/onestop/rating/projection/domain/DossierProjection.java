package vn.onestop.rating.projection.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Folds one event into a dossier's facts. The three topics (dossier, processing, result) are read
 * independently, so events of one dossier from different topics may arrive in any order; within a
 * topic they keep their order (same key). Every rule is therefore either a set of a value only its
 * own topic writes, a merge keyed by id (steps by task, components by code, results by result id),
 * a maximum, or a precedence between sources ({@link DossierFact.DueSource}); the result is the
 * same for every interleaving of the topics. Applying an event twice is prevented by the caller
 * (the projection's applied-event table), not here.
 */
public final class DossierProjection {

    private static final Comparator<StepFact> STEP_ORDER = Comparator
            .comparing(StepFact::assignedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StepFact::taskId, Comparator.nullsLast(Comparator.naturalOrder()));
    private static final Comparator<ResultFact> RESULT_ORDER = Comparator
            .comparing(ResultFact::issuedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ResultFact::resultId, Comparator.nullsLast(Comparator.naturalOrder()));

    private DossierProjection() {
    }

    /** Applies {@code event} to {@code fact} (created empty for a dossier seen for the first time). */
    public static DossierFact apply(DossierFact fact, DossierEvent event) {
        Objects.requireNonNull(fact, "fact");
        if (!event.dossierId().equals(fact.dossierId)) {
            throw new IllegalArgumentException("event of dossier " + event.dossierId() + " applied to " + fact.dossierId);
        }
        if (fact.code == null) {
            fact.code = event.dossierCode();
        }
        if (event instanceof DossierEvent.Submitted e) {
            submitted(fact, e);
        } else if (event instanceof DossierEvent.Supplemented e) {
            mergeComponents(fact, e.components());
        } else if (event instanceof DossierEvent.Filed e) {
            filed(fact, e);
        } else if (event instanceof DossierEvent.Refused e) {
            fact.refusedAt = e.refusedAt();
            fact.refusalSlip = e.slip();
        } else if (event instanceof DossierEvent.FeePaid e) {
            // Decision 766 counts the procedure's fee paid online, not a tax asked for later
            if ("FEE".equals(e.kind()) && "ONLINE".equals(e.paidVia())
                    && (fact.paidOnlineAt == null || e.paidAt().isBefore(fact.paidOnlineAt))) {
                fact.paidOnlineAt = e.paidAt();
            }
        } else if (event instanceof DossierEvent.ComponentDigitized e) {
            digitized(fact, e.component());
        } else if (event instanceof DossierEvent.Withdrawn e) {
            fact.withdrawnAt = e.withdrawnAt();
        } else if (event instanceof DossierEvent.ProcessingStarted e) {
            fact.startedAt = e.startedAt();
            fact.procedureId = firstNonNull(fact.procedureId, e.procedureId());
            setDue(fact, e.dueAt(), DossierFact.DueSource.PROCESSING);
        } else if (event instanceof DossierEvent.TaskAssigned e) {
            mergeStep(fact, e.taskId(), s -> new StepFact(e.taskId(), e.step(), e.agency(), e.assignedAt(), e.dueAt(),
                    s.completedAt(), s.outcome(), s.cancelled(), s.overdue()));
        } else if (event instanceof DossierEvent.StepCompleted e) {
            mergeStep(fact, e.taskId(), s -> new StepFact(e.taskId(), firstNonNull(s.step(), e.step()),
                    firstNonNull(s.agency(), e.agency()), s.assignedAt(), s.dueAt(), e.completedAt(), e.outcome(),
                    s.cancelled(), s.overdue()));
        } else if (event instanceof DossierEvent.TaskCancelled e) {
            mergeStep(fact, e.taskId(), s -> new StepFact(e.taskId(), firstNonNull(s.step(), e.step()),
                    firstNonNull(s.agency(), e.agency()), s.assignedAt(), s.dueAt(), s.completedAt(), s.outcome(),
                    true, s.overdue()));
        } else if (event instanceof DossierEvent.SupplementRequested e) {
            fact.pausedFor = DossierFact.Pause.SUPPLEMENT;
            fact.pausedAt = e.requestedAt();
            fact.supplementRounds = Math.max(fact.supplementRounds, e.round());
        } else if (event instanceof DossierEvent.PaymentRequested e) {
            fact.pausedFor = DossierFact.Pause.PAYMENT;
            fact.pausedAt = e.requestedAt();
        } else if (event instanceof DossierEvent.ProcessingResumed e) {
            fact.pausedFor = null;
            fact.pausedAt = null;
            setDue(fact, e.newDueAt(), DossierFact.DueSource.PROCESSING);
        } else if (event instanceof DossierEvent.ProcessingStopped e) {
            fact.stoppedAt = e.stoppedAt();
        } else if (event instanceof DossierEvent.Overdue e) {
            overdue(fact, e);
        } else if (event instanceof DossierEvent.ApologyIssued e) {
            fact.rescheduledDueAt = e.newDueAt();
        } else if (event instanceof DossierEvent.Decided e) {
            fact.decision = e.decision();
            fact.decidedAt = e.decidedAt();
            fact.decidedBy = e.decidedBy();
            fact.finishedStatus = Timeliness.parse(e.finishedStatus());
            fact.procedureId = firstNonNull(fact.procedureId, e.procedureId());
            fact.applicantName = firstNonNull(fact.applicantName, e.applicantName());
            fact.applicantIdNumber = firstNonNull(fact.applicantIdNumber, e.applicantIdNumber());
            setDue(fact, e.dueAt(), DossierFact.DueSource.DECISION);
        } else if (event instanceof DossierEvent.ResultIssued e) {
            fact.procedureId = firstNonNull(fact.procedureId, e.procedureId());
            // the result's owner is the applicant: known even when the result is told before the submission
            fact.applicantIdNumber = firstNonNull(fact.applicantIdNumber, e.ownerIdNumber());
            Map<UUID, ResultFact> byId = new LinkedHashMap<>();
            fact.results.forEach(r -> byId.put(r.resultId(), r));
            byId.put(e.resultId(), new ResultFact(e.resultId(), e.number(), e.kind(), e.issuer(), e.issuedAt()));
            List<ResultFact> results = new ArrayList<>(byId.values());
            results.sort(RESULT_ORDER);
            fact.results = results;
        } else if (event instanceof DossierEvent.ResultReturned e) {
            fact.resultReturnedAt = e.returnedAt();
        }
        if (event.at() != null && (fact.lastEventAt == null || event.at().isAfter(fact.lastEventAt))) {
            fact.lastEventAt = event.at();
        }
        return fact;
    }

    private static void submitted(DossierFact fact, DossierEvent.Submitted e) {
        fact.code = e.dossierCode();
        fact.kind = e.kind() == null ? DossierKind.PROCEDURE : e.kind();
        fact.parentId = e.parentId();
        fact.procedureId = e.procedureId();
        fact.channel = e.channel();
        fact.receivingAgency = e.receivingAgency();
        fact.competentAgency = e.competentAgency();
        fact.applicantType = e.applicantType();
        fact.applicantName = e.applicantName();
        fact.applicantIdNumber = e.applicantIdNumber();
        fact.receivedAt = e.receivedAt();
        fact.onlineService = e.onlineService();
        fact.feeBearing = e.feeBearing();
        setDue(fact, e.dueAt(), DossierFact.DueSource.INTAKE);
        mergeComponents(fact, e.components());
    }

    /** What is known of a dossier filed online before the centre accepts it; DossierSubmitted completes it. */
    private static void filed(DossierFact fact, DossierEvent.Filed e) {
        fact.code = firstNonNull(fact.code, e.dossierCode());
        fact.kind = e.kind() == null ? DossierKind.PROCEDURE : e.kind();
        fact.parentId = firstNonNull(fact.parentId, e.parentId());
        fact.procedureId = firstNonNull(fact.procedureId, e.procedureId());
        fact.channel = firstNonNull(fact.channel, e.channel());
        fact.receivingAgency = firstNonNull(fact.receivingAgency, e.receivingAgency());
        fact.competentAgency = firstNonNull(fact.competentAgency, e.competentAgency());
        fact.applicantType = firstNonNull(fact.applicantType, e.applicantType());
        fact.applicantName = firstNonNull(fact.applicantName, e.applicantName());
        fact.applicantIdNumber = firstNonNull(fact.applicantIdNumber, e.applicantIdNumber());
        fact.onlineService = firstNonNull(fact.onlineService, e.onlineService());
        fact.filedAt = e.filedAt();
    }

    /** The paper is scanned: state 0 becomes 1; a component already digitized (a later supplement) stays as it is. */
    private static void digitized(DossierFact fact, String code) {
        fact.components = fact.components.stream()
                .map(c -> c.code().equals(code) && c.digitizationState() == 0 ? new ComponentFact(code, 1, "SCAN") : c)
                .toList();
    }

    private static void mergeComponents(DossierFact fact, List<DossierEvent.Component> incoming) {
        if (incoming == null) {
            return;
        }
        Map<String, ComponentFact> byCode = new LinkedHashMap<>();
        fact.components.forEach(c -> byCode.put(c.code(), c));
        for (DossierEvent.Component c : incoming) {
            byCode.put(c.code(), new ComponentFact(c.code(), c.digitizationState(), c.source()));
        }
        List<ComponentFact> merged = new ArrayList<>(byCode.values());
        merged.sort(Comparator.comparing(ComponentFact::code));
        fact.components = merged;
    }

    private static void mergeStep(DossierFact fact, UUID taskId, UnaryOperator<StepFact> change) {
        List<StepFact> steps = new ArrayList<>();
        StepFact existing = null;
        for (StepFact s : fact.steps) {
            if (s.taskId().equals(taskId)) {
                existing = s;
            } else {
                steps.add(s);
            }
        }
        if (existing == null) {
            existing = new StepFact(taskId, null, null, null, null, null, null, false, false);
        }
        steps.add(change.apply(existing));
        steps.sort(STEP_ORDER);
        fact.steps = steps;
    }

    private static void overdue(DossierFact fact, DossierEvent.Overdue e) {
        if (e.step() == null && e.taskId() == null) {
            fact.overdue = true;
            return;
        }
        if (e.taskId() != null) {
            mergeStep(fact, e.taskId(), s -> new StepFact(e.taskId(), firstNonNull(s.step(), e.step()), s.agency(),
                    s.assignedAt(), firstNonNull(s.dueAt(), e.dueAt()), s.completedAt(), s.outcome(), s.cancelled(),
                    true));
            return;
        }
        List<StepFact> steps = new ArrayList<>();
        for (StepFact s : fact.steps) {
            boolean open = s.completedAt() == null && !s.cancelled();
            steps.add(open && e.step().equals(s.step())
                    ? new StepFact(s.taskId(), s.step(), s.agency(), s.assignedAt(), s.dueAt(), s.completedAt(),
                    s.outcome(), s.cancelled(), true)
                    : s);
        }
        fact.steps = steps;
    }

    private static void setDue(DossierFact fact, OffsetDateTime due, DossierFact.DueSource source) {
        if (due == null) {
            return;
        }
        if (fact.dueSource == null || source.compareTo(fact.dueSource) >= 0) {
            fact.dueAt = due;
            fact.dueSource = source;
        }
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
