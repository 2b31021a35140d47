package vn.onestop.intake.dossier.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What intake reads of ResultIssued (contracts: schemas/result-issued.v1.json). */
public record ResultIssuedData(UUID resultId, String number, String kind, UUID dossierId, String dossierCode,
                               String procedureId, String issuer, OffsetDateTime issuedAt, String ownerIdNumber) {
}
