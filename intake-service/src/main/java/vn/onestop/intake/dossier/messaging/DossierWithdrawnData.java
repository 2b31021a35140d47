package vn.onestop.intake.dossier.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of DossierWithdrawn (contracts: schemas/dossier-withdrawn.v1.json). */
public record DossierWithdrawnData(UUID dossierId, String dossierCode, String reason, OffsetDateTime withdrawnAt,
                                   String status, int nationalStatusCode) {
}
