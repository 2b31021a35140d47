package vn.onestop.rating.projection.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the projection reads of the public events, one record per event type it projects. Built by
 * the messaging layer from the CloudEvents data; plain values only, so that the projection rules
 * are testable without Kafka.
 */
public sealed interface DossierEvent {

    UUID dossierId();

    String dossierCode();

    /** When the state change happened (the data's own timestamp, not the envelope's). */
    OffsetDateTime at();

    record Component(String code, int digitizationState, String source) {
    }

    record Submitted(UUID dossierId, String dossierCode, String procedureId, DossierKind kind, UUID parentId,
                     String channel, String receivingAgency, String competentAgency, String applicantType,
                     String applicantName, String applicantIdNumber, OffsetDateTime receivedAt,
                     OffsetDateTime dueAt, List<Component> components, String onlineService,
                     Boolean feeBearing) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return receivedAt;
        }
    }

    record Supplemented(UUID dossierId, String dossierCode, int round, OffsetDateTime supplementedAt,
                        List<Component> components) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return supplementedAt;
        }
    }

    /** Filed online, waiting for the centre to accept it (national status 1). */
    record Filed(UUID dossierId, String dossierCode, String procedureId, DossierKind kind, UUID parentId,
                 String channel, String receivingAgency, String competentAgency, String applicantType,
                 String applicantName, String applicantIdNumber, OffsetDateTime filedAt, String onlineService)
            implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return filedAt;
        }
    }

    /** Refused at intake (national status 3). */
    record Refused(UUID dossierId, String dossierCode, String slip, OffsetDateTime refusedAt) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return refusedAt;
        }
    }

    /**
     * An obligation of the dossier was paid, online ({@code paidVia} ONLINE) or at the counter:
     * {@code kind} FEE, the procedure's fee, or REQUESTED, a fee or tax asked for during processing.
     */
    record FeePaid(UUID dossierId, String dossierCode, String kind, String paidVia, OffsetDateTime paidAt)
            implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return paidAt;
        }
    }

    /** A component handed in on paper (state 0) was scanned (state 1). */
    record ComponentDigitized(UUID dossierId, String dossierCode, String component, OffsetDateTime digitizedAt)
            implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return digitizedAt;
        }
    }

    record Withdrawn(UUID dossierId, String dossierCode, OffsetDateTime withdrawnAt) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return withdrawnAt;
        }
    }

    record ProcessingStarted(UUID dossierId, String dossierCode, String procedureId, OffsetDateTime startedAt,
                             OffsetDateTime dueAt) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return startedAt;
        }
    }

    record TaskAssigned(UUID dossierId, String dossierCode, UUID taskId, String step, String agency,
                        OffsetDateTime dueAt, OffsetDateTime assignedAt) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return assignedAt;
        }
    }

    record StepCompleted(UUID dossierId, String dossierCode, UUID taskId, String step, String agency,
                         String outcome, OffsetDateTime completedAt) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return completedAt;
        }
    }

    record TaskCancelled(UUID dossierId, String dossierCode, UUID taskId, String step, String agency,
                         OffsetDateTime cancelledAt) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return cancelledAt;
        }
    }

    record SupplementRequested(UUID dossierId, String dossierCode, int round, OffsetDateTime requestedAt)
            implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return requestedAt;
        }
    }

    record PaymentRequested(UUID dossierId, String dossierCode, OffsetDateTime requestedAt) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return requestedAt;
        }
    }

    record ProcessingResumed(UUID dossierId, String dossierCode, OffsetDateTime resumedAt, OffsetDateTime newDueAt)
            implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return resumedAt;
        }
    }

    record ProcessingStopped(UUID dossierId, String dossierCode, OffsetDateTime stoppedAt) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return stoppedAt;
        }
    }

    /** The dossier ({@code step} null) or one step of it passed its due date. */
    record Overdue(UUID dossierId, String dossierCode, String step, UUID taskId, OffsetDateTime dueAt,
                   OffsetDateTime detectedAt) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return detectedAt;
        }
    }

    record ApologyIssued(UUID dossierId, String dossierCode, OffsetDateTime newDueAt, OffsetDateTime issuedAt)
            implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return issuedAt;
        }
    }

    record Decided(UUID dossierId, String dossierCode, String procedureId, String decision,
                   OffsetDateTime decidedAt, String decidedBy, OffsetDateTime dueAt, String finishedStatus,
                   String applicantName, String applicantIdNumber) implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return decidedAt;
        }
    }

    /** {@code ownerIdNumber}: whom the result belongs to, the applicant (who may then rate the dossier). */
    record ResultIssued(UUID dossierId, String dossierCode, String procedureId, UUID resultId, String number,
                        String kind, String issuer, OffsetDateTime issuedAt, String ownerIdNumber)
            implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return issuedAt;
        }
    }

    /** The result was handed over to the applicant (national status 10). */
    record ResultReturned(UUID dossierId, String dossierCode, UUID resultId, OffsetDateTime returnedAt)
            implements DossierEvent {
        @Override
        public OffsetDateTime at() {
            return returnedAt;
        }
    }
}
