package vn.onestop.intake.dossier.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of DossierSupplementExpired (contracts: schemas/dossier-supplement-expired.v1.json). */
public record SupplementExpiredData(UUID dossierId, String dossierCode, int round, OffsetDateTime applicantDeadline,
                                    OffsetDateTime expiredAt) {
}
