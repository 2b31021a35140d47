package vn.onestop.results.result.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The answer of the public verification: {@code valid} when the result exists, the SHA-256 given
 * is the one of its canonical form as stored now, its signature verifies with the key recorded with
 * it, it is not revoked and its validity has not ended. {@code reason} says why in words.
 *
 * <p>{@code number}, {@code kind}, {@code issuer}, {@code issuedAt}, {@code validUntil} (absent when
 * the result does not expire) and {@code expired} are given only to whoever holds the result's id and
 * its right SHA-256 (the QR code printed on it), so that the verification page can show what the
 * result is; nothing about its owner is ever given. An authentic result whose validity has ended is
 * {@code expired} and not {@code valid}: a health-insurance card past its end date is genuine but no
 * longer proves cover. {@code documentMatches} answers, when a document's SHA-256 was given, whether
 * it is the one of the result's PDF as the service draws it now (a copy changed in any byte does not
 * match).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(boolean valid, boolean revoked, String reason, String number, String kind,
                           String issuer, OffsetDateTime issuedAt, OffsetDateTime validUntil, Boolean expired,
                           Boolean documentMatches) {

    static Verification refused(boolean revoked, String reason) {
        return new Verification(false, revoked, reason, null, null, null, null, null, null, null);
    }

    /** What an authentic result that was revoked answers at {@code now}: never valid. */
    static Verification revoked(Authentic result, OffsetDateTime revokedAt, String revocationReason, Instant now,
                                Boolean documentMatches) {
        return new Verification(false, true, "authentic, but revoked on " + revokedAt + ": " + revocationReason,
                result.number(), result.kind(), result.issuer(), result.issuedAt(), result.validUntil(),
                result.expiredAt(now), documentMatches);
    }

    /** What an authentic result that was not revoked answers at {@code now}: valid until its validity ends. */
    static Verification authentic(Authentic result, Instant now, Boolean documentMatches) {
        boolean expired = result.expiredAt(now);
        String validity = result.validUntil() == null ? "it does not expire"
                : expired ? "but its validity ended " + result.validUntil()
                : "valid until " + result.validUntil();
        return new Verification(!expired, false, "authentic: signed with key " + result.keyId() + ", not revoked; "
                + validity, result.number(), result.kind(), result.issuer(), result.issuedAt(), result.validUntil(),
                expired, documentMatches);
    }

    /** The facts of a result whose signature and SHA-256 were checked. */
    record Authentic(String keyId, String number, String kind, String issuer, OffsetDateTime issuedAt,
                     OffsetDateTime validUntil) {

        /** Whether the validity has ended at {@code instant}: from {@code validUntil} on, the result no longer holds. */
        boolean expiredAt(Instant instant) {
            return validUntil != null && !instant.isBefore(validUntil.toInstant());
        }
    }
}
