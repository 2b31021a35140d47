package vn.onestop.intake.dossier.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of DossierComponentDigitized (contracts: schemas/dossier-component-digitized.v1.json). */
public record ComponentDigitizedData(UUID dossierId, String dossierCode, String component, int round,
                                     int digitizationState, String source, String sha256, String mediaType,
                                     long sizeBytes, OffsetDateTime digitizedAt) {
}
