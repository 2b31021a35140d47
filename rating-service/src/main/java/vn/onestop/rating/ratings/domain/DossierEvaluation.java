package vn.onestop.rating.ratings.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-dossier evaluation of the Circular 01/2018 template: nine criteria of 0–2 points, a total
 * of 0–18 and its grade. The computed criteria:
 * <ul>
 *   <li>TOTAL_TIME: finished EARLY or ON_TIME 2, LATE 0; unknown due date 2 (no promise was broken);</li>
 *   <li>TIME_AT_EACH_AGENCY: no step late 2, one late step 1, two or more 0 (steps without a known due
 *       date, open or cancelled are not judged);</li>
 *   <li>CONTACTS_NEEDED: contacts = 1 + supplement rounds; 1 contact 2, 2 contacts 1, 3 or more 0;</li>
 *   <li>AGENCIES_CONTACTED: 1 agency 2, 2 agencies 1, 3 or more 0.</li>
 * </ul>
 * The self-declared ones score the applicant's answer (YES 2, PARTLY 1, NO 0).
 */
public record DossierEvaluation(List<CriterionScore> criteria, int total, EvaluationGrade grade) {

    public static final String COMPUTED = "COMPUTED";
    public static final String SELF_DECLARED = "SELF_DECLARED";

    public static DossierEvaluation evaluate(EvaluationFacts facts, SelfDeclaredAnswers answers) {
        List<CriterionScore> scores = new ArrayList<>();
        scores.add(totalTime(facts));
        scores.add(timeAtEachAgency(facts));
        int contacts = 1 + facts.supplementRounds();
        scores.add(new CriterionScore(Criterion.CONTACTS_NEEDED, countPoints(contacts), COMPUTED,
                contacts + (contacts == 1 ? " contact" : " contacts") + " (1 + " + facts.supplementRounds()
                        + " supplement rounds)"));
        scores.add(new CriterionScore(Criterion.AGENCIES_CONTACTED, countPoints(facts.agenciesContacted()), COMPUTED,
                facts.agenciesContacted() == 1 ? "only the receiving centre"
                        : facts.agenciesContacted() + " agencies"));
        scores.add(self(Criterion.ONE_STOP, answers.oneStop()));
        scores.add(self(Criterion.PROCEDURE_PUBLISHED, answers.procedurePublished()));
        scores.add(self(Criterion.OFFICIALS_ATTITUDE, answers.officialsAttitude()));
        scores.add(self(Criterion.FEEDBACK_HANDLING, answers.feedbackHandling()));
        scores.add(self(Criterion.ONLINE_SERVICE, answers.onlineService()));
        int total = scores.stream().mapToInt(CriterionScore::points).sum();
        return new DossierEvaluation(List.copyOf(scores), total, EvaluationGrade.of(total));
    }

    private static CriterionScore totalTime(EvaluationFacts facts) {
        if (facts.totalTime() == null) {
            return new CriterionScore(Criterion.TOTAL_TIME, 2, COMPUTED, "no due date known");
        }
        return new CriterionScore(Criterion.TOTAL_TIME, facts.totalTime().inTime() ? 2 : 0, COMPUTED,
                "finished " + facts.totalTime());
    }

    private static CriterionScore timeAtEachAgency(EvaluationFacts facts) {
        int late = facts.stepsLate();
        int points = late == 0 ? 2 : late == 1 ? 1 : 0;
        return new CriterionScore(Criterion.TIME_AT_EACH_AGENCY, points, COMPUTED,
                late + " of " + facts.stepsJudged() + " steps late");
    }

    /** 1 → 2 points, 2 → 1, 3 or more → 0. */
    static int countPoints(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        return Math.max(0, 3 - count);
    }

    private static CriterionScore self(Criterion criterion, Answer answer) {
        return new CriterionScore(criterion, answer.points(), SELF_DECLARED, answer.name());
    }
}
