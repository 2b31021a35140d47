package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code ./onestop bench idle}: what the stack costs with nothing to do (issue 12's target: each
 * service under 1 % of a core). Waits until the platform has drained (consumer lag and outbox
 * backlog 0) and a settle period has passed, then reads every process's CPU time, each JVM's
 * threads' CPU time and the databases' counts at the start and the end of a window with no load
 * and nothing polled by the benchmark itself (no metrics scrape, no lag query inside the window),
 * and reports them per process as a share of one core, the threads that spent it, and the
 * transactions and statements each service database ran per minute.
 */
final class Idle {

    static final String SCENARIO = "idle";
    static final Duration DEFAULT_SETTLE = Duration.ofSeconds(30);
    /** Services must stay under this share of one core when idle (issue 12). */
    static final double TARGET_PERCENT_OF_A_CORE = 1.0;
    private static final int TOP_THREADS = 8;

    private Idle() {
    }

    /** The value of {@code --settle S} (seconds), or the default. */
    static Duration settle(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--settle")) {
                return Duration.ofSeconds(Long.parseLong(args[i + 1]));
            }
        }
        return DEFAULT_SETTLE;
    }

    /** The arguments without {@code --settle S}, which only the idle measurement reads. */
    static String[] withoutSettle(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--settle") && i + 1 < args.length) {
                i++;
            } else {
                rest.add(args[i]);
            }
        }
        return rest.toArray(String[]::new);
    }

    /** Measures the idle stack for {@code settings.duration()} after it drained and settled. */
    static Report run(Settings settings, Duration settle) throws Exception {
        List<Settings.Process> processes = new ArrayList<>(settings.processes());
        processes.add(new Settings.Process("load generator (this JVM)", ProcessHandle.current().pid(), false, false));
        String startedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        try (Sampler sampler = new Sampler(processes, settings.managementUrls(),
                new ConsumerLag(ConsumerLag.scramClient(settings.kafkaBootstrap(), settings.adminUser(),
                        settings.adminPassword()), settings.topicPrefix()), Duration.ofSeconds(1));
             Footprint footprint = settings.databaseUrl() == null ? null : new Footprint(settings.databaseUrl(),
                     settings.databaseUser(), settings.databases(), ConsumerLag.scramClient(settings.kafkaBootstrap(),
                     settings.adminUser(), settings.adminPassword()), settings.topicPrefix())) {
            long drainStarted = System.nanoTime();
            boolean drained = Bench.drain(sampler, settings.drainTimeout());
            double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;
            Thread.sleep(settle.toMillis());

            Footprint.Reading spentBefore = footprint == null ? null : footprint.start();
            Map<String, Map<Long, ProcStat.ThreadCpu>> threadsBefore = threads(processes);
            Map<String, Long> cpuBefore = sampler.cpuNow();
            long from = System.nanoTime();
            Thread.sleep(settings.duration().toMillis());
            Map<String, Long> cpuAfter = sampler.cpuNow();
            Map<String, Map<Long, ProcStat.ThreadCpu>> threadsAfter = threads(processes);
            double seconds = (System.nanoTime() - from) / 1e9;
            // both readings lag PostgreSQL's publication of idle backends' counts alike: on a steady idle stack it cancels out
            Footprint.Reading spentAfter = footprint == null ? null : footprint.read();

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("scenario", SCENARIO);
            figures.put("unit", "minute");
            figures.put("startedAt", startedAt);
            if (settings.meta().containsKey("warning")) {
                figures.put("warning", settings.meta().get("warning"));
            }
            Map<String, Object> versions = new LinkedHashMap<>();
            settings.meta().forEach((k, v) -> {
                if (!k.equals("warning")) {
                    versions.put(k, v);
                }
            });
            versions.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            figures.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                    "memoryMiB", ProcStat.memTotalKib() / 1024));
            figures.put("versions", versions);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("durationSeconds", settings.duration().toSeconds());
            parameters.put("settleSeconds", settle.toSeconds());
            parameters.put("drainTimeoutSeconds", settings.drainTimeout().toSeconds());
            figures.put("parameters", parameters);
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("seconds", Report.round(seconds, 1));
            window.put("drainedBefore", drained);
            window.put("drainSeconds", Report.round(drainSeconds, 1));
            figures.put("window", window);
            figures.put("cpu", cpu(processes, cpuBefore, cpuAfter, threadsBefore, threadsAfter, seconds));
            figures.put("memory", memory(processes));
            if (footprint != null) {
                Map<String, Object> cost = Footprint.cost(spentBefore, spentAfter, 0);
                figures.put("footprint", perMinute(cost, seconds, footprint.statementsCounted()));
            }
            return new Report(figures);
        }
    }

    private static Map<String, Map<Long, ProcStat.ThreadCpu>> threads(List<Settings.Process> processes) {
        Map<String, Map<Long, ProcStat.ThreadCpu>> threads = new LinkedHashMap<>();
        for (Settings.Process process : processes) {
            if (!process.tree()) {
                threads.put(process.name(), ProcStat.threadCpuMillis(process.pid()));
            }
        }
        return threads;
    }

    static Map<String, Object> cpu(List<Settings.Process> processes, Map<String, Long> before, Map<String, Long> after,
                                   Map<String, Map<Long, ProcStat.ThreadCpu>> threadsBefore,
                                   Map<String, Map<Long, ProcStat.ThreadCpu>> threadsAfter, double seconds) {
        Map<String, Object> byProcess = new LinkedHashMap<>();
        long stack = 0;
        List<String> over = new ArrayList<>();
        for (Settings.Process process : processes) {
            Long start = before.get(process.name());
            Long end = after.get(process.name());
            Map<String, Object> p = new LinkedHashMap<>();
            if (start == null || end == null) {
                p.put("cpuMs", "gone");
            } else {
                long ms = end - start;
                double percent = percentOfACore(ms, seconds);
                p.put("cpuMs", ms);
                p.put("percentOfACore", Report.round(percent, 2));
                if (process.inStack()) {
                    stack += ms;
                }
                if (process.name().endsWith("-service") && percent >= TARGET_PERCENT_OF_A_CORE) {
                    over.add(process.name());
                }
            }
            p.put("inStack", process.inStack());
            if (threadsAfter.containsKey(process.name())) {
                p.put("threads", threadGroups(threadsBefore.getOrDefault(process.name(), Map.of()),
                        threadsAfter.get(process.name()), seconds));
            }
            byProcess.put(process.name(), p);
        }
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("processes", byProcess);
        cpu.put("stackMs", stack);
        cpu.put("stackPercentOfACore", Report.round(percentOfACore(stack, seconds), 2));
        cpu.put("servicesAtOrOverOnePercent", over);
        long busy = after.get("machine busy") - before.get("machine busy");
        long total = after.get("machine total") - before.get("machine total");
        cpu.put("machineBusyPercent", total == 0 ? 0 : Report.round(100.0 * busy / total, 1));
        return cpu;
    }

    static double percentOfACore(long cpuMs, double seconds) {
        return seconds <= 0 ? 0 : 100.0 * cpuMs / (seconds * 1000);
    }

    /**
     * The CPU the threads spent between two readings, summed by name with the trailing number cut off
     * ({@code executor-thread-3} counts as {@code executor-thread}), largest first, the first
     * {@value #TOP_THREADS} groups and the rest as "other threads". A thread that started in the window
     * counts whole; one that ended in it is missing.
     */
    static List<Map<String, Object>> threadGroups(Map<Long, ProcStat.ThreadCpu> before, Map<Long, ProcStat.ThreadCpu> after,
                                                  double seconds) {
        Map<String, long[]> groups = new TreeMap<>();
        after.forEach((tid, thread) -> {
            ProcStat.ThreadCpu earlier = before.get(tid);
            long ms = thread.cpuMs() - (earlier == null ? 0 : earlier.cpuMs());
            long[] g = groups.computeIfAbsent(group(thread.name()), k -> new long[2]);
            g[0] += ms;
            g[1]++;
        });
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed()
                .thenComparing(Map.Entry::getKey));
        List<Map<String, Object>> top = new ArrayList<>();
        long otherMs = 0;
        long otherThreads = 0;
        for (int i = 0; i < sorted.size(); i++) {
            long[] g = sorted.get(i).getValue();
            if (i < TOP_THREADS && g[0] > 0) {
                top.add(threadRow(sorted.get(i).getKey(), g[1], g[0], seconds));
            } else {
                otherMs += g[0];
                otherThreads += g[1];
            }
        }
        if (otherThreads > 0) {
            top.add(threadRow("other threads", otherThreads, otherMs, seconds));
        }
        return top;
    }

    private static Map<String, Object> threadRow(String name, long threads, long ms, double seconds) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("threads", threads);
        row.put("cpuMs", ms);
        row.put("percentOfACore", Report.round(percentOfACore(ms, seconds), 2));
        return row;
    }

    /** A thread's name without its trailing number: {@code GC Thread#1}, {@code executor-thread-12} → the pool's name. */
    static String group(String name) {
        String cut = name.replaceAll("[-_#. ]*[0-9]+$", "");
        return cut.isEmpty() ? name : cut;
    }

    private static Map<String, Object> memory(List<Settings.Process> processes) {
        Map<String, Object> memory = new LinkedHashMap<>();
        for (Settings.Process process : processes) {
            Optional<Long> kib = process.tree() ? ProcStat.treePssKib(process.pid()) : ProcStat.rssKib(process.pid());
            kib.ifPresent(k -> memory.put(process.name(), Map.of("endMiB", Report.round(k / 1024.0, 1))));
        }
        return memory;
    }

    /** The footprint over the window, and each database's counts per minute. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> perMinute(Map<String, Object> cost, double seconds, boolean statementsCounted) {
        Map<String, Object> perMinute = new LinkedHashMap<>();
        ((Map<String, Object>) cost.get("databases")).forEach((database, counts) -> {
            Map<String, Object> rates = new LinkedHashMap<>();
            ((Map<String, Object>) counts).forEach((count, value) ->
                    rates.put(count, Report.round(((Number) value).doubleValue() * 60 / seconds, 1)));
            perMinute.put(database, rates);
        });
        Map<String, Object> footprint = new LinkedHashMap<>();
        footprint.put("statementsCounted", statementsCounted);
        footprint.put("perMinuteByDatabase", perMinute);
        footprint.put("databases", cost.get("databases"));
        footprint.put("kafkaRecords", cost.get("kafkaRecords"));
        return footprint;
    }

    /** The Markdown rendering of an idle report. */
    static String markdown(JsonNode r) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report: idle\n\n");
        md.append("Started ").append(r.path("startedAt").asText()).append(", commit `")
                .append(r.path("versions").path("git").asText("unknown")).append("`.\n\n");
        if (!r.path("warning").isMissingNode()) {
            md.append("> **").append(r.path("warning").asText()).append("**\n\n");
        }
        md.append("## Machine and versions\n\n| | |\n|---|---|\n");
        r.path("machine").fields().forEachRemaining(e -> Report.row(md, e.getKey(), e.getValue().asText()));
        r.path("versions").fields().forEachRemaining(e -> Report.row(md, e.getKey(), e.getValue().asText()));
        md.append("\n## Parameters\n\n| | |\n|---|---|\n");
        r.path("parameters").fields().forEachRemaining(e -> Report.row(md, e.getKey(), e.getValue().asText()));

        JsonNode window = r.path("window");
        JsonNode cpu = r.path("cpu");
        md.append("\n## CPU with nothing to do\n\nWindow ").append(window.path("seconds").asText())
                .append(" s, after the platform drained (").append(window.path("drainedBefore").asText()).append(", ")
                .append(window.path("drainSeconds").asText()).append(" s) and settled. Machine busy: ")
                .append(cpu.path("machineBusyPercent").asText()).append(" % of all cores. Target: each service under ")
                .append(TARGET_PERCENT_OF_A_CORE).append(" % of a core; at or over it: ")
                .append(cpu.path("servicesAtOrOverOnePercent").size() == 0 ? "none"
                        : cpu.path("servicesAtOrOverOnePercent").toString()).append(".\n\n");
        md.append("| process | CPU ms | % of a core | memory at the end MiB | in stack sum |\n|---|---|---|---|---|\n");
        cpu.path("processes").fields().forEachRemaining(e -> md.append("| ").append(e.getKey()).append(" | ")
                .append(e.getValue().path("cpuMs").asText()).append(" | ")
                .append(e.getValue().path("percentOfACore").asText("-")).append(" | ")
                .append(r.path("memory").path(e.getKey()).path("endMiB").asText("-")).append(" | ")
                .append(e.getValue().path("inStack").asBoolean() ? "yes" : "no").append(" |\n"));
        md.append("| **stack** | ").append(cpu.path("stackMs").asText()).append(" | ")
                .append(cpu.path("stackPercentOfACore").asText()).append(" | | |\n");

        md.append("\n## Threads that spent it (by name, trailing number cut)\n");
        cpu.path("processes").fields().forEachRemaining(e -> {
            if (e.getValue().path("threads").size() > 0) {
                md.append("\n").append(e.getKey()).append(":\n\n| thread | threads | CPU ms | % of a core |\n|---|---|---|---|\n");
                for (JsonNode t : e.getValue().path("threads")) {
                    md.append("| ").append(t.path("name").asText().replace("|", "\\|")).append(" | ")
                            .append(t.path("threads").asText()).append(" | ").append(t.path("cpuMs").asText())
                            .append(" | ").append(t.path("percentOfACore").asText()).append(" |\n");
                }
            }
        });
        JsonNode footprint = r.path("footprint");
        if (!footprint.isMissingNode()) {
            md.append("\n## Database work per minute\n\n");
            if (!footprint.path("statementsCounted").asBoolean()) {
                md.append("Statements not counted: the server does not preload pg_stat_statements.\n\n");
            }
            md.append("| database | statements | xact_commit | xact_rollback | tup_inserted | tup_updated | tup_deleted |\n"
                    + "|---|---|---|---|---|---|---|\n");
            footprint.path("perMinuteByDatabase").fields().forEachRemaining(e -> md.append("| ").append(e.getKey())
                    .append(" | ").append(e.getValue().path("statements").asText("-"))
                    .append(" | ").append(e.getValue().path("xact_commit").asText())
                    .append(" | ").append(e.getValue().path("xact_rollback").asText())
                    .append(" | ").append(e.getValue().path("tup_inserted").asText())
                    .append(" | ").append(e.getValue().path("tup_updated").asText())
                    .append(" | ").append(e.getValue().path("tup_deleted").asText()).append(" |\n"));
            md.append("\nKafka records written in the window: ").append(footprint.path("kafkaRecords").asText()).append(".\n");
        }
        return md.toString();
    }
}
