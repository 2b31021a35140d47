package vn.onestop.intake.dossier.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What intake reads of ResultReturned (contracts: schemas/result-returned.v1.json). */
public record ResultReturnedData(UUID resultId, UUID dossierId, String dossierCode, String channel,
                                 OffsetDateTime returnedAt, String receivedBy) {
}
