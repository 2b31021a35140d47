package vn.onestop.intake.dossier.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What intake reads of ResultBlocked (contracts: schemas/result-blocked.v1.json). */
public record ResultBlockedData(UUID dossierId, String dossierCode, String issuer, OffsetDateTime blockedAt,
                                String reason, int attempt) {
}
