package vn.onestop.rating.projection.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A result document issued for a dossier (ResultIssued). */
public record ResultFact(UUID resultId, String number, String kind, String issuer, OffsetDateTime issuedAt) {
}
