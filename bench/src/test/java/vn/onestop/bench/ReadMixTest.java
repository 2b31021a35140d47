package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadMixTest {

    @Test
    void the_four_kinds_come_in_turn() {
        ReadMix mix = new ReadMix(ReadMix.Kind.all(List.of()));

        assertThat(mix.of(0)).isEqualTo(ReadMix.Kind.DOSSIER_BY_CODE);
        assertThat(mix.of(1)).isEqualTo(ReadMix.Kind.TASK_LIST_PAGE);
        assertThat(mix.of(2)).isEqualTo(ReadMix.Kind.CITIZEN_DOCUMENTS);
        assertThat(mix.of(3)).isEqualTo(ReadMix.Kind.INDICES);
        assertThat(mix.of(4)).isEqualTo(ReadMix.Kind.DOSSIER_BY_CODE);
        assertThat(mix.of(1_000_003)).isEqualTo(ReadMix.Kind.INDICES);
    }

    /** --kinds: only those, in the order given; a name that is no kind is refused with the list. */
    @Test
    void only_the_kinds_named_in_their_order() {
        ReadMix mix = new ReadMix(ReadMix.Kind.all(List.of("taskListPage", "dossierByCode")));

        assertThat(mix.of(0)).isEqualTo(ReadMix.Kind.TASK_LIST_PAGE);
        assertThat(mix.of(1)).isEqualTo(ReadMix.Kind.DOSSIER_BY_CODE);
        assertThat(mix.of(2)).isEqualTo(ReadMix.Kind.TASK_LIST_PAGE);
        assertThat(mix.results(10)).containsOnlyKeys("dossiersInDatabase", "p99Targets", "taskListPageMs",
                "dossierByCodeMs");
        assertThatThrownBy(() -> ReadMix.Kind.all(List.of("tasks")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown read kind 'tasks'");
    }

    /** Each kind is counted apart, in ms, and judged against its own target: 10 ms by code, 50 ms for a page. */
    @Test
    void reports_each_kind_apart_with_its_target() {
        ReadMix mix = new ReadMix(ReadMix.Kind.all(List.of()));
        for (int i = 1; i <= 100; i++) {
            mix.record(ReadMix.Kind.DOSSIER_BY_CODE, i * 100L);          // 0.1 .. 10 ms: p99 9.9 ms, met
            mix.record(ReadMix.Kind.TASK_LIST_PAGE, 40_000L + i * 1000L); // 41 .. 140 ms: missed
        }
        mix.record(ReadMix.Kind.INDICES, 250_000L);

        Map<String, Object> results = mix.results(1_000_000);

        assertThat(results.get("dossiersInDatabase")).isEqualTo(1_000_000L);
        @SuppressWarnings("unchecked")
        Map<String, Object> byCode = (Map<String, Object>) results.get("dossierByCodeMs");
        assertThat(byCode.get("count")).isEqualTo(100L);
        assertThat((double) byCode.get("p99")).isBetween(9.8, 10.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) results.get("taskListPageMs");
        assertThat((double) page.get("max")).isBetween(139.0, 141.0);
        assertThat(results.get("citizenDocumentsMs")).isEqualTo(Map.of("count", 0L));
        assertThat(results.get("p99Targets")).isEqualTo(Map.of("dossierByCode", "met (p99 ≤ 10 ms)",
                "taskListPage", "missed (p99 ≤ 50 ms)", "citizenDocuments", "no answer"));
    }

    /** The per-kind figures land in report.json and each gets its own table in report.md. */
    @Test
    void the_report_shows_each_kind_and_the_dossier_count() {
        ReadMix mix = new ReadMix(ReadMix.Kind.all(List.of()));
        mix.record(ReadMix.Kind.DOSSIER_BY_CODE, 2_000L);
        mix.record(ReadMix.Kind.INDICES, 120_000L);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("scenario", "reads");
        figures.put("unit", "read");
        figures.put("scenarioResults", mix.results(1_000_000));

        Report report = new Report(figures);
        JsonNode json = Http.JSON.valueToTree(report.figures());
        String md = report.markdown();

        assertThat(json.path("scenarioResults").path("dossiersInDatabase").asLong()).isEqualTo(1_000_000L);
        assertThat(json.path("scenarioResults").path("indicesMs").path("p50").asDouble()).isBetween(119.9, 120.1);
        assertThat(md).contains("# Benchmark report: reads", "| dossiersInDatabase | 1000000 |",
                "dossierByCodeMs:\n\n| count | p50 | p90 | p99 | p99.9 | max |\n|---|---|---|---|---|---|\n| 1 | 2.0 |",
                "taskListPageMs:", "citizenDocumentsMs:", "indicesMs:\n\n| count | p50 | p90 | p99 | p99.9 | max |\n|---|---|---|---|---|---|\n| 1 | 120.");
    }
}
