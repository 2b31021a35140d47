package vn.onestop.results.result.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * The answer of the public verification: {@code valid} when the result exists, the SHA-256 given
 * is the one of its canonical form as stored now, its signature verifies with the key recorded with
 * it, and it is not revoked. {@code reason} says why in words.
 *
 * <p>{@code number}, {@code kind}, {@code issuer} and {@code issuedAt} are given only to whoever holds
 * the result's id and its right SHA-256 (the QR code printed on it), so that the verification page
 * can show what the result is; nothing about its owner is ever given. {@code documentMatches}
 * answers, when a document's SHA-256 was given, whether it is the one of the result's PDF as the
 * service draws it now (a copy changed in any byte does not match).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(boolean valid, boolean revoked, String reason, String number, String kind,
                           String issuer, OffsetDateTime issuedAt, Boolean documentMatches) {

    static Verification refused(boolean revoked, String reason) {
        return new Verification(false, revoked, reason, null, null, null, null, null);
    }
}
