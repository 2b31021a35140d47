package vn.onestop.rating.ratings.domain;

import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.Timeliness;

import java.time.ZoneId;

/**
 * The facts behind the four computed criteria, taken from the dossier's projection.
 *
 * @param totalTime         how the dossier ended against its due date; null when no due date is known
 * @param stepsJudged       completed, not cancelled steps whose due date is known
 * @param stepsLate         of those, completed after their due date
 * @param supplementRounds  supplement requests the applicant had to answer
 * @param agenciesContacted agencies the applicant dealt with: always 1, the receiving centre, since
 *                          every supplement, payment and result goes through it (one-stop)
 */
public record EvaluationFacts(Timeliness totalTime, int stepsJudged, int stepsLate, int supplementRounds,
                              int agenciesContacted) {

    /**
     * A decided dossier is judged by its finished status; one withdrawn or stopped by when it ended
     * against the due date in force then.
     */
    public static EvaluationFacts of(DossierFact fact, ZoneId zone) {
        Timeliness total = fact.finishedTimeliness(zone);
        if (total == null && fact.endedAt() != null && fact.dueAt != null) {
            total = Timeliness.of(fact.dueAt.toInstant(), fact.endedAt().toInstant(), zone);
        }
        return new EvaluationFacts(total, fact.stepsJudged(), fact.stepsLate(zone), fact.supplementRounds, 1);
    }
}
