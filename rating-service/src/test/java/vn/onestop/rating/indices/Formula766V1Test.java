package vn.onestop.rating.indices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.rating.indices.domain.Formula766V1;
import vn.onestop.rating.indices.domain.IndexFigures;
import vn.onestop.rating.indices.domain.Score766;
import vn.onestop.rating.indices.domain.ScoreBand;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class Formula766V1Test {

    static Stream<Arguments> cases() {
        return Stream.of(
                // everything perfect: 18 + 20 + 22 + 22 + 18
                Arguments.of("perfect", Figures.of(10, 5, 5, 2, 2, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
                        "18.00", "20.00", "22.00", "22.00", "18.00", "100.00", ScoreBand.EXCELLENT),
                // no data at all: only the feedback ratios (no feedback = nothing handled badly) score
                Arguments.of("empty", Figures.of(0, 0, 0, 0, 0, null, null, null, null, null, null, null, null, null),
                        "0.00", "0.00", "0.00", "0.00", "12.00", "12.00", ScoreBand.WEAK),
                // the An Xuyên People's Committee, March 2024, as computed by hand in IndicesTest
                Arguments.of("An Xuyên PC", Figures.of(5, 2, 1, 2, 1, 4 / 7.0, 11 / 13.0, 2 / 13.0, 1.0, 1.0, 0.75, 0.5,
                                0.5, 2 / 3.0),
                        "16.50", "11.43", "15.38", "12.57", "10.00", "65.88", ScoreBand.AVERAGE),
                // progress counts in-process dossiers: 7 of 8 on time
                Arguments.of("progress", Figures.of(6, 0, 6, 2, 1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
                        "0.00", "17.50", "0.00", "0.00", "0.00", "17.50", ScoreBand.WEAK),
                // half-up rounding of each group: 22 × 1/3 = 7.333… → 7.33; 20 × 2/3 = 13.333… → 13.33
                Arguments.of("rounding", Figures.of(3, 1, 1, 0, 0, 1 / 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
                        "0.00", "13.33", "0.00", "7.33", "0.00", "20.66", ScoreBand.WEAK),
                Arguments.of("good", Figures.of(10, 2, 7, 0, 0, 0.8, 0.9, 0.5, 1.0, 1.0, 1.0, 0.9, 1.0, 0.9),
                        "18.00", "18.00", "18.00", "17.60", "16.80", "88.40", ScoreBand.GOOD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void groups_total_and_band(String name, IndexFigures figures, String publicity, String progress, String digitization,
                               String online, String satisfaction, String total, ScoreBand band) {
        Score766 score = new Formula766V1().score(figures);
        assertThat(score.formulaVersion()).isEqualTo("766-v1");
        assertThat(score.groups()).isEqualTo(Score766.groups(new BigDecimal(publicity), new BigDecimal(progress),
                new BigDecimal(digitization), new BigDecimal(online), new BigDecimal(satisfaction)));
        assertThat(score.total()).isEqualTo(new BigDecimal(total));
        assertThat(score.band()).isEqualTo(band);
        assertThat(Score766.sum(score.maxima())).isEqualTo(new BigDecimal("100"));
        assertThat(score.total()).isLessThanOrEqualTo(new BigDecimal("100"));
    }

    @Test
    void progress_never_exceeds_twenty_and_satisfaction_eighteen() {
        Score766 s = new Formula766V1().score(Figures.of(4, 4, 0, 0, 0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
        assertThat(s.groups().get("progress")).isEqualByComparingTo("20");
        assertThat(s.groups().get("satisfaction")).isEqualByComparingTo("18");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, FAIR", "70, FAIR", "69.99, AVERAGE",
            "50, AVERAGE", "49.99, WEAK", "0, WEAK"})
    void bands(BigDecimal total, ScoreBand band) {
        assertThat(ScoreBand.of(total)).isEqualTo(band);
    }
}
