package vn.onestop.results.document.domain;

import vn.onestop.results.result.domain.ResultKind;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What the result document prints, times already in the province's local time.
 *
 * @param validUntil null when the result does not expire
 * @param revocation null unless the result was revoked
 */
public record ResultDocumentData(String number, ResultKind kind, String procedureId, String dossierCode,
                                 String issuer, String signer, LocalDateTime issuedAt, LocalDateTime validUntil,
                                 String ownerName, String ownerIdNumber, Map<String, Object> data, String sha256,
                                 String keyId, String verifyUrl, Revocation revocation) {

    public record Revocation(LocalDateTime revokedAt, String reason) {
    }
}
