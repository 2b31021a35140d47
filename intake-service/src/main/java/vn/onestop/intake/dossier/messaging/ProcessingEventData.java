package vn.onestop.intake.dossier.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What intake reads of the processing events it shows on the dossier (contracts: the schemas of
 * ProcessingStarted, TaskAssigned, StepCompleted, TaskCancelled, SupplementRequested,
 * PaymentRequested, ProcessingResumed, ProcessingStopped, DossierAtRisk, DossierOverdue and
 * ApologyIssued). One tolerant record: each event fills the fields it has.
 */
public record ProcessingEventData(UUID dossierId, String dossierCode, String step, String stepName, String agency,
                                  String outcome, String note, String reason, Integer round, List<String> missingItems,
                                  OffsetDateTime applicantDeadline, Long amount, String pauseReason,
                                  OffsetDateTime oldDueAt, OffsetDateTime newDueAt, OffsetDateTime dueAt,
                                  Boolean late, String correctedBy, OffsetDateTime issuedAt, String issuedBy,
                                  OffsetDateTime requestedAt, OffsetDateTime pausedFrom, OffsetDateTime resumedAt) {
}
