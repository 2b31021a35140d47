package vn.onestop.rating.indices.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Version 1 of the Decision 766 scoring (docs/indices.md has the same table), kept for the snapshots
 * it computed; {@link Formula766V2} follows the national portal's published method. Each group is a
 * weighted sum of ratios of the period's figures; a group's points are rounded half-up to two
 * decimals and the total is the sum of the rounded groups.
 *
 * <pre>
 * publicity     18 = 12 × portal sync completeness + 6 × procedure-published share (ratings)   *verify*
 * progress      20 = 20 × (finished early + on time + in process on time) ÷ (finished + in process)
 * digitization  22 = 10 × digitized components rate + 6 × reuse rate + 6 × results digitized rate  *verify*
 * online        22 = 22 × online rate                                                          *verify*
 * satisfaction  18 = 6 × feedback on-time rate + 6 × feedback satisfaction rate + 6 × rating satisfied share
 * </pre>
 * A ratio with nothing to count (null) scores 0 for dossier and rating ratios (no data earns no
 * points) and full points for the two feedback ratios (no feedback: nothing was handled late or
 * badly) — *verify* both against the decision's guidance.
 */
public final class Formula766V1 implements Formula766 {

    public static final String VERSION = "766-v1";

    static final Map<String, BigDecimal> MAXIMA = Score766.groups(BigDecimal.valueOf(18), BigDecimal.valueOf(20),
            BigDecimal.valueOf(22), BigDecimal.valueOf(22), BigDecimal.valueOf(18));

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Score766 score(IndexFigures f) {
        double progressDenominator = f.finished() + f.inProcess();
        Double progressRatio = progressDenominator == 0 ? null
                : (f.finishedEarly() + f.finishedOnTime() + f.inProcessOnTime()) / progressDenominator;
        Map<String, BigDecimal> groups = Score766.groups(
                points(12 * orZero(f.portalSync().completeness()) + 6 * orZero(f.satisfaction().procedurePublishedShare())),
                points(20 * orZero(progressRatio)),
                points(10 * orZero(f.digitization().digitizedRate()) + 6 * orZero(f.digitization().reuseRate())
                        + 6 * orZero(f.digitization().resultsDigitizedRate())),
                points(22 * orZero(f.onlineRate())),
                points(6 * orOne(f.feedback().onTimeRate()) + 6 * orOne(f.feedback().satisfactionRate())
                        + 6 * orZero(f.satisfaction().satisfiedShare())));
        BigDecimal total = Score766.sum(groups);
        return new Score766(VERSION, groups, MAXIMA, total, ScoreBand.of(total), List.of(), BigDecimal.ZERO.setScale(2));
    }

    private static double orZero(Double ratio) {
        return ratio == null ? 0 : ratio;
    }

    private static double orOne(Double ratio) {
        return ratio == null ? 1 : ratio;
    }

    static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
