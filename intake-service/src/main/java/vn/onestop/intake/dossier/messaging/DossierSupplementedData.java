package vn.onestop.intake.dossier.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of DossierSupplemented (contracts: schemas/dossier-supplemented.v1.json). */
public record DossierSupplementedData(UUID dossierId, String dossierCode, int round, OffsetDateTime supplementedAt,
                                      List<DossierSubmittedData.Component> components) {
}
