package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    @Test
    void percentiles_are_in_milliseconds_from_a_histogram_of_microseconds() {
        Histogram micros = new Histogram(3_600_000_000L, 3);
        for (int i = 1; i <= 1000; i++) {
            micros.recordValue(i * 1000L);   // 1 ms .. 1000 ms
        }
        Map<String, Object> p = Report.percentiles(micros);

        assertThat(p.get("count")).isEqualTo(1000L);
        assertThat((double) p.get("p50")).isBetween(499.0, 501.0);
        assertThat((double) p.get("p99")).isBetween(989.0, 991.0);
        assertThat((double) p.get("max")).isBetween(999.0, 1001.0);
        assertThat(Report.percentiles(new Histogram(3))).containsOnlyKeys("count");
    }

    /** report.json and report.md come from the same figures: what one says, the other says. */
    @Test
    void writes_json_and_markdown_from_the_same_figures(@TempDir Path dir) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("scenario", "intake");
        figures.put("unit", "dossier");
        figures.put("startedAt", "2026-01-01T00:00:00Z");
        figures.put("warning", "the machine was busy before the run");
        figures.put("machine", Map.of("cores", 2));
        figures.put("versions", Map.of("git", "abc123"));
        figures.put("parameters", Map.of("rate", 10.0));
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("offered", 200);
        load.put("offeredPerSecond", 10.0);
        load.put("accepted", 198);
        load.put("acceptedPerSecond", 9.9);
        load.put("errorCount", 2);
        load.put("errors", Map.of("http 503 overloaded", 2));
        load.put("latencyMs", Map.of("count", 198, "p50", 12.5, "p90", 20.0, "p99", 45.25, "p99.9", 60.0, "max", 61.0));
        figures.put("load", load);
        figures.put("scenarioResults", Map.of("dossiersAccepted", 198));
        figures.put("window", Map.of("seconds", 25.0, "drained", true, "drainSeconds", 5.0));
        figures.put("cpu", Map.of("processes", Map.of("intake-service", Map.of("cpuMs", 1980, "cpuMsPerUnit", 10.0,
                "cores", 0.08, "inStack", true)), "stackMs", 1980, "stackMsPerUnit", 10.0, "machineBusyPercent", 40.0));
        figures.put("memory", Map.of("intake-service", Map.of("peakMiB", 300.5)));
        figures.put("consumerLag", Map.of("start", 0, "endOfLoad", 3, "end", 0, "max", 7));
        figures.put("outboxBacklog", Map.of("start", 0, "endOfLoad", 1, "end", 0, "max", 2));

        Path markdown = new Report(figures).write(dir);

        JsonNode json = Http.JSON.readTree(Files.readString(dir.resolve("report.json")));
        assertThat(json.path("load").path("latencyMs").path("p99").asDouble()).isEqualTo(45.25);
        String md = Files.readString(markdown);
        assertThat(md).contains("# Benchmark report: intake", "**the machine was busy before the run**",
                "| 198 | 12.5 | 20.0 | 45.25 | 60.0 | 61.0 |", "| http 503 overloaded | 2 |",
                "| intake-service | 1980 | 10.0 | 0.08 | 300.5 | yes |", "| consumerLag | 0 | 3 | 0 | 7 |",
                "drained: true");
    }

    /** The platform beside Flowable: each side's figures, the ratios platform / Flowable, and the Markdown of both. */
    @Test
    void compares_the_platform_with_flowable_at_the_same_rate(@TempDir Path dir) throws Exception {
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("scenario", "chains");
        platform.put("unit", "bundle");
        platform.put("scenarioResults", Map.of("bundlesAccepted", 40, "bundlesFinished", 40,
                "submissionToThirdResultMs", Map.of("count", 40, "p50", 900.0, "p90", 1200.0, "p99", 1500.0)));
        platform.put("cpu", Map.of("processes", Map.of("postgresql", Map.of("cpuMsPerUnit", 100.0)),
                "stackMsPerUnit", 400.0, "stackMs", 16000, "machineBusyPercent", 50.0));
        Map<String, Object> flowable = new LinkedHashMap<>();
        flowable.put("parameters", Map.of("rate", 1.0));
        flowable.put("load", Map.of("offered", 40, "offeredPerSecond", 1.0, "accepted", 40, "acceptedPerSecond", 1.0,
                "errorCount", 0, "errors", Map.of(), "latencyMs", Map.of("count", 40, "p50", 20.0)));
        flowable.put("scenarioResults", Map.of("bundlesAccepted", 40, "bundlesFinished", 20,
                "submissionToThirdResultMs", Map.of("count", 20, "p50", 1800.0, "p90", 2400.0, "p99", 3000.0)));
        flowable.put("window", Map.of("seconds", 45.0, "drainSeconds", 5.0));
        flowable.put("cpu", Map.of("benchJvmMsPerBundle", 600.0, "postgresqlMsPerBundle", 200.0,
                "flowableMsPerBundle", 800.0));

        Map<String, Object> side = Bench.comparison(platform, flowable, java.time.Duration.ofSeconds(40));

        JsonNode json = Http.JSON.valueToTree(side);
        assertThat(json.path("platform").path("finishedPerSecond").asDouble()).isEqualTo(1.0);
        assertThat(json.path("flowable").path("finishedPerSecond").asDouble()).isEqualTo(0.5);
        JsonNode ratios = json.path("ratiosPlatformOverFlowable");
        assertThat(ratios.path("finishedPerSecond").asDouble()).isEqualTo(2.0);
        assertThat(ratios.path("submissionToThirdResult p50").asDouble()).isEqualTo(0.5);
        assertThat(ratios.path("cpuMsPerBundle").asDouble()).isEqualTo(0.5);
        assertThat(ratios.path("postgresqlCpuMsPerBundle").asDouble()).isEqualTo(0.5);
        assertThat(ratios.path("bundlesPerCpuSecond").asDouble()).isEqualTo(2.0);

        platform.put("flowable", java.util.List.of(flowable));
        platform.put("platformVsFlowable", side);
        String md = new Report(platform).markdown();
        assertThat(md).contains("## Side by side: the platform and a Flowable 7 process of the same bundle",
                "| platform | 40 | 40 | 1.0 | 900.0 / 1200.0 / 1500.0 | 400.0 | 100.0 |",
                "| flowable | 40 | 20 | 0.5 | 1800.0 / 2400.0 / 3000.0 | 800.0 | 200.0 |",
                "| bundlesPerCpuSecond | 2.0 |", "### Flowable at 1.0 bundles/s", "| flowableMsPerBundle | 800.0 |");
    }
}
