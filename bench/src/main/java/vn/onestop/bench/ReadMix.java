package vn.onestop.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The reads scenario's requests, one kind after the other in turn, and the latency of each kind
 * apart (microseconds from the intended send time, as {@link OpenLoop} counts the combined figure),
 * with the target for the kinds that have one.
 */
final class ReadMix {

    /** What is read, its key in the report, and its p99 target in ms (0: none). */
    enum Kind {
        DOSSIER_BY_CODE("dossierByCode", 10),
        TASK_LIST_PAGE("taskListPage", 50),
        CITIZEN_DOCUMENTS("citizenDocuments", 50),
        INDICES("indices", 0);

        final String key;
        final double p99TargetMs;

        Kind(String key, double p99TargetMs) {
            this.key = key;
            this.p99TargetMs = p99TargetMs;
        }

        /** Request {@code index} reads this kind: the four in turn, so each gets a quarter of the rate. */
        static Kind of(long index) {
            return values()[(int) (index % values().length)];
        }
    }

    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private final Map<Kind, Histogram> latency = new EnumMap<>(Kind.class);

    ReadMix() {
        for (Kind kind : Kind.values()) {
            latency.put(kind, new ConcurrentHistogram(HIGHEST_MICROS, 3));
        }
    }

    /** An answered read of {@code kind}, {@code micros} after it was due. */
    void record(Kind kind, long micros) {
        latency.get(kind).recordValue(Math.min(HIGHEST_MICROS, Math.max(0, micros)));
    }

    /**
     * The scenario's figures: the dossiers in the database, then per kind its percentiles (keys ending
     * in {@code Ms}, which the report renders as tables) and whether its p99 met the target.
     */
    Map<String, Object> results(long dossiersInDatabase) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("dossiersInDatabase", dossiersInDatabase);
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            Histogram h = latency.get(kind);
            if (kind.p99TargetMs > 0) {
                targets.put(kind.key, h.getTotalCount() == 0 ? "no answer"
                        : (h.getValueAtPercentile(99) / 1000.0 <= kind.p99TargetMs ? "met" : "missed")
                                + " (p99 ≤ " + (long) kind.p99TargetMs + " ms)");
            }
        }
        results.put("p99Targets", targets);
        for (Kind kind : Kind.values()) {
            results.put(kind.key + "Ms", Report.percentiles(latency.get(kind)));
        }
        return results;
    }
}
