package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's report: one tree of figures, written as report.json and rendered as report.md from the
 * same tree, so the two never disagree. docs/benchmarks.md explains each figure.
 */
public final class Report {

    private final Map<String, Object> figures;

    Report(Map<String, Object> figures) {
        this.figures = figures;
    }

    /** The figures, as written to report.json. */
    public Map<String, Object> figures() {
        return figures;
    }

    /** Count and p50/p90/p99/p99.9/max of a histogram of microseconds, in milliseconds. */
    static Map<String, Object> percentiles(Histogram micros) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("count", micros.getTotalCount());
        if (micros.getTotalCount() == 0) {
            return p;
        }
        p.put("p50", ms(micros.getValueAtPercentile(50)));
        p.put("p90", ms(micros.getValueAtPercentile(90)));
        p.put("p99", ms(micros.getValueAtPercentile(99)));
        p.put("p99.9", ms(micros.getValueAtPercentile(99.9)));
        p.put("max", ms(micros.getMaxValue()));
        return p;
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    /** Writes report.json and report.md into {@code dir}; returns the Markdown file. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"),
                Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures) + "\n");
        Path markdown = dir.resolve("report.md");
        Files.writeString(markdown, markdown());
        return markdown;
    }

    /** The Markdown rendering of the figures. */
    public String markdown() {
        JsonNode r = Http.JSON.valueToTree(figures);
        if (r.path("scenario").asText().equals(Idle.SCENARIO)) {
            return Idle.markdown(r);
        }
        StringBuilder md = new StringBuilder();
        String unit = r.path("unit").asText();
        md.append("# Benchmark report: ").append(r.path("scenario").asText()).append("\n\n");
        md.append("Started ").append(r.path("startedAt").asText()).append(", commit `")
                .append(r.path("versions").path("git").asText("unknown")).append("`.\n\n");
        if (!r.path("warning").isMissingNode()) {
            md.append("> **").append(r.path("warning").asText()).append("**\n\n");
        }

        md.append("## Machine and versions\n\n| | |\n|---|---|\n");
        r.path("machine").fields().forEachRemaining(e -> row(md, e.getKey(), e.getValue().asText()));
        r.path("versions").fields().forEachRemaining(e -> row(md, e.getKey(), e.getValue().asText()));

        md.append("\n## Parameters\n\n| | |\n|---|---|\n");
        r.path("parameters").fields().forEachRemaining(e -> row(md, e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));

        JsonNode load = r.path("load");
        md.append("\n## Load (open loop, latency from the intended send time)\n\n| | |\n|---|---|\n");
        row(md, "offered", load.path("offered").asText() + " at " + load.path("offeredPerSecond").asText() + "/s");
        row(md, "accepted", load.path("accepted").asText() + " (" + load.path("acceptedPerSecond").asText() + "/s)");
        row(md, "errors", load.path("errorCount").asText());
        row(md, "generator's worst lateness", load.path("worstSchedulerLagMs").asText() + " ms");
        md.append("\nLatency of accepted submissions (ms):\n\n");
        percentileTable(md, load.path("latencyMs"));
        if (load.path("errors").size() > 0) {
            md.append("\nErrors by kind:\n\n| kind | count |\n|---|---|\n");
            load.path("errors").fields().forEachRemaining(e -> row(md, e.getKey(), e.getValue().asText()));
        }

        JsonNode own = r.path("scenarioResults");
        if (own.size() > 0) {
            md.append("\n## Scenario results\n\n| | |\n|---|---|\n");
            own.fields().forEachRemaining(e -> {
                if (!e.getKey().endsWith("Ms")) {
                    row(md, e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
                }
            });
            own.fields().forEachRemaining(e -> {
                if (e.getKey().endsWith("Ms")) {
                    md.append("\n").append(e.getKey()).append(":\n\n");
                    percentileTable(md, e.getValue());
                }
            });
        }

        JsonNode window = r.path("window");
        md.append("\n## Resources over the window\n\n");
        md.append("Window: from the first request to the end of the drain, ").append(window.path("seconds").asText())
                .append(" s; drained: ").append(window.path("drained").asText()).append(" (drain ")
                .append(window.path("drainSeconds").asText()).append(" s). Machine busy: ")
                .append(r.path("cpu").path("machineBusyPercent").asText()).append(" % of all cores.\n\n");
        md.append("| process | CPU ms | CPU ms per ").append(unit).append(" | cores (avg) | peak memory MiB | in stack sum |\n");
        md.append("|---|---|---|---|---|---|\n");
        r.path("cpu").path("processes").fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            md.append("| ").append(e.getKey()).append(" | ").append(p.path("cpuMs").asText()).append(" | ")
                    .append(p.path("cpuMsPerUnit").asText()).append(" | ").append(p.path("cores").asText()).append(" | ")
                    .append(r.path("memory").path(e.getKey()).path("peakMiB").asText("-")).append(" | ")
                    .append(p.path("inStack").asBoolean() ? "yes" : "no").append(" |\n");
        });
        md.append("| **stack** | ").append(r.path("cpu").path("stackMs").asText()).append(" | **")
                .append(r.path("cpu").path("stackMsPerUnit").asText()).append("** | | | |\n");

