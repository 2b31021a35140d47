package vn.onestop.processing.casefile.service;

import vn.onestop.processing.casefile.domain.CaseFile;

import java.time.OffsetDateTime;
import java.util.UUID;

public record CaseView(UUID dossierId, String dossierCode, String procedureId, String competentAgency,
                       String status, OffsetDateTime receivedAt, String decision, OffsetDateTime decidedAt) {

    static CaseView of(CaseFile f) {
        return new CaseView(f.dossierId, f.dossierCode, f.procedureId, f.competentAgency, f.status, f.receivedAt,
                f.decision, f.decidedAt);
    }
}
