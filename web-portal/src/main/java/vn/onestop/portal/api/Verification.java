package vn.onestop.portal.api;

import java.time.OffsetDateTime;

/**
 * results' public verification; the result is named only to whoever gave its right SHA-256.
 * {@code expired}: authentic, not revoked, but its validity ended at {@code validUntil}.
 */
public record Verification(boolean valid, boolean revoked, String reason, String number, String kind,
                           String issuer, OffsetDateTime issuedAt, OffsetDateTime validUntil, Boolean expired,
                           Boolean documentMatches) {
}
