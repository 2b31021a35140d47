package vn.onestop.rating.projection.messaging;

import vn.onestop.platform.messaging.IncomingEvent;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.rating.projection.domain.DossierEvent;
import vn.onestop.rating.projection.domain.DossierKind;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads what the projection needs of each public event (contracts: {@code schemas/*.v1.json}) into a
 * {@link DossierEvent}. Types of these topics the projection does not fold (DossierAtRisk, and any
 * type added later) give empty and are skipped. Times are kept in UTC so that a fact reads the same
 * whether it was folded from events or loaded from the database.
 */
public final class EventMapping {

    private EventMapping() {
    }

    public static Optional<DossierEvent> toDossierEvent(IncomingEvent event) {
        switch (event.type()) {
            case DOSSIER_SUBMITTED: {
                SubmittedData d = event.dataAs(SubmittedData.class);
                Applicant a = d.applicant() == null ? new Applicant(null, null, null) : d.applicant();
                return Optional.of(new DossierEvent.Submitted(id(d.dossierId()), d.code(), d.procedureId(),
                        DossierKind.parse(d.kind()), d.parentId(), d.channel(), d.receivingAgency(),
                        d.competentAgency(), a.type(), a.fullName(), a.idNumber(), utc(d.receivedAt()),
                        utc(d.dueAt()), components(d.components()), d.onlineService(), d.feeBearing()));
            }
            case DOSSIER_FILED: {
                FiledData d = event.dataAs(FiledData.class);
                Applicant a = d.applicant() == null ? new Applicant(null, null, null) : d.applicant();
                return Optional.of(new DossierEvent.Filed(id(d.dossierId()), d.code(), d.procedureId(),
                        DossierKind.parse(d.kind()), d.parentId(), d.channel(), d.receivingAgency(), d.competentAgency(),
                        a.type(), a.fullName(), a.idNumber(), utc(d.filedAt()), d.onlineService()));
            }
            case DOSSIER_REFUSED: {
                RefusedData d = event.dataAs(RefusedData.class);
                return Optional.of(new DossierEvent.Refused(id(d.dossierId()), d.dossierCode(), d.slip(),
                        utc(d.refusedAt())));
            }
            case FEE_PAID: {
                FeePaidData d = event.dataAs(FeePaidData.class);
                return Optional.of(new DossierEvent.FeePaid(id(d.dossierId()), d.dossierCode(), d.kind(), d.paidVia(),
                        utc(d.paidAt())));
            }
            case DOSSIER_COMPONENT_DIGITIZED: {
                DigitizedData d = event.dataAs(DigitizedData.class);
                return Optional.of(new DossierEvent.ComponentDigitized(id(d.dossierId()), d.dossierCode(), d.component(),
                        utc(d.digitizedAt())));
            }
            case DOSSIER_SUPPLEMENTED: {
                SupplementedData d = event.dataAs(SupplementedData.class);
                return Optional.of(new DossierEvent.Supplemented(id(d.dossierId()), d.dossierCode(), d.round(),
                        utc(d.supplementedAt()), components(d.components())));
            }
            case DOSSIER_WITHDRAWN: {
                WithdrawnData d = event.dataAs(WithdrawnData.class);
                return Optional.of(new DossierEvent.Withdrawn(id(d.dossierId()), d.dossierCode(), utc(d.withdrawnAt())));
            }
            case PROCESSING_STARTED: {
                StartedData d = event.dataAs(StartedData.class);
                return Optional.of(new DossierEvent.ProcessingStarted(id(d.dossierId()), d.dossierCode(),
                        d.procedureId(), utc(d.startedAt()), utc(d.dueAt())));
            }
            case TASK_ASSIGNED: {
                TaskAssignedData d = event.dataAs(TaskAssignedData.class);
                return Optional.of(new DossierEvent.TaskAssigned(id(d.dossierId()), d.dossierCode(), id(d.taskId()),
                        d.step(), d.agency(), utc(d.dueAt()), utc(d.assignedAt())));
            }
            case STEP_COMPLETED: {
                StepCompletedData d = event.dataAs(StepCompletedData.class);
                return Optional.of(new DossierEvent.StepCompleted(id(d.dossierId()), d.dossierCode(), id(d.taskId()),
                        d.step(), d.agency(), d.outcome(), utc(d.completedAt())));
            }
            case TASK_CANCELLED: {
                TaskCancelledData d = event.dataAs(TaskCancelledData.class);
                return Optional.of(new DossierEvent.TaskCancelled(id(d.dossierId()), d.dossierCode(), id(d.taskId()),
                        d.step(), d.agency(), utc(d.cancelledAt())));
            }
            case SUPPLEMENT_REQUESTED: {
                SupplementRequestedData d = event.dataAs(SupplementRequestedData.class);
                return Optional.of(new DossierEvent.SupplementRequested(id(d.dossierId()), d.dossierCode(), d.round(),
                        utc(d.requestedAt())));
            }
            case PAYMENT_REQUESTED: {
                PaymentRequestedData d = event.dataAs(PaymentRequestedData.class);
                return Optional.of(new DossierEvent.PaymentRequested(id(d.dossierId()), d.dossierCode(),
                        utc(d.requestedAt())));
            }
            case PROCESSING_RESUMED: {
                ResumedData d = event.dataAs(ResumedData.class);
                return Optional.of(new DossierEvent.ProcessingResumed(id(d.dossierId()), d.dossierCode(),
                        utc(d.resumedAt()), utc(d.newDueAt())));
            }
            case PROCESSING_STOPPED: {
                StoppedData d = event.dataAs(StoppedData.class);
                return Optional.of(new DossierEvent.ProcessingStopped(id(d.dossierId()), d.dossierCode(),
                        utc(d.stoppedAt())));
            }
            case DOSSIER_OVERDUE: {
                OverdueData d = event.dataAs(OverdueData.class);
                return Optional.of(new DossierEvent.Overdue(id(d.dossierId()), d.dossierCode(), d.step(), d.taskId(),
                        utc(d.dueAt()), utc(d.detectedAt())));
            }
            case APOLOGY_ISSUED: {
                ApologyData d = event.dataAs(ApologyData.class);
                return Optional.of(new DossierEvent.ApologyIssued(id(d.dossierId()), d.dossierCode(), utc(d.newDueAt()),
                        utc(d.issuedAt())));
            }
            case DOSSIER_DECIDED: {
                DecidedData d = event.dataAs(DecidedData.class);
                Applicant a = d.applicant() == null ? new Applicant(null, null, null) : d.applicant();
                return Optional.of(new DossierEvent.Decided(id(d.dossierId()), d.dossierCode(), d.procedureId(),
                        d.decision(), utc(d.decidedAt()), d.decidedBy(), utc(d.dueAt()), d.finishedStatus(),
                        a.fullName(), a.idNumber()));
            }
            case RESULT_ISSUED: {
                ResultIssuedData d = event.dataAs(ResultIssuedData.class);
                return Optional.of(new DossierEvent.ResultIssued(id(d.dossierId()), d.dossierCode(), d.procedureId(),
                        id(d.resultId()), d.number(), d.kind(), d.issuer(), utc(d.issuedAt()), d.ownerIdNumber()));
            }
            case RESULT_RETURNED: {
                ResultReturnedData d = event.dataAs(ResultReturnedData.class);
                return Optional.of(new DossierEvent.ResultReturned(id(d.dossierId()), d.dossierCode(), d.resultId(),
                        utc(d.returnedAt())));
            }
            default:
                return Optional.empty();
        }
    }

    private static UUID id(UUID value) {
        if (value == null) {
            throw new PoisonEventException("event data without a required id (dossierId, taskId or resultId)");
        }
        return value;
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static List<DossierEvent.Component> components(List<ComponentData> components) {
        if (components == null) {
            return List.of();
        }
        return components.stream()
                .map(c -> new DossierEvent.Component(c.code(), c.digitizationState() == null ? 0 : c.digitizationState(),
                        c.source()))
                .toList();
    }

    record Applicant(String type, String fullName, String idNumber) {
    }

    record ComponentData(String code, Integer digitizationState, String source) {
    }

    record SubmittedData(UUID dossierId, String code, String procedureId, String kind, UUID parentId, String channel,
                         String receivingAgency, String competentAgency, Applicant applicant,
                         OffsetDateTime receivedAt, OffsetDateTime dueAt, List<ComponentData> components,
                         String onlineService, Boolean feeBearing) {
    }

    record FiledData(UUID dossierId, String code, String procedureId, String kind, UUID parentId, String channel,
                     String receivingAgency, String competentAgency, Applicant applicant, OffsetDateTime filedAt,
                     String onlineService) {
    }

    record FeePaidData(UUID dossierId, String dossierCode, String kind, String paidVia, OffsetDateTime paidAt) {
    }

    record RefusedData(UUID dossierId, String dossierCode, String slip, OffsetDateTime refusedAt) {
    }

    record DigitizedData(UUID dossierId, String dossierCode, String component, OffsetDateTime digitizedAt) {
    }

    record SupplementedData(UUID dossierId, String dossierCode, int round, OffsetDateTime supplementedAt,
                            List<ComponentData> components) {
    }

    record WithdrawnData(UUID dossierId, String dossierCode, OffsetDateTime withdrawnAt) {
    }

    record StartedData(UUID dossierId, String dossierCode, String procedureId, OffsetDateTime startedAt,
                       OffsetDateTime dueAt) {
    }

    record TaskAssignedData(UUID taskId, UUID dossierId, String dossierCode, String step, String agency,
                            OffsetDateTime dueAt, OffsetDateTime assignedAt) {
    }

    record StepCompletedData(UUID dossierId, String dossierCode, UUID taskId, String step, String agency,
                             String outcome, OffsetDateTime completedAt) {
    }

    record TaskCancelledData(UUID taskId, UUID dossierId, String dossierCode, String step, String agency,
                             OffsetDateTime cancelledAt) {
    }

    record SupplementRequestedData(UUID dossierId, String dossierCode, int round, OffsetDateTime requestedAt) {
    }

    record PaymentRequestedData(UUID dossierId, String dossierCode, OffsetDateTime requestedAt) {
    }

    record ResumedData(UUID dossierId, String dossierCode, OffsetDateTime resumedAt, OffsetDateTime newDueAt) {
    }

    record StoppedData(UUID dossierId, String dossierCode, OffsetDateTime stoppedAt) {
    }

    record OverdueData(UUID dossierId, String dossierCode, String step, UUID taskId, OffsetDateTime dueAt,
                       OffsetDateTime detectedAt) {
    }

    record ApologyData(UUID dossierId, String dossierCode, OffsetDateTime newDueAt, OffsetDateTime issuedAt) {
    }

    record DecidedData(UUID dossierId, String dossierCode, String procedureId, String decision,
                       OffsetDateTime decidedAt, String decidedBy, OffsetDateTime dueAt, String finishedStatus,
                       Applicant applicant) {
    }

    record ResultIssuedData(UUID resultId, String number, String kind, UUID dossierId, String dossierCode,
                            String procedureId, String issuer, OffsetDateTime issuedAt, String ownerIdNumber) {
    }

    record ResultReturnedData(UUID dossierId, String dossierCode, UUID resultId, OffsetDateTime returnedAt) {
    }
}
