package vn.onestop.results.result.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Data of ResultIssued (contracts: schemas/result-issued.v1.json). {@code validUntil} is left out
 * when the result does not expire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultIssuedData(UUID resultId, String number, String kind, UUID dossierId, String dossierCode,
                               String procedureId, String issuer, OffsetDateTime issuedAt, String ownerIdNumber,
                               int nationalStatusCode, Map<String, Object> data, OffsetDateTime validUntil,
                               String signer, String sha256, String signature, String keyId, String verifyUrl) {
}
