package vn.onestop.rating.indices;

import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.rating.indices.domain.Formula766;
import vn.onestop.rating.indices.domain.Formula766V1;
import vn.onestop.rating.indices.domain.IndexFigures;
import vn.onestop.rating.indices.domain.Score766;
import vn.onestop.rating.indices.domain.ScoreBand;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A second formula version, only in tests: keeps the progress group of v1 and scores nothing else,
 * to show that re-scoring a period with another version keeps the earlier version's snapshot.
 */
@ApplicationScoped
public class ProgressOnlyFormula implements Formula766 {

    public static final String VERSION = "test-progress-only";

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Score766 score(IndexFigures figures) {
        Score766 v1 = new Formula766V1().score(figures);
        Map<String, BigDecimal> groups = Score766.groups(BigDecimal.ZERO.setScale(2), v1.groups().get("progress"),
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
        return new Score766(VERSION, groups, v1.maxima(), Score766.sum(groups), ScoreBand.of(Score766.sum(groups)),
                List.of(), BigDecimal.ZERO.setScale(2));
    }
}
