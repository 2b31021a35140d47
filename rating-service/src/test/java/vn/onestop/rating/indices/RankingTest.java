package vn.onestop.rating.indices;

import org.junit.jupiter.api.Test;
import vn.onestop.rating.indices.domain.Ranking;
import vn.onestop.rating.indices.domain.ScoreBand;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    static Ranking.Entry e(String unit, String total) {
        BigDecimal t = new BigDecimal(total);
        return new Ranking.Entry(unit, "unit " + unit, t, ScoreBand.of(t));
    }

    @Test
    void ranks_highest_first_with_shared_ranks_and_moves_against_the_previous_period() {
        List<Ranking.Ranked> ranked = Ranking.rank(
                List.of(e("96001", "64.80"), e("96002", "49.33"), e("96003", "95.20"), e("96004", "12.00")),
                List.of(e("96001", "49.00"), e("96002", "82.00"), e("96003", "12.00"), e("96004", "12.00")));
        assertThat(ranked).extracting(Ranking.Ranked::unit).containsExactly("96003", "96001", "96002", "96004");
        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranked).extracting(Ranking.Ranked::previousRank).containsExactly(3, 2, 1, 3);
        assertThat(ranked).extracting(Ranking.Ranked::change).containsExactly(2, 0, -2, -1);
        assertThat(ranked).extracting(Ranking.Ranked::movement)
                .containsExactly("rank 1, up 2", "rank 2, unchanged", "rank 3, down 2", "rank 4, down 1");
    }

    @Test
    void equal_totals_share_a_rank_and_the_next_rank_skips() {
        List<Ranking.Ranked> ranked = Ranking.rank(
                List.of(e("a", "80"), e("b", "70"), e("c", "70"), e("d", "60"), e("e", "60"), e("f", "10")),
                List.of());
        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 2, 4, 4, 6);
        assertThat(ranked).extracting(Ranking.Ranked::movement).first().isEqualTo("rank 1, new");
    }

    @Test
    void rank_41_up_8() {
        List<Ranking.Entry> now = new java.util.ArrayList<>();
        List<Ranking.Entry> before = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String unit = String.format("u%02d", i);
            now.add(e(unit, Integer.toString(200 - i)));
            before.add(e(unit, Integer.toString(200 - i)));
        }
        // u49 climbs from 49th to 41st: it scores between u40 and u41 now
        now.set(48, e("u49", "159.5"));
        Ranking.Ranked u49 = Ranking.rank(now, before).stream().filter(r -> r.unit().equals("u49")).findFirst().orElseThrow();
        assertThat(u49.movement()).isEqualTo("rank 41, up 8");
    }
}