        md.append("\n## Consumer lag and outbox backlog\n\n| | start | end of load | end | max |\n|---|---|---|---|---|\n");
        for (String series : new String[]{"consumerLag", "outboxBacklog"}) {
            JsonNode s = r.path(series);
            md.append("| ").append(series).append(" | ").append(s.path("start").asText()).append(" | ")
                    .append(s.path("endOfLoad").asText()).append(" | ").append(s.path("end").asText()).append(" | ")
                    .append(s.path("max").asText()).append(" |\n");
        }
        JsonNode footprint = r.path("footprint");
        if (!footprint.isMissingNode()) {
            md.append("\n## Footprint: what PostgreSQL and Kafka counted\n\nPer ").append(unit).append(":\n\n| | |\n|---|---|\n");
            footprint.path("perUnit").fields().forEachRemaining(e -> row(md, e.getKey(), e.getValue().asText()));
            md.append("\nPer service database over the window (`pg_stat_database`; statements: `pg_stat_statements`):\n\n"
                    + "| database | statements | xact_commit | xact_rollback | tup_inserted | tup_updated | tup_deleted |\n"
                    + "|---|---|---|---|---|---|---|\n");
            footprint.path("databases").fields().forEachRemaining(e -> md.append("| ").append(e.getKey()).append(" | ")
                    .append(e.getValue().path("statements").asText("not counted")).append(" | ")
                    .append(e.getValue().path("xact_commit").asText()).append(" | ")
                    .append(e.getValue().path("xact_rollback").asText()).append(" | ")
                    .append(e.getValue().path("tup_inserted").asText()).append(" | ")
                    .append(e.getValue().path("tup_updated").asText()).append(" | ")
                    .append(e.getValue().path("tup_deleted").asText()).append(" |\n"));
            md.append("\nKafka records written per topic: ");
            footprint.path("kafkaRecordsByTopic").fields().forEachRemaining(e -> md.append("`").append(e.getKey())
                    .append("` ").append(e.getValue().asText()).append("; "));
            md.append("total ").append(footprint.path("kafkaRecords").asText()).append(".\n");
        }
        JsonNode bound = r.path("bound");
        if (!bound.isMissingNode()) {
            md.append("\n## The bound: PostgreSQL and Kafka alone, same machine, ").append(bound.path("secondsEach").asText())
                    .append(" s each\n\n| measure | rate /s | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
            for (JsonNode pg : bound.path("postgresqlInserts")) {
                md.append("| PostgreSQL one-row JSONB INSERT, ").append(pg.path("clients").asText()).append(" connections | ")
                        .append(pg.path("transactionsPerSecond").asText()).append(" | ")
                        .append(pg.path("latencyMs").path("p50").asText("-")).append(" | ")
                        .append(pg.path("latencyMs").path("p99").asText("-")).append(" | ")
                        .append(pg.path("latencyMs").path("max").asText("-")).append(" |\n");
            }
            JsonNode kafka = bound.path("kafkaProduce");
            md.append("| Kafka produce, 1 KB, acks=all, idempotent, 3 partitions | ")
                    .append(kafka.path("recordsPerSecond").asText()).append(" | ")
                    .append(kafka.path("latencyMs").path("p50").asText("-")).append(" | ")
                    .append(kafka.path("latencyMs").path("p99").asText("-")).append(" | ")
                    .append(kafka.path("latencyMs").path("max").asText("-")).append(" |\n");
            if (r.has("boundFractions")) {
                md.append("\nThe platform's use of the bound at the accepted rate:\n\n| | |\n|---|---|\n");
                r.path("boundFractions").fields().forEachRemaining(e -> row(md, e.getKey(), e.getValue().asText()));
            }
        }
        flowable(md, r);
        md.append("\nConsumer lag: records the platform's consumer groups have not committed (-1: the broker did not "
                + "answer). Outbox backlog: the sum of the services' `onestop_outbox_backlog` gauges, which they "
                + "refresh every `onestop.metrics.gauge-refresh` (20 s in production).\n");
        return md.toString();
    }

