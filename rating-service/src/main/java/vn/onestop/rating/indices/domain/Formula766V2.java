package vn.onestop.rating.indices.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Version 2 of the Decision 766/QĐ-TTg scoring: the six groups and the sub-criteria the National
 * Public Service Portal publishes (docs/indices.md §6 has each one's source and what is still to
 * verify). Each criterion turns a ratio of the period's figures into points; a criterion the
 * platform cannot compute yet (it lacks the data, e.g. the national procedure database's publication
 * dates or online payments) scores nothing and says why, and its maximum is reported as
 * {@code notComputed}: the total never counts what is not known as full marks.
 *
 * <pre>
 * publicity     18 = published on time 6 (n/c) + made public on time 4 (n/c) + published in full 2 (n/c)
 *                    + 6 × portal sync completeness
 * progress      20 = 20 × (finished early + on time + in process on time) ÷ (finished + in process)
 * online        12 = 12 × dossiers of FULL procedures received online ÷ dossiers of FULL procedures
 * payment       10 = 10 × dossiers paid online ÷ dossiers owing a fee (n/c in v2, which was fixed before
 *                    the platform took online payments; scored from {@link Formula766V3})
 * satisfaction  18 = 6 × feedback answered on time (6 when there is no feedback)
 *                    + 6 × feedback satisfaction (6 when there is no feedback)
 *                    + min(6, 6 × handling ÷ 0.9), handling = 1 − (late, rated dissatisfied or with
 *                      feedback) ÷ finished (0 when nothing finished)
 * digitization  22 = min(6, 6 × approved with an e-result ÷ approved)
 *                    + 4 × dossiers without a paper left ÷ received
 *                    + communes offering e-certified copies 2 (n/c)
 *                    + min(2, 2 × dossiers reusing a component ÷ received ÷ 0.8)
 *                    + 4 × dossiers linked to the e-document store ÷ received
 *                    + population data 2 + 2 (n/c)
 * </pre>
 * A ratio with nothing to count (no dossier received, none finished) is not computed either, except
 * where the portal's method gives a value (feedback: full; handling: 0). Points are rounded half-up
 * to two decimals per criterion; a group is the sum of its criteria, the total the sum of the groups.
 */
public class Formula766V2 implements Formula766 {

    public static final String VERSION = "766-v2";

    private final String version;
    private final boolean onlinePayments;

    public Formula766V2() {
        this(VERSION, false);
    }

    /** A later version with the same criteria, {@code onlinePayments} scoring criterion 4.1. */
    protected Formula766V2(String version, boolean onlinePayments) {
        this.version = version;
        this.onlinePayments = onlinePayments;
    }

    static final String NO_PUBLICATION_DATA = "the catalog does not record the procedures' publication decisions, "
            + "their legal bases' effective dates or their publication in the national procedure database";
    static final String NOTHING_TO_COUNT = "nothing to count in the period";

    @Override
    public String version() {
        return version;
    }

