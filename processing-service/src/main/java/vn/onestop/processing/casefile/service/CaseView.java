package vn.onestop.processing.casefile.service;

import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.domain.ResultStatus;
import vn.onestop.processing.casefile.domain.ResultViolation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * @param resultStatus  for an approved dossier: PENDING, BLOCKED (results-service cannot issue the
 *                      result with its data; see {@code resultProblem}) or ISSUED; null otherwise
 * @param resultProblem while BLOCKED: why, and the result data fields to correct
 */
public record CaseView(UUID dossierId, String dossierCode, String procedureId, String kind, String competentAgency,
                       String status, OffsetDateTime receivedAt, OffsetDateTime dueAt, String decision,
                       OffsetDateTime decidedAt, String finishedStatus, int supplementRounds, int apologies,
                       ResultStatus resultStatus, ResultProblem resultProblem) {

    public record ResultProblem(String reason, List<ResultViolation> violations) {
    }

    public static CaseView of(CaseFile f) {
        return new CaseView(f.dossierId, f.dossierCode, f.procedureId, f.kind, f.competentAgency, f.status.name(),
                f.receivedAt, f.dueAt, f.decision, f.decidedAt, f.finishedStatus, f.supplementRound, f.apologies,
                f.resultStatus, f.resultProblem == null ? null : new ResultProblem(f.resultProblem,
                f.resultViolations == null ? List.of() : f.resultViolations));
    }
}
