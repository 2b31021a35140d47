package vn.onestop.rating.indices.domain;

import java.math.BigDecimal;

/**
 * The band of a Decision 766 total: EXCELLENT 90–100, GOOD 80–&lt;90, FAIR 70–&lt;80, AVERAGE 50–&lt;70,
 * WEAK &lt;50. The ends (90 excellent, &lt;50 weak) are in the brief; the middle bands are *verify*.
 */
public enum ScoreBand {
    EXCELLENT, GOOD, FAIR, AVERAGE, WEAK;

    public static ScoreBand of(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return EXCELLENT;
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return GOOD;
        }
        if (total.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return FAIR;
        }
        if (total.compareTo(BigDecimal.valueOf(50)) >= 0) {
            return AVERAGE;
        }
        return WEAK;
    }
}
