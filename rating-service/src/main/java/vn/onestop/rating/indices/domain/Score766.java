package vn.onestop.rating.indices.domain;

import java.math.BigDecimal;

/**
 * A Decision 766 score: the five groups' points, their maxima, the total (≤ 100) and its band, and
 * the version of the formula that computed them.
 */
public record Score766(String formulaVersion, Groups groups, Groups maxima, BigDecimal total, ScoreBand band) {

    public record Groups(BigDecimal publicity, BigDecimal progress, BigDecimal digitization, BigDecimal online,
                         BigDecimal satisfaction) {

        public BigDecimal sum() {
            return publicity.add(progress).add(digitization).add(online).add(satisfaction);
        }
    }
}
