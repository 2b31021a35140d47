package vn.onestop.results.result.messaging;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** What results reads of ResultDataCorrected (contracts: schemas/result-data-corrected.v1.json). */
public record ResultDataCorrectedData(UUID dossierId, String dossierCode, String procedureId, OffsetDateTime correctedAt,
                                      String correctedBy, Map<String, Object> resultData) {
}
