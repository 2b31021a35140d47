package vn.onestop.results.result.service;

import vn.onestop.results.handover.domain.ResultHandover;
import vn.onestop.results.result.domain.Result;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A result as the API shows it. {@code sha256}, {@code signature} and {@code keyId} let anyone
 * check it offline over the canonical form of its fields (docs/results.md); {@code verifyUrl}
 * checks it online, revocation included.
 */
public record ResultView(UUID id, String number, String kind, String procedureId, String dossierCode,
                         String issuer, String signer, OffsetDateTime issuedAt, OffsetDateTime validUntil,
                         String ownerIdNumber, String ownerName, Map<String, Object> data, String sha256,
                         String signature, String keyId, String verifyUrl, String documentUrl, boolean revoked,
                         OffsetDateTime revokedAt, String revokedBy, String revocationReason,
                         RevocationRequest revocationRequest, Returned returned) {

    /**
     * A revocation one administrator asked for: it takes effect when a second one approves it (the
     * result is revoked by the approver, {@code revokedBy}, and this stays as who asked).
     */
    public record RevocationRequest(String requestedBy, OffsetDateTime requestedAt, String reason) {
    }

    /** The handover to the applicant, once it happened; {@code handedOverBy} is who recorded it. */
    public record Returned(String channel, String receivedBy, String receiverIdNumber, String proof,
                           OffsetDateTime returnedAt, String handedOverBy) {
    }

    /** {@code withRevocationRequest}: whether the reader sees a revocation that waits (administrators). */
    public static ResultView of(Result r, ResultHandover handover, ResultLinks links, boolean withRevocationRequest) {
        return new ResultView(r.id, r.number, r.kind.name(), r.procedureId, r.dossierCode, r.issuer, r.signer,
                r.issuedAt, r.validUntil, r.ownerIdNumber, r.ownerName, r.data, r.sha256, r.signature, r.keyId,
                links.verifyUrl(r.id, r.sha256), links.documentUrl(r.id), r.revoked(), r.revokedAt, r.revokedBy,
                r.revocationReason, withRevocationRequest && r.revocationRequested() ? new RevocationRequest(r.revocationRequestedBy,
                r.revocationRequestedAt, r.revocationRequestReason) : null,
                handover == null ? null : new Returned(handover.channel.name(),
                handover.receivedBy, handover.receiverIdNumber, handover.proof, handover.handedOverAt,
                handover.handedOverBy));
    }
}
