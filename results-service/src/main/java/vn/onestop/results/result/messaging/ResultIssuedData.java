package vn.onestop.results.result.messaging;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Data of ResultIssued (contracts: schemas/result-issued.v1.json). */
public record ResultIssuedData(UUID resultId, String number, String kind, UUID dossierId, String dossierCode,
                               String procedureId, String issuer, OffsetDateTime issuedAt, String ownerIdNumber,
                               int nationalStatusCode, Map<String, Object> data) {
}
