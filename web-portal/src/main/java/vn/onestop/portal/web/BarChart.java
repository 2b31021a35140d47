package vn.onestop.portal.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of shares (0..1), laid out here and drawn by the template as inline SVG
 * with presentation attributes only: the portal's CSP ({@code style-src 'self'}) refuses inline
 * style, and no script draws anything. One row per bar: its label, then the bar and its figure.
 * A share that cannot be computed (nothing to count) has no bar and the figure "–".
 */
public record BarChart(String id, String title, int width, int height, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int BAR_MAX = 520;
    static final int ROW = 44;
    static final int LABEL_BASELINE = 14;
    static final int BAR_TOP = 20;
    static final int BAR_HEIGHT = 16;
    static final int TOP = 4;

    /** A bar's label and share; {@code share} null: nothing to count. */
    public record Point(String key, String label, Double share) {
    }

    /**
     * A drawn bar: {@code barWidth} in the chart's units (0 for no figure), the label's and the
     * figure's positions, and the figure as a percentage in the page's language.
     */
    public record Bar(String key, String label, String figure, int labelY, int barY, int barWidth, int barHeight,
                      int figureX, int figureY, boolean none) {
    }

    public static BarChart of(String id, String title, List<Point> points, Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        percent.setMinimumFractionDigits(0);
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Point p : points) {
            boolean none = p.share() == null || p.share().isNaN();
            double share = none ? 0 : Math.max(0, Math.min(1, p.share()));
            int barWidth = (int) Math.round(share * BAR_MAX);
            // a share above zero stays visible, however small
            if (!none && share > 0 && barWidth == 0) {
                barWidth = 1;
            }
            bars.add(new Bar(p.key(), p.label(), none ? "–" : percent.format(share), y + LABEL_BASELINE, y + BAR_TOP,
                    barWidth, BAR_HEIGHT, barWidth + 6, y + BAR_TOP + BAR_HEIGHT - 3, none));
            y += ROW;
        }
        return new BarChart(id, title, WIDTH, Math.max(y + TOP, ROW), List.copyOf(bars));
    }

    /** The full width of a bar (100 %), drawn as the track behind each bar. */
    public int barMax() {
        return BAR_MAX;
    }

    /** The SVG's viewBox: the page scales the chart to its width. */
    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
