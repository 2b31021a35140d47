package vn.onestop.rating.indices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.rating.indices.domain.Formula766V2;
import vn.onestop.rating.indices.domain.Formula766V3;
import vn.onestop.rating.indices.domain.IndexFigures;
import vn.onestop.rating.indices.domain.Score766;
import vn.onestop.rating.indices.domain.ScoreBand;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class Formula766V2Test {

    /** The figures version 2 reads; everything else zero. */
    static IndexFigures figures(long finished, long early, long onTime, long inProcess, long inProcessOnTime,
                                Double syncCompleteness, Double fullOnlineRate, long feedbackReceived,
                                Double feedbackOnTime, Double feedbackSatisfaction, Double handlingRate,
                                Double eResults, Double fullyDigitized, Double reusing, Double linked) {
        return figures(finished, early, onTime, inProcess, inProcessOnTime, syncCompleteness, fullOnlineRate,
                feedbackReceived, feedbackOnTime, feedbackSatisfaction, handlingRate, eResults, fullyDigitized, reusing,
                linked, new IndexFigures.Payment(0, 0L, null));
    }

    static IndexFigures figures(long finished, long early, long onTime, long inProcess, long inProcessOnTime,
                                Double syncCompleteness, Double fullOnlineRate, long feedbackReceived,
                                Double feedbackOnTime, Double feedbackSatisfaction, Double handlingRate,
                                Double eResults, Double fullyDigitized, Double reusing, Double linked,
                                IndexFigures.Payment payment) {
        return new IndexFigures(0, Map.of(), null, finished, early, onTime, finished - early - onTime, null, 0, 0,
                inProcess, inProcessOnTime, inProcess - inProcessOnTime,
                new IndexFigures.Digitization(0, Map.of(), null, null, 0, 0, eResults, 0, 0, fullyDigitized, 0, reusing, 0,
                        linked),
                new IndexFigures.Satisfaction(0, 0, null, null, Map.of(), null, Map.of(), null), feedbackOnTime,
                new IndexFigures.FeedbackFigures(feedbackReceived, 0, 0, 0, 0, 0, feedbackOnTime, feedbackSatisfaction),
                new IndexFigures.PortalSync(0, 0, syncCompleteness), new IndexFigures.OnlineService(0, 0, fullOnlineRate),
                payment, new IndexFigures.Handling(0, 0, 0, 0, 0, handlingRate),
                new IndexFigures.Acceptance(0, 0, 0, 0, 0, 0));
    }

    /**
     * A small province's month by version 3, by hand (version 2 scores the same but 4.1, not computed:
     * 50.80 with 28 points not computed):
     * <pre>
     * publicity     1.4 sync 6 × 0.9 = 5.40; 1.1, 1.2, 1.3 not computed (12)        →  5.40
     * progress      2.1 20 × (3 early + 3 on time + 1 open on time) ÷ (8 + 2) = 14.00 → 14.00
     * online        3.1 12 × 6 online ÷ 10 full-process dossiers = 7.20               →  7.20
     * payment       4.1 10 × 3 paid online ÷ 4 dossiers owing a fee = 7.50             →  7.50
     * satisfaction  5.1 6 × 0.75 = 4.50; 5.2 6 × 0.5 = 3.00; 5.3 min(6, 6 × 0.75 ÷ 0.9) = 5.00 → 12.50
     * digitization  6.1 min(6, 6 × 1.0) = 6.00; 6.2 4 × 0.8 = 3.20; 6.4 min(2, 2 × 0.2 ÷ 0.8) = 0.50;
     *               6.5 4 × 0.5 = 2.00; 6.3, 6.6, 6.7 not computed (6)               → 11.70
     * total 5.40 + 14.00 + 7.20 + 7.50 + 12.50 + 11.70 = 58.30 (AVERAGE), 18 points not computed
     * </pre>
     */
    @Test
    void a_small_province_by_hand() {
        IndexFigures month = figures(8, 3, 3, 2, 1, 0.9, 0.6, 4, 0.75, 0.5, 0.75, 1.0, 0.8, 0.2, 0.5,
                new IndexFigures.Payment(4, 3L, 0.75));
        Score766 s = new Formula766V3().score(month);

        assertThat(s.formulaVersion()).isEqualTo("766-v3");
        assertThat(s.groups()).containsExactly(Map.entry("publicity", new BigDecimal("5.40")),
                Map.entry("progress", new BigDecimal("14.00")), Map.entry("online", new BigDecimal("7.20")),
                Map.entry("payment", new BigDecimal("7.50")), Map.entry("satisfaction", new BigDecimal("12.50")),
                Map.entry("digitization", new BigDecimal("11.70")));
        assertThat(s.maxima()).containsExactly(Map.entry("publicity", new BigDecimal("18.00")),
                Map.entry("progress", new BigDecimal("20.00")), Map.entry("online", new BigDecimal("12.00")),
                Map.entry("payment", new BigDecimal("10.00")), Map.entry("satisfaction", new BigDecimal("18.00")),
                Map.entry("digitization", new BigDecimal("22.00")));
        assertThat(Score766.sum(s.maxima())).isEqualByComparingTo("100");
        assertThat(s.total()).isEqualByComparingTo("58.30");
        assertThat(s.band()).isEqualTo(ScoreBand.AVERAGE);
        assertThat(s.notComputed()).isEqualByComparingTo("18");
        assertThat(s.criteria()).filteredOn(c -> c.points() == null).extracting(Score766.Criterion::code)
                .containsExactly("1.1", "1.2", "1.3", "6.3", "6.6", "6.7");
        assertThat(s.criteria()).filteredOn(c -> c.points() == null)
                .allSatisfy(c -> assertThat(c.notComputedBecause()).isNotBlank());

        // version 2, as it was fixed: the same month without the payment criterion
        Score766 v2 = new Formula766V2().score(month);
        assertThat(v2.formulaVersion()).isEqualTo("766-v2");
        assertThat(v2.total()).isEqualByComparingTo("50.80");
        assertThat(v2.notComputed()).isEqualByComparingTo("28");
        assertThat(v2.criteria()).filteredOn(c -> c.code().equals("4.1")).singleElement()
                .satisfies(c -> assertThat(c.notComputedBecause()).contains("4 dossiers owed a fee"));
    }

    /** One criterion at a time: its points from its ratio, by the rule the portal publishes. */
    @ParameterizedTest(name = "[{index}] {0} at {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            5.3 | 0.95 | 6.00 | handling: full points from 90 %
            5.3 | 0.45 | 3.00 | handling: 6 × 0.45 ÷ 0.9
            5.3 | -    | 0.00 | handling: nothing finished scores 0 (the portal's method)
            6.4 | 0.9  | 2.00 | reuse: full points from 80 %
            6.4 | 0.4  | 1.00 | reuse: 2 × 0.4 ÷ 0.8
            6.1 | 0.5  | 3.00 | e-results: 6 × 0.5
            6.2 | 0.25 | 1.00 | digitized: 4 × 0.25
            6.5 | 1.0  | 4.00 | linked to the store
            3.1 | 0.125| 1.50 | online: 12 × 0.125
            1.4 | 0.5  | 3.00 | sync: 6 × 0.5
            4.1 | 0.2  | 2.00 | payment: 10 × 0.2
            4.1 | 1.0  | 10.00| payment: every fee paid online
            """)
    void each_criterion(String code, Double ratio, String points, String why) {
        Double handling = code.equals("5.3") ? ratio : Double.valueOf(0.5);
        Double reuse = code.equals("6.4") ? ratio : Double.valueOf(0.5);
        Double eResults = code.equals("6.1") ? ratio : Double.valueOf(0.5);
        Double digitized = code.equals("6.2") ? ratio : Double.valueOf(0.5);
        Double linked = code.equals("6.5") ? ratio : Double.valueOf(0.5);
        Double online = code.equals("3.1") ? ratio : Double.valueOf(0.5);
        Double sync = code.equals("1.4") ? ratio : Double.valueOf(0.5);
        IndexFigures.Payment payment = code.equals("4.1") ? new IndexFigures.Payment(10, Math.round(ratio * 10), ratio)
                : new IndexFigures.Payment(0, 0L, null);
        Score766 s = new Formula766V3().score(figures(4, 1, 1, 0, 0, sync, online, 1, 0.5, 0.5, handling, eResults,
                digitized, reuse, linked, payment));
        assertThat(s.criteria()).filteredOn(c -> c.code().equals(code)).singleElement()
                .satisfies(c -> assertThat(c.points()).isEqualByComparingTo(points));
    }

    @Test
    void no_feedback_earns_the_two_feedback_criteria_in_full_and_no_dossier_is_not_computed() {
        Score766 s = new Formula766V3().score(figures(0, 0, 0, 0, 0, null, null, 0, null, null, null, null, null, null,
                null));
        assertThat(s.criteria()).filteredOn(c -> c.code().startsWith("5.")).extracting(Score766.Criterion::points)
                .containsExactly(new BigDecimal("6.00"), new BigDecimal("6.00"), new BigDecimal("0.00"));
        assertThat(s.criteria()).filteredOn(c -> c.code().equals("2.1") || c.code().equals("3.1")
                        || c.code().equals("1.4") || c.code().equals("4.1") || c.code().startsWith("6."))
                .allSatisfy(c -> assertThat(c.points()).as(c.code()).isNull());
        assertThat(s.total()).isEqualByComparingTo("12");
        assertThat(s.notComputed()).isEqualByComparingTo("82");
        assertThat(s.band()).isEqualTo(ScoreBand.WEAK);
    }
}
