package vn.onestop.portal.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart's layout: widths in proportion to the share, one row per bar, no bar for no figure. */
class BarChartTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void a_bars_width_is_its_share_of_the_full_width_and_its_figure_a_percentage_in_the_pages_language() {
        BarChart chart = BarChart.of("c", "Tỷ lệ", List.of(new BarChart.Point("a", "A", 1.0),
                new BarChart.Point("b", "B", 0.5), new BarChart.Point("c", "C", 0.25)), VI);
        assertThat(chart.bars()).extracting(BarChart.Bar::barWidth)
                .containsExactly(BarChart.BAR_MAX, BarChart.BAR_MAX / 2, BarChart.BAR_MAX / 4);
        assertThat(chart.bars().get(1).figure()).isEqualTo("50%");
        assertThat(BarChart.of("c", "t", List.of(new BarChart.Point("a", "A", 0.853)), Locale.ENGLISH)
                .bars().get(0).figure()).isEqualTo("85.3%");
        assertThat(BarChart.of("c", "t", List.of(new BarChart.Point("a", "A", 0.853)), VI)
                .bars().get(0).figure()).isEqualTo("85,3%");
    }

    @Test
    void rows_follow_each_other_and_the_chart_is_as_tall_as_its_rows() {
        BarChart chart = BarChart.of("c", "t", List.of(new BarChart.Point("a", "A", 0.1),
                new BarChart.Point("b", "B", 0.2), new BarChart.Point("c", "C", 0.3)), VI);
        assertThat(chart.bars()).extracting(BarChart.Bar::barY)
                .containsExactly(BarChart.TOP + BarChart.BAR_TOP, BarChart.TOP + BarChart.BAR_TOP + BarChart.ROW,
                        BarChart.TOP + BarChart.BAR_TOP + 2 * BarChart.ROW);
        assertThat(chart.height()).isEqualTo(3 * BarChart.ROW + 2 * BarChart.TOP);
        assertThat(chart.viewBox()).isEqualTo("0 0 " + BarChart.WIDTH + " " + chart.height());
        // the figure stands right of its bar
        assertThat(chart.bars().get(2).figureX()).isEqualTo(chart.bars().get(2).barWidth() + 6);
    }

    @Test
    void nothing_to_count_is_no_bar_and_a_dash_never_zero_percent() {
        BarChart chart = BarChart.of("c", "t", List.of(new BarChart.Point("a", "A", null),
                new BarChart.Point("b", "B", 0.0), new BarChart.Point("c", "C", Double.NaN)), VI);
        assertThat(chart.bars()).extracting(BarChart.Bar::none).containsExactly(true, false, true);
        assertThat(chart.bars()).extracting(BarChart.Bar::figure).containsExactly("–", "0%", "–");
        assertThat(chart.bars()).extracting(BarChart.Bar::barWidth).containsExactly(0, 0, 0);
    }

    @Test
    void a_tiny_share_stays_visible_and_shares_outside_0_to_1_are_bounded() {
        BarChart chart = BarChart.of("c", "t", List.of(new BarChart.Point("a", "A", 0.0001),
                new BarChart.Point("b", "B", 1.7), new BarChart.Point("c", "C", -0.2)), VI);
        assertThat(chart.bars()).extracting(BarChart.Bar::barWidth).containsExactly(1, BarChart.BAR_MAX, 0);
    }

    @Test
    void an_empty_chart_still_has_a_height() {
        assertThat(BarChart.of("c", "t", List.of(), VI).height()).isEqualTo(BarChart.ROW);
    }
}
