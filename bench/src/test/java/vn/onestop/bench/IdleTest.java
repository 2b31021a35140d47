package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class IdleTest {

    @Test
    void reads_a_threads_name_and_cpu_from_its_stat_line() {
        // the name may hold spaces and parentheses; utime and stime are the 14th and 15th fields
        String stat = "4242 (GC Thread#0) S 1 4242 4242 0 -1 4194368 120 0 0 0 37 5 0 0 20 0 21 0 100 0 0";

        ProcStat.ThreadCpu thread = ProcStat.parseThreadStat(stat);

        assertThat(thread.name()).isEqualTo("GC Thread#0");
        assertThat(thread.cpuMs()).isEqualTo(420);   // USER_HZ is 100 on Linux
    }

    @Test
    void groups_threads_by_name_without_their_number() {
        assertThat(Idle.group("executor-thread-12")).isEqualTo("executor-thread");
        assertThat(Idle.group("GC Thread#1")).isEqualTo("GC Thread");
        assertThat(Idle.group("C2 CompilerThre")).isEqualTo("C2 CompilerThre");
        assertThat(Idle.group("vert.x-eventloo")).isEqualTo("vert.x-eventloo");
        assertThat(Idle.group("42")).isEqualTo("42");
    }

    /** Only what each thread spent in the window counts; a thread born in it counts whole. */
    @Test
    void thread_groups_sum_the_window_largest_first() {
        Map<Long, ProcStat.ThreadCpu> before = Map.of(
                1L, new ProcStat.ThreadCpu("kafka-coordinat", 1000),
                2L, new ProcStat.ThreadCpu("GC Thread#0", 500),
                3L, new ProcStat.ThreadCpu("GC Thread#1", 500),
                4L, new ProcStat.ThreadCpu("main", 9000));
        Map<Long, ProcStat.ThreadCpu> after = Map.of(
                1L, new ProcStat.ThreadCpu("kafka-coordinat", 1300),
                2L, new ProcStat.ThreadCpu("GC Thread#0", 600),
                3L, new ProcStat.ThreadCpu("GC Thread#1", 650),
                4L, new ProcStat.ThreadCpu("main", 9000),
                5L, new ProcStat.ThreadCpu("executor-thread-7", 40));

        List<Map<String, Object>> groups = Idle.threadGroups(before, after, 60);

        assertThat(groups).extracting(g -> g.get("name"))
                .containsExactly("kafka-coordinat", "GC Thread", "executor-thread", "other threads");
        assertThat(groups.get(0)).containsEntry("cpuMs", 300L).containsEntry("percentOfACore", 0.5);
        assertThat(groups.get(1)).containsEntry("cpuMs", 250L).containsEntry("threads", 2L);
        assertThat(groups.get(3)).containsEntry("cpuMs", 0L).containsEntry("threads", 1L);
    }

    @Test
    void the_settle_option_is_read_apart_from_the_common_arguments() {
        String[] args = {"idle", "--duration", "60", "--settle", "45", "--drain", "30"};

        assertThat(Idle.settle(args)).isEqualTo(Duration.ofSeconds(45));
        assertThat(Idle.settle(new String[]{"idle"})).isEqualTo(Idle.DEFAULT_SETTLE);
        Settings settings = Bench.Arguments.parse(Idle.withoutSettle(args));
        assertThat(settings.scenario()).isEqualTo("idle");
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.drainTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void reports_each_process_as_a_share_of_one_core_and_flags_services_over_the_target() {
        List<Settings.Process> processes = List.of(new Settings.Process("intake-service", 1, false, true),
                new Settings.Process("rating-service", 2, false, true),
                new Settings.Process("postgresql", 3, true, true),
                new Settings.Process("keycloak", 4, true, false));
        Map<String, Long> before = Map.of("intake-service", 1000L, "rating-service", 1000L, "postgresql", 50L,
                "keycloak", 0L, "machine busy", 0L, "machine total", 0L);
        Map<String, Long> after = Map.of("intake-service", 1300L, "rating-service", 1900L, "postgresql", 110L,
                "keycloak", 500L, "machine busy", 1000L, "machine total", 10000L);

        Map<String, Object> cpu = Idle.cpu(processes, before, after, Map.of(), Map.of(), 60);

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byProcess = (Map<String, Map<String, Object>>) cpu.get("processes");
        assertThat(byProcess.get("intake-service")).containsEntry("cpuMs", 300L).containsEntry("percentOfACore", 0.5);
        assertThat(byProcess.get("rating-service")).containsEntry("percentOfACore", 1.5);
        assertThat(cpu.get("servicesAtOrOverOnePercent")).isEqualTo(List.of("rating-service"));
        assertThat(cpu.get("stackMs")).isEqualTo(300L + 900L + 60L);   // keycloak is aside
        assertThat(cpu.get("machineBusyPercent")).isEqualTo(10.0);
    }

    @Test
    void the_markdown_of_an_idle_report_gives_shares_threads_and_statements_per_minute() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("scenario", "idle");
        figures.put("unit", "minute");
        figures.put("startedAt", "2026-01-01T00:00:00Z");
        figures.put("machine", Map.of("cores", 2));
        figures.put("versions", Map.of("git", "abc123"));
        figures.put("parameters", Map.of("durationSeconds", 60));
        figures.put("window", Map.of("seconds", 60.0, "drainedBefore", true, "drainSeconds", 2.0));
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("cpuMs", 300);
        intake.put("percentOfACore", 0.5);
        intake.put("inStack", true);
        intake.put("threads", List.of(Map.of("name", "kafka-coordinat", "threads", 3, "cpuMs", 200,
                "percentOfACore", 0.33)));
        figures.put("cpu", Map.of("processes", Map.of("intake-service", intake), "stackMs", 300,
                "stackPercentOfACore", 0.5, "servicesAtOrOverOnePercent", List.of(), "machineBusyPercent", 3.0));
        figures.put("memory", Map.of("intake-service", Map.of("endMiB", 250.0)));
        Map<String, Object> cost = Footprint.cost(
                new Footprint.Reading(Map.of("intake-service", Map.of("xact_commit", 10L, "statements", 0L)), Map.of()),
                new Footprint.Reading(Map.of("intake-service", Map.of("xact_commit", 40L, "statements", 90L)), Map.of()),
                0);
        figures.put("footprint", Idle.perMinute(cost, 30, true));

        String md = new Report(figures).markdown();

        assertThat(md).contains("# Benchmark report: idle")
                .contains("| intake-service | 300 | 0.5 | 250.0 | yes |")
                .contains("| kafka-coordinat | 3 | 200 | 0.33 |")
                .contains("at or over it: none")
                .contains("| intake-service | 180.0 | 60.0 |");
        JsonNode json = Http.JSON.valueToTree(figures);
        assertThat(json.path("footprint").path("perMinuteByDatabase").path("intake-service").path("statements").asDouble())
                .isEqualTo(180.0);
    }

    /** Statements per unit when pg_stat_statements counted them; a plain "not counted" otherwise, never a 0. */
    @Test
    void the_footprint_gives_statements_per_unit_only_when_they_were_counted() {
        Map<String, Object> counted = Footprint.cost(
                new Footprint.Reading(Map.of("intake", Map.of("xact_commit", 0L, "statements", 0L),
                        "rating", Map.of("xact_commit", 0L, "statements", 0L)), Map.of()),
                new Footprint.Reading(Map.of("intake", Map.of("xact_commit", 20L, "statements", 570L),
                        "rating", Map.of("xact_commit", 10L, "statements", 450L)), Map.of()), 10);
        Map<String, Object> uncounted = Footprint.cost(new Footprint.Reading(Map.of("intake", Map.of("xact_commit", 0L)),
                Map.of()), new Footprint.Reading(Map.of("intake", Map.of("xact_commit", 20L)), Map.of()), 10);

        assertThat((Map<String, Object>) counted.get("perUnit")).containsEntry("statements", 102.0);
        assertThat((Map<String, Object>) ((Map<String, Object>) counted.get("databases")).get("intake"))
                .containsEntry("statements", 570L);
        assertThat((String) ((Map<String, Object>) uncounted.get("perUnit")).get("statements")).startsWith("not counted");
    }
}
