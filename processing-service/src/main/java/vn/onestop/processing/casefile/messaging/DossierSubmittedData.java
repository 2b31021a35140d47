package vn.onestop.processing.casefile.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What processing reads of DossierSubmitted (contracts: schemas/dossier-submitted.v1.json). */
public record DossierSubmittedData(UUID dossierId, String code, String procedureId, String kind, UUID parentId,
                                   String receivingAgency, String competentAgency, Applicant applicant,
                                   OffsetDateTime receivedAt, OffsetDateTime dueAt,
                                   List<Map<String, String>> waitingFor, Map<String, String> agencies,
                                   List<Map<String, Object>> components, Limit timeLimit) {

    /** The time limit of the catalog version the dossier was received under. */
    public record Limit(Integer value, String unit) {
    }

    /** A bundle's parent only groups its members; a member waiting for upstream results cannot start yet. */
    public boolean startsNow() {
        return !"BUNDLE".equals(kind) && gatingInputs().isEmpty();
    }

    /** The inputs that must be there before the member starts: results and hand-offs, not resumptions. */
    public List<Map<String, String>> gatingInputs() {
        return waitingFor == null ? List.of()
                : waitingFor.stream().filter(w -> !"RESUME".equals(w.get("type"))).toList();
    }

    public record Applicant(String fullName, String idNumber) {
    }
}