    @Override
    public Score766 score(IndexFigures f) {
        List<Score766.Criterion> c = new ArrayList<>();
        c.add(notComputed("publicity", "1.1", "Procedures published on time", 6, NO_PUBLICATION_DATA));
        c.add(notComputed("publicity", "1.2", "Procedures made public on time", 4, NO_PUBLICATION_DATA));
        c.add(notComputed("publicity", "1.3", "Procedures published in full", 2, NO_PUBLICATION_DATA));
        c.add(linear("publicity", "1.4", "Dossiers synced with the national portal", 6, f.portalSync().completeness()));

        double progressDenominator = f.finished() + f.inProcess();
        c.add(linear("progress", "2.1", "Finished or in process on time", 20, progressDenominator == 0 ? null
                : (f.finishedEarly() + f.finishedOnTime() + f.inProcessOnTime()) / progressDenominator));

        c.add(linear("online", "3.1", "Dossiers of full-process online procedures received online", 12,
                f.onlineService().rate()));

        c.add(onlinePayments ? linear("payment", "4.1", "Dossiers paid online", 10, f.payment().rate())
                : notComputed("payment", "4.1", "Dossiers paid online", 10, "version " + version + " was fixed before "
                + "the platform took online payments; 766-v3 scores them (" + f.payment().feeBearingDossiers()
                + " dossiers owed a fee)"));

        c.add(feedback("5.1", "Feedback answered on time", f.feedback().received(), f.feedback().onTimeRate()));
        c.add(feedback("5.2", "Satisfaction with the handling of feedback", f.feedback().received(),
                f.feedback().satisfactionRate()));
        Double handling = f.handling().rate();
        c.add(criterion("satisfaction", "5.3", "Dossiers handled without lateness, dissatisfaction or feedback", 6,
                handling == null ? BigDecimal.ZERO.setScale(2) : points(Math.min(6, 6 * handling / 0.9)), handling,
                "min(6, 6 × R ÷ 0.9); 0 when nothing was finished", null));

        IndexFigures.Digitization d = f.digitization();
        c.add(capped("digitization", "6.1", "Approved dossiers with a legally valid electronic result", 6,
                d.resultsDigitizedRate(), 1.0));
        c.add(linear("digitization", "6.2", "Dossiers digitized (no paper left)", 4, d.fullyDigitizedRate()));
        c.add(notComputed("digitization", "6.3", "Communes offering electronic certified copies", 2,
                "which communes offer electronic certified copies is not recorded"));
        c.add(capped("digitization", "6.4", "Dossiers reusing digitized data", 2, d.reusingRate(), 0.8));
        c.add(linear("digitization", "6.5", "Dossiers linked to the citizen's e-document store", 4,
                d.linkedToStoreRate()));
        c.add(notComputed("digitization", "6.6", "Procedures using population data", 2,
                "the platform is not connected to the national population database"));
        c.add(notComputed("digitization", "6.7", "Dossiers using population data", 2,
                "the platform is not connected to the national population database"));

        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        BigDecimal notComputed = BigDecimal.ZERO.setScale(2);
        for (Score766.Criterion criterion : c) {
            groups.merge(criterion.group(), criterion.points() == null ? BigDecimal.ZERO.setScale(2) : criterion.points(),
                    BigDecimal::add);
            maxima.merge(criterion.group(), criterion.maximum(), BigDecimal::add);
            if (criterion.points() == null) {
                notComputed = notComputed.add(criterion.maximum());
            }
        }
        BigDecimal total = Score766.sum(groups);
        return new Score766(version, groups, maxima, total, ScoreBand.of(total), c, notComputed);
    }

    /** P × R. */
    private static Score766.Criterion linear(String group, String code, String name, int max, Double ratio) {
        return ratio == null ? notComputed(group, code, name, max, NOTHING_TO_COUNT)
                : criterion(group, code, name, max, points(max * ratio), ratio, max + " × R", null);
    }

    /** Full points from {@code fullAt} on: min(P, P × R ÷ fullAt). */
    private static Score766.Criterion capped(String group, String code, String name, int max, Double ratio,
                                             double fullAt) {
        String rule = fullAt == 1.0 ? "min(" + max + ", " + max + " × R)"
                : "min(" + max + ", " + max + " × R ÷ " + fullAt + ")";
        return ratio == null ? notComputed(group, code, name, max, NOTHING_TO_COUNT)
                : criterion(group, code, name, max, points(Math.min(max, max * ratio / fullAt)), ratio, rule, null);
    }

    /** 6 × R, and the full 6 when no feedback was received (the portal's method). */
    private static Score766.Criterion feedback(String code, String name, long received, Double ratio) {
        if (received == 0 || ratio == null) {
            return criterion("satisfaction", code, name, 6, points(6), ratio, "6 × R; 6 when there is no feedback", null);
        }
        return criterion("satisfaction", code, name, 6, points(6 * ratio), ratio, "6 × R; 6 when there is no feedback",
                null);
    }

    private static Score766.Criterion notComputed(String group, String code, String name, int max, String because) {
        return criterion(group, code, name, max, null, null, null, because);
    }

    private static Score766.Criterion criterion(String group, String code, String name, int max, BigDecimal points,
                                                Double ratio, String rule, String because) {
        return new Score766.Criterion(group, code, name, BigDecimal.valueOf(max).setScale(2), points, ratio, rule, because);
    }

    static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
