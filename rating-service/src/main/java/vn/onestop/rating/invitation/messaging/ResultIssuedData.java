package vn.onestop.rating.invitation.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What rating reads of ResultIssued (contracts: schemas/result-issued.v1.json). */
public record ResultIssuedData(UUID resultId, UUID dossierId, String dossierCode, OffsetDateTime issuedAt) {
}
