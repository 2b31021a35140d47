package vn.onestop.rating.indices.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks units by their Decision 766 total, highest first, with standard competition ranking (equal
 * totals share a rank and the next rank skips: 1, 2, 2, 4), and compares with their rank in the
 * previous period of the same length: {@code change} = previous rank − rank (positive: moved up).
 */
public final class Ranking {

    private Ranking() {
    }

    public record Entry(String unit, String name, BigDecimal total, ScoreBand band) {
    }

    public record Ranked(String unit, String name, BigDecimal total, ScoreBand band, int rank,
                         BigDecimal previousTotal, Integer previousRank, Integer change, String movement) {
    }

    public static List<Ranked> rank(List<Entry> current, List<Entry> previous) {
        Map<String, Integer> currentRanks = ranks(current);
        Map<String, Integer> previousRanks = ranks(previous);
        Map<String, BigDecimal> previousTotals = new HashMap<>();
        previous.forEach(e -> previousTotals.put(e.unit(), e.total()));
        List<Entry> sorted = new ArrayList<>(current);
        sorted.sort(ORDER);
        List<Ranked> ranked = new ArrayList<>();
        for (Entry e : sorted) {
            int rank = currentRanks.get(e.unit());
            Integer before = previousRanks.get(e.unit());
            Integer change = before == null ? null : before - rank;
            ranked.add(new Ranked(e.unit(), e.name(), e.total(), e.band(), rank, previousTotals.get(e.unit()), before,
                    change, movement(rank, change)));
        }
        return ranked;
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::total).reversed()
            .thenComparing(Entry::unit);

    private static Map<String, Integer> ranks(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && sorted.get(i).total().compareTo(sorted.get(i - 1).total()) == 0;
            ranks.put(sorted.get(i).unit(), tie ? ranks.get(sorted.get(i - 1).unit()) : i + 1);
        }
        return ranks;
    }

    /** "rank 41, up 8", "rank 3, down 1", "rank 2, unchanged", "rank 5, new". */
    static String movement(int rank, Integer change) {
        if (change == null) {
            return "rank " + rank + ", new";
        }
        if (change == 0) {
            return "rank " + rank + ", unchanged";
        }
        return "rank " + rank + (change > 0 ? ", up " + change : ", down " + (-change));
    }
}
