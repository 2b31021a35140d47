package vn.onestop.processing.casefile.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.result.ResultFollowUp;

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
                       String resultStatus, ResultProblem resultProblem) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record ResultProblem(String reason, List<ResultFollowUp.Violation> violations) {
    }

    public static CaseView of(CaseFile f) {
        return new CaseView(f.dossierId, f.dossierCode, f.procedureId, f.kind, f.competentAgency, f.status,
                f.receivedAt, f.dueAt, f.decision, f.decidedAt, f.finishedStatus, f.supplementRound, f.apologies,
                f.resultStatus, f.resultProblem == null ? null : new ResultProblem(f.resultProblem, violations(f)));
    }

    private static List<ResultFollowUp.Violation> violations(CaseFile f) {
        if (f.resultViolations == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(f.resultViolations, ResultFollowUp.Violation[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result violations of " + f.dossierId + " are unreadable", e);
        }
    }
}
