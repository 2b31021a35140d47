package vn.onestop.rating.ratings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.rating.projection.domain.Timeliness;
import vn.onestop.rating.ratings.domain.Answer;
import vn.onestop.rating.ratings.domain.Criterion;
import vn.onestop.rating.ratings.domain.CriterionScore;
import vn.onestop.rating.ratings.domain.DossierEvaluation;
import vn.onestop.rating.ratings.domain.EvaluationFacts;
import vn.onestop.rating.ratings.domain.EvaluationGrade;
import vn.onestop.rating.ratings.domain.SelfDeclaredAnswers;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.rating.ratings.domain.Answer.NO;
import static vn.onestop.rating.ratings.domain.Answer.PARTLY;
import static vn.onestop.rating.ratings.domain.Answer.YES;

class DossierEvaluationTest {

    static final SelfDeclaredAnswers ALL_YES = new SelfDeclaredAnswers(YES, YES, YES, YES, YES);

    /** Points of the four computed criteria: total time, time at each agency, contacts, agencies. */
    static Stream<Arguments> computed() {
        return Stream.of(
                Arguments.of(Timeliness.EARLY, 3, 0, 0, 1, 2, 2, 2, 2),
                Arguments.of(Timeliness.ON_TIME, 3, 0, 0, 1, 2, 2, 2, 2),
                Arguments.of(Timeliness.LATE, 3, 0, 0, 1, 0, 2, 2, 2),
                Arguments.of(null, 0, 0, 0, 1, 2, 2, 2, 2),
                Arguments.of(Timeliness.ON_TIME, 3, 1, 0, 1, 2, 1, 2, 2),
                Arguments.of(Timeliness.LATE, 3, 2, 0, 1, 0, 0, 2, 2),
                Arguments.of(Timeliness.LATE, 5, 5, 0, 1, 0, 0, 2, 2),
                Arguments.of(Timeliness.ON_TIME, 2, 0, 1, 1, 2, 2, 1, 2),
                Arguments.of(Timeliness.ON_TIME, 2, 0, 2, 1, 2, 2, 0, 2),
                Arguments.of(Timeliness.ON_TIME, 2, 0, 7, 1, 2, 2, 0, 2),
                Arguments.of(Timeliness.ON_TIME, 2, 0, 0, 2, 2, 2, 2, 1),
                Arguments.of(Timeliness.ON_TIME, 2, 0, 0, 3, 2, 2, 2, 0));
    }

    @ParameterizedTest(name = "{0}, {2}/{1} steps late, {3} supplements, {4} agencies → {5} {6} {7} {8}")
    @MethodSource("computed")
    void computed_criteria(Timeliness total, int judged, int late, int supplements, int agencies,
                           int totalTime, int timeAtAgencies, int contacts, int agenciesContacted) {
        DossierEvaluation e = DossierEvaluation.evaluate(new EvaluationFacts(total, judged, late, supplements, agencies),
                ALL_YES);
        assertThat(e.criteria()).extracting(CriterionScore::criterion).containsExactly(Criterion.values());
        assertThat(e.criteria().subList(0, 4)).extracting(CriterionScore::points)
                .containsExactly(totalTime, timeAtAgencies, contacts, agenciesContacted);
        assertThat(e.criteria().subList(0, 4)).extracting(CriterionScore::source).containsOnly(DossierEvaluation.COMPUTED);
        assertThat(e.criteria().subList(4, 9)).extracting(CriterionScore::source).containsOnly(DossierEvaluation.SELF_DECLARED);
        assertThat(e.total()).isEqualTo(totalTime + timeAtAgencies + contacts + agenciesContacted + 10);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} + computed 8 → {5} {6}")
    @CsvSource({
            "YES, YES, YES, YES, YES, 18, EXCELLENT",
            "YES, YES, PARTLY, YES, NO, 15, GOOD",
            "YES, NO, YES, YES, YES, 16, EXCELLENT",
            "NO, NO, NO, NO, NO, 8, AVERAGE",
            "PARTLY, PARTLY, PARTLY, PARTLY, PARTLY, 13, GOOD",
    })
    void self_declared_answers(Answer oneStop, Answer published, Answer attitude, Answer feedback, Answer online,
                               int total, EvaluationGrade grade) {
        DossierEvaluation e = DossierEvaluation.evaluate(new EvaluationFacts(Timeliness.ON_TIME, 1, 0, 0, 1),
                new SelfDeclaredAnswers(oneStop, published, attitude, feedback, online));
        assertThat(e.total()).isEqualTo(total);
        assertThat(e.grade()).isEqualTo(grade);
    }

    /** >15 excellent, 12–15 good, 9–12 fair, 6–9 average, <6 weak; a shared end belongs to the higher grade. */
    @ParameterizedTest(name = "{0} points: {1}")
    @CsvSource({
            "18, EXCELLENT", "16, EXCELLENT", "15, GOOD", "12, GOOD", "11, FAIR", "9, FAIR", "8, AVERAGE",
            "6, AVERAGE", "5, WEAK", "0, WEAK"})
    void grade_boundaries(int points, EvaluationGrade grade) {
        assertThat(EvaluationGrade.of(points)).isEqualTo(grade);
    }
}