    /** Issue 12, scenario 5: each Flowable phase, then the platform beside the first one (same rate). */
    private static void flowable(StringBuilder md, JsonNode r) {
        if (!r.has("flowable")) {
            return;
        }
        JsonNode side = r.path("platformVsFlowable");
        md.append("\n## Side by side: the platform and a Flowable 7 process of the same bundle\n\n")
                .append("Same open loop, rate and duration; Flowable embedded in the benchmark's JVM on the same "
                        + "PostgreSQL (ADR 0031). CPU per bundle: the platform's stack; Flowable's JVM (engine and "
                        + "driver) plus PostgreSQL. Ratios are platform / Flowable.\n\n")
                .append("| | bundles accepted | finished | finished /s | to third result p50 / p90 / p99 ms "
                        + "| CPU ms per bundle | PostgreSQL CPU ms per bundle |\n|---|---|---|---|---|---|---|\n");
        for (String who : new String[]{"platform", "flowable"}) {
            JsonNode s = side.path(who);
            JsonNode t = s.path("submissionToThirdResultMs");
            md.append("| ").append(who).append(" | ").append(s.path("bundlesAccepted").asText()).append(" | ")
                    .append(s.path("bundlesFinished").asText()).append(" | ").append(s.path("finishedPerSecond").asText())
                    .append(" | ").append(t.path("p50").asText("-")).append(" / ").append(t.path("p90").asText("-"))
                    .append(" / ").append(t.path("p99").asText("-")).append(" | ").append(s.path("cpuMsPerBundle").asText())
                    .append(" | ").append(s.path("postgresqlCpuMsPerBundle").asText()).append(" |\n");
        }
        md.append("\nRatios (platform / Flowable; for bundlesPerCpuSecond, above 1 means the platform does more "
                + "bundles per CPU second):\n\n| | |\n|---|---|\n");
        side.path("ratiosPlatformOverFlowable").fields().forEachRemaining(e -> row(md, e.getKey(), e.getValue().asText()));
        for (JsonNode phase : r.path("flowable")) {
            JsonNode load = phase.path("load");
            JsonNode own = phase.path("scenarioResults");
            md.append("\n### Flowable at ").append(phase.path("parameters").path("rate").asText())
                    .append(" bundles/s\n\n| | |\n|---|---|\n");
            row(md, "offered", load.path("offered").asText() + " at " + load.path("offeredPerSecond").asText() + "/s");
            row(md, "accepted", load.path("accepted").asText() + " (" + load.path("acceptedPerSecond").asText() + "/s)");
            row(md, "errors", load.path("errorCount").asText() + " " + load.path("errors").toString());
            own.fields().forEachRemaining(e -> {
                if (!e.getKey().endsWith("Ms")) {
                    row(md, e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
                }
            });
            row(md, "window", phase.path("window").path("seconds").asText() + " s (after the load "
                    + phase.path("window").path("drainSeconds").asText() + " s)");
            phase.path("cpu").fields().forEachRemaining(e -> row(md, e.getKey(), e.getValue().asText()));
            md.append("\nSubmission (the process started, its first task created and committed), ms:\n\n");
            percentileTable(md, load.path("latencyMs"));
            md.append("\nSubmission to third result, ms:\n\n");
            percentileTable(md, own.path("submissionToThirdResultMs"));
        }
        md.append("\nParameters of the Flowable phases: ").append(r.path("flowable").path(0).path("parameters").toString())
                .append("\n");
    }

    private static void percentileTable(StringBuilder md, JsonNode p) {
        md.append("| count | p50 | p90 | p99 | p99.9 | max |\n|---|---|---|---|---|---|\n| ")
                .append(p.path("count").asText()).append(" | ").append(p.path("p50").asText("-")).append(" | ")
                .append(p.path("p90").asText("-")).append(" | ").append(p.path("p99").asText("-")).append(" | ")
                .append(p.path("p99.9").asText("-")).append(" | ").append(p.path("max").asText("-")).append(" |\n");
    }

    static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
