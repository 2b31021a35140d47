package vn.onestop.processing.casefile.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What processing reads of DossierSubmitted (contracts: schemas/dossier-submitted.v1.json). */
public record DossierSubmittedData(UUID dossierId, String code, String procedureId, String competentAgency,
                                   Applicant applicant, OffsetDateTime receivedAt) {

    public record Applicant(String fullName, String idNumber) {
    }
}
