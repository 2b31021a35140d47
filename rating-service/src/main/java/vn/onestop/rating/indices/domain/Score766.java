package vn.onestop.rating.indices.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Decision 766 score: each group's points and maximum (by group name, in the formula's order), the
 * total (≤ 100) and its band, the version of the formula that computed them, and, for formulas that
 * score sub-criteria, each criterion with its figure. A criterion the platform cannot compute yet
 * has no points and says why; its maximum is counted in {@code notComputed}, never as full marks.
 */
public record Score766(String formulaVersion, Map<String, BigDecimal> groups, Map<String, BigDecimal> maxima,
                       BigDecimal total, ScoreBand band, List<Criterion> criteria, BigDecimal notComputed) {

    public Score766 {
        groups = new LinkedHashMap<>(groups);
        maxima = new LinkedHashMap<>(maxima);
        criteria = List.copyOf(criteria);
    }

    /**
     * One sub-criterion. {@code points} null: not computed, {@code notComputedBecause} says why;
     * {@code ratio} is the figure the points come from (null when there is nothing to count);
     * {@code rule} how the ratio becomes points.
     */
    public record Criterion(String group, String code, String name, BigDecimal maximum, BigDecimal points, Double ratio,
                            String rule, String notComputedBecause) {
    }

    /** The five groups of version 1, in its order. */
    public static Map<String, BigDecimal> groups(BigDecimal publicity, BigDecimal progress, BigDecimal digitization,
                                                 BigDecimal online, BigDecimal satisfaction) {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        groups.put("publicity", publicity);
        groups.put("progress", progress);
        groups.put("digitization", digitization);
        groups.put("online", online);
        groups.put("satisfaction", satisfaction);
        return groups;
    }

    public static BigDecimal sum(Map<String, BigDecimal> groups) {
        return groups.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
