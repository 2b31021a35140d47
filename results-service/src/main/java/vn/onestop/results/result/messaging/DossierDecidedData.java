package vn.onestop.results.result.messaging;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** What results reads of DossierDecided (contracts: schemas/dossier-decided.v1.json). */
public record DossierDecidedData(UUID dossierId, String dossierCode, String procedureId, String decision,
                                 OffsetDateTime decidedAt, String decidedBy, Applicant applicant,
                                 Map<String, Object> resultData, String resultKind) {

    public record Applicant(String fullName, String idNumber) {
    }
}
