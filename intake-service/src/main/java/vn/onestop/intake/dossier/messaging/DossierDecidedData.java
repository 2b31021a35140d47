package vn.onestop.intake.dossier.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What intake reads of DossierDecided (contracts: schemas/dossier-decided.v1.json). */
public record DossierDecidedData(UUID dossierId, String dossierCode, String decision, String reason,
                                 OffsetDateTime decidedAt, String decidedBy, String finishedStatus) {
}
