package vn.onestop.processing.casefile.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Data of DossierDecided (contracts: schemas/dossier-decided.v1.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierDecidedData(UUID dossierId, String dossierCode, String procedureId, String decision,
                                 String reason, OffsetDateTime decidedAt, String decidedBy, String status,
                                 int nationalStatusCode, Applicant applicant, Map<String, Object> resultData,
                                 OffsetDateTime dueAt, String finishedStatus, String resultKind) {

    public record Applicant(String fullName, String idNumber) {
    }
}
