package vn.onestop.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The reads scenario's requests, the kinds offered one after the other in turn, and the latency of each kind
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

        /** The kinds named (report keys), in their own order; all four when none is named. */
        static List<Kind> all(List<String> keys) {
            if (keys.isEmpty()) {
                return List.of(values());
            }
            List<Kind> kinds = new ArrayList<>();
            for (String key : keys) {
                kinds.add(Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown read kind '" + key
                                + "' (dossierByCode, taskListPage, citizenDocuments, indices)")));
            }
            return kinds;
        }
    }

    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private final List<Kind> kinds;
    private final Map<Kind, Histogram> latency = new EnumMap<>(Kind.class);

    /** The mix of {@code kinds}, offered in turn (each gets an equal share of the rate). */
    ReadMix(List<Kind> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a mix of no read");
        }
        this.kinds = List.copyOf(kinds);
        for (Kind kind : kinds) {
            latency.put(kind, new ConcurrentHistogram(HIGHEST_MICROS, 3));
        }
    }

    /** What request {@code index} reads. */
    Kind of(long index) {
        return kinds.get((int) (index % kinds.size()));
    }

    /** The kinds offered, for the report. */
    List<Kind> kinds() {
        return kinds;
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
        for (Kind kind : kinds) {
            Histogram h = latency.get(kind);
            if (kind.p99TargetMs > 0) {
                targets.put(kind.key, h.getTotalCount() == 0 ? "no answer"
                        : (h.getValueAtPercentile(99) / 1000.0 <= kind.p99TargetMs ? "met" : "missed")
                                + " (p99 ≤ " + (long) kind.p99TargetMs + " ms)");
            }
        }
        results.put("p99Targets", targets);
        for (Kind kind : kinds) {
            results.put(kind.key + "Ms", Report.percentiles(latency.get(kind)));
        }
        return results;
    }
}
