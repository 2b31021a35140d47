package vn.onestop.processing.casefile.service;

import vn.onestop.processing.casefile.domain.CaseFile;

import java.time.OffsetDateTime;
import java.util.UUID;

public record CaseView(UUID dossierId, String dossierCode, String procedureId, String kind, String competentAgency,
                       String status, OffsetDateTime receivedAt, OffsetDateTime dueAt, String decision,
                       OffsetDateTime decidedAt, String finishedStatus, int supplementRounds, int apologies) {

    public static CaseView of(CaseFile f) {
        return new CaseView(f.dossierId, f.dossierCode, f.procedureId, f.kind, f.competentAgency, f.status,
                f.receivedAt, f.dueAt, f.decision, f.decidedAt, f.finishedStatus, f.supplementRound, f.apologies);
    }
}
