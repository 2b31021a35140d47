package vn.onestop.results.result.messaging;

import vn.onestop.results.result.domain.BlockedResult;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** ResultBlocked as results publishes it (contracts: schemas/result-blocked.v1.json). */
public record ResultBlockedData(UUID dossierId, String dossierCode, String procedureId, String issuer,
                                OffsetDateTime blockedAt, String reason, List<BlockedResult.Violation> violations,
                                int attempt) {
}
