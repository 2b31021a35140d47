package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import vn.onestop.platform.testing.LocalIdentity;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * {@code ./onestop bench SCENARIO}: offers the scenario's submissions at a constant rate to a running
 * platform, waits for the platform to finish the work (consumer lag and outbox backlog back to 0),
 * and writes report.md and report.json. See docs/benchmarks.md and ADR 0024.
 */
public final class Bench {

    private Bench() {
    }

    /**
     * Runs one benchmark and returns its report (written by the caller into {@code settings.outDir()}):
     * the platform's run, then, for chains with {@code --flowable}, the same bundle as a Flowable
     * process at each Flowable rate, once the platform's run is over and its watchers closed.
     */
    public static Report run(Settings settings) throws Exception {
        String runId = "bench-" + UUID.randomUUID();
        Map<String, Object> figures = platform(settings, runId);
        if (!settings.flowableRates().isEmpty()) {
            List<Object> phases = new ArrayList<>();
            try {
                for (double rate : settings.flowableRates()) {
                    phases.add(flowable(settings, rate, runId + "-flowable-" + phases.size()));
                }
            } finally {
                FlowableScenario.dropDatabase(settings);
            }
            figures.put("flowable", phases);
            @SuppressWarnings("unchecked")
            Map<String, Object> sameRate = (Map<String, Object>) phases.get(0);
            figures.put("platformVsFlowable", comparison(figures, sameRate, settings.duration()));
        }
        return new Report(figures);
    }

    /** The scenario against the platform: load, drain, resources, footprint, bound. */
    private static Map<String, Object> platform(Settings settings, String runId) throws Exception {
        String[] keycloakAdmin = settings.keycloakAdmin().split(":", 2);
        try (Http http = new Http();
             AccessTokens tokens = new AccessTokens(new LocalIdentity(settings.keycloak(), keycloakAdmin[0],
                     keycloakAdmin.length > 1 ? keycloakAdmin[1] : ""));
             Scenario scenario = switch (settings.scenario()) {
                 case "intake" -> new IntakeScenario(settings, tokens, http, runId);
                 case "reads" -> new ReadsScenario(settings, tokens, http);
                 default -> new ChainScenario(settings, tokens, http, runId);
             };
             Sampler sampler = new Sampler(processes(settings), settings.managementUrls(),
                     new ConsumerLag(ConsumerLag.scramClient(settings.kafkaBootstrap(), settings.adminUser(),
                             settings.adminPassword()), settings.topicPrefix()), Duration.ofSeconds(1))) {
            String startedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
            scenario.prepare();
            sampler.start();
            Sampler.Sample first = sampler.sampleNow();
            Map<String, Long> cpuBefore = sampler.cpuNow();
            long from = sampler.nowMillis();
            Footprint footprint = settings.databaseUrl() == null ? null : new Footprint(settings.databaseUrl(),
                    settings.databaseUser(), settings.databases(), ConsumerLag.scramClient(settings.kafkaBootstrap(),
                    settings.adminUser(), settings.adminPassword()), settings.topicPrefix());
            Footprint.Reading spentBefore = footprint == null ? null : footprint.start();

            OpenLoop.Result load = new OpenLoop(settings.rate(), settings.duration(), settings.maxInFlight(),
                    Http.TIMEOUT.plusSeconds(5)).run(scenario::send);
            Sampler.Sample endOfLoad = sampler.sampleNow();
            long loadEnded = sampler.nowMillis();

            scenario.awaitOwnEnd(settings.drainTimeout());
            boolean drained = drain(sampler, settings.drainTimeout().minusMillis(sampler.nowMillis() - loadEnded));
            Map<String, Long> cpuAfter = sampler.cpuNow();
            Sampler.Sample last = sampler.sampleNow();
            long to = sampler.nowMillis();

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("scenario", settings.scenario() + (settings.spread() ? " (spread over the centres)" : ""));
            figures.put("unit", scenario.unit());
            figures.put("startedAt", startedAt);
            if (settings.meta().containsKey("warning")) {
                figures.put("warning", settings.meta().get("warning"));
            }
            figures.put("machine", machine());
            Map<String, Object> versions = new LinkedHashMap<>();
            settings.meta().forEach((k, v) -> {
                if (!k.equals("warning")) {
                    versions.put(k, v);
                }
            });
            versions.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            figures.put("versions", versions);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("rate", settings.rate());
            parameters.put("durationSeconds", settings.duration().toSeconds());
            parameters.put("maxInFlight", settings.maxInFlight());
            parameters.put("drainTimeoutSeconds", settings.drainTimeout().toSeconds());
            parameters.putAll(scenario.parameters());
            figures.put("parameters", parameters);
            figures.put("load", load(load));
            figures.put("scenarioResults", scenario.results());
            long units = !settings.scenario().equals("chains") ? load.accepted()
                    : ((Number) scenario.results().get("bundlesAccepted")).longValue();
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("seconds", Report.round((to - from) / 1000.0, 1));
            window.put("drained", drained);
            window.put("drainSeconds", Report.round((to - loadEnded) / 1000.0, 1));
            figures.put("window", window);
            figures.put("cpu", cpu(settings, cpuBefore, cpuAfter, units, (to - from) / 1000.0));
            List<Sampler.Sample> samples = sampler.between(from, to);
            figures.put("memory", memory(samples));
            figures.put("consumerLag", series(samples, first.totalLag(), endOfLoad.totalLag(), last.totalLag(),
                    s -> (double) s.totalLag()));
            figures.put("outboxBacklog", series(samples, first.totalBacklog(), endOfLoad.totalBacklog(),
                    last.totalBacklog(), Sampler.Sample::totalBacklog));
            figures.put("outboxBacklogByService", last.backlog());
            if (footprint != null) {
                // PostgreSQL publishes a backend's counts once it goes idle, up to 10 s later
                Thread.sleep(Footprint.STATS_DELAY_MILLIS);
                try (footprint) {
                    figures.put("footprint", Footprint.cost(spentBefore, footprint.read(), units));
                }
            }
            if (!settings.boundEach().isZero()) {
                // after the platform's run, on the same PostgreSQL and broker, with the platform idle
                Map<String, Object> bound = Bound.measure(settings, settings.boundEach());
                figures.put("bound", bound);
                if (figures.get("footprint") instanceof Map<?, ?> spent) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> cost = (Map<String, Object>) spent;
                    figures.put("boundFractions", Bound.fractions(bound, cost,
                            units / (settings.duration().toNanos() / 1e9)));
                }
            }
            return figures;
        }
    }

    /**
     * Issue 12, scenario 5: the birth bundle as a Flowable process in this JVM at {@code rate}, same
     * open loop, duration and drain as the platform's run. CPU: this JVM (the engine and its driver)
     * and PostgreSQL, from the first submission to the last bundle's end (or the drain timeout).
     */
    static Map<String, Object> flowable(Settings settings, double rate, String runId) throws Exception {
        try (FlowableScenario scenario = new FlowableScenario(settings, rate, runId)) {
            scenario.prepare();
            long self = ProcessHandle.current().pid();
            Settings.Process postgres = settings.processes().stream().filter(p -> p.name().equals("postgresql"))
                    .findFirst().orElse(null);
            long jvmBefore = ProcStat.cpuMillis(self).orElse(-1L);
            long pgBefore = postgres == null ? -1 : ProcStat.treeCpuMillis(postgres.pid()).orElse(-1L);
            long[] machineBefore = ProcStat.machineCpuMillis();
            long from = System.nanoTime();
            OpenLoop.Result load = new OpenLoop(rate, settings.duration(), settings.maxInFlight(),
                    Http.TIMEOUT.plusSeconds(5)).run(scenario::send);
            long loadEnded = System.nanoTime();
            scenario.awaitOwnEnd(settings.drainTimeout());
            long to = System.nanoTime();
            long jvmAfter = ProcStat.cpuMillis(self).orElse(-1L);
            long pgAfter = postgres == null ? -1 : ProcStat.treeCpuMillis(postgres.pid()).orElse(-1L);
            long[] machineAfter = ProcStat.machineCpuMillis();

            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("parameters", scenario.parameters());
            phase.put("load", load(load));
            Map<String, Object> results = scenario.results();
            phase.put("scenarioResults", results);
            long bundles = ((Number) results.get("bundlesAccepted")).longValue();
            double seconds = (to - from) / 1e9;
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("seconds", Report.round(seconds, 1));
            window.put("drainSeconds", Report.round((to - loadEnded) / 1e9, 1));
            phase.put("window", window);
            Map<String, Object> cpu = new LinkedHashMap<>();
            cpu.put("benchJvmMs", jvmAfter - jvmBefore);
            cpu.put("benchJvmMsPerBundle", perUnit(jvmAfter - jvmBefore, bundles));
            if (postgres != null) {
                cpu.put("postgresqlMs", pgAfter - pgBefore);
                cpu.put("postgresqlMsPerBundle", perUnit(pgAfter - pgBefore, bundles));
                cpu.put("flowableMsPerBundle", perUnit(jvmAfter - jvmBefore + pgAfter - pgBefore, bundles));
            }
            long total = machineAfter[1] - machineBefore[1];
            cpu.put("machineBusyPercent", total == 0 ? 0
                    : Report.round(100.0 * (machineAfter[0] - machineBefore[0]) / total, 1));
            phase.put("cpu", cpu);
            return phase;
        }
    }

    /**
     * The platform's chains run beside Flowable's at the same rate: bundles finished per second of the
     * schedule, submission to third result, CPU per bundle (the platform's stack; Flowable: this JVM
     * and PostgreSQL), PostgreSQL's CPU per bundle, and each ratio platform / Flowable.
     */
    static Map<String, Object> comparison(Map<String, Object> platform, Map<String, Object> flowable, Duration duration) {
        JsonNode p = Http.JSON.valueToTree(platform);
        JsonNode f = Http.JSON.valueToTree(flowable);
        double seconds = duration.toNanos() / 1e9;
        Map<String, Object> side = new LinkedHashMap<>();
        Map<String, Object> ours = new LinkedHashMap<>();
        ours.put("bundlesAccepted", p.path("scenarioResults").path("bundlesAccepted").asLong());
        ours.put("bundlesFinished", p.path("scenarioResults").path("bundlesFinished").asLong());
        ours.put("finishedPerSecond", Report.round(p.path("scenarioResults").path("bundlesFinished").asLong() / seconds, 2));
        ours.put("submissionToThirdResultMs", p.path("scenarioResults").path("submissionToThirdResultMs"));
        ours.put("cpuMsPerBundle", p.path("cpu").path("stackMsPerUnit"));
        ours.put("postgresqlCpuMsPerBundle", p.path("cpu").path("processes").path("postgresql").path("cpuMsPerUnit"));
        Map<String, Object> theirs = new LinkedHashMap<>();
        theirs.put("bundlesAccepted", f.path("scenarioResults").path("bundlesAccepted").asLong());
        theirs.put("bundlesFinished", f.path("scenarioResults").path("bundlesFinished").asLong());
        theirs.put("finishedPerSecond", Report.round(f.path("scenarioResults").path("bundlesFinished").asLong() / seconds, 2));
        theirs.put("submissionToThirdResultMs", f.path("scenarioResults").path("submissionToThirdResultMs"));
        theirs.put("cpuMsPerBundle", f.path("cpu").path("flowableMsPerBundle"));
        theirs.put("postgresqlCpuMsPerBundle", f.path("cpu").path("postgresqlMsPerBundle"));
        side.put("platform", ours);
        side.put("flowable", theirs);
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("finishedPerSecond", ratio(p.path("scenarioResults").path("bundlesFinished"),
                f.path("scenarioResults").path("bundlesFinished")));
        for (String q : new String[]{"p50", "p90", "p99"}) {
            ratios.put("submissionToThirdResult " + q, ratio(
                    p.path("scenarioResults").path("submissionToThirdResultMs").path(q),
                    f.path("scenarioResults").path("submissionToThirdResultMs").path(q)));
        }
        ratios.put("cpuMsPerBundle", ratio(p.path("cpu").path("stackMsPerUnit"), f.path("cpu").path("flowableMsPerBundle")));
        ratios.put("postgresqlCpuMsPerBundle", ratio(p.path("cpu").path("processes").path("postgresql").path("cpuMsPerUnit"),
                f.path("cpu").path("postgresqlMsPerBundle")));
        // on a CPU-bound machine the sustainable rate goes as the inverse of the CPU per bundle
        ratios.put("bundlesPerCpuSecond", ratio(f.path("cpu").path("flowableMsPerBundle"), p.path("cpu").path("stackMsPerUnit")));
        side.put("ratiosPlatformOverFlowable", ratios);
        return side;
    }

    private static Object ratio(JsonNode numerator, JsonNode denominator) {
        if (!numerator.isNumber() || !denominator.isNumber() || denominator.asDouble() == 0) {
            return "-";
        }
        return Report.round(numerator.asDouble() / denominator.asDouble(), 2);
    }

    private static Object perUnit(long ms, long units) {
        return units == 0 || ms < 0 ? "-" : Report.round((double) ms / units, 3);
    }

    private static List<Settings.Process> processes(Settings settings) {
        List<Settings.Process> watched = new ArrayList<>(settings.processes());
        watched.add(new Settings.Process("load generator (this JVM)", ProcessHandle.current().pid(), false, false));
        return watched;
    }

    /** Waits until consumer lag and outbox backlog are 0 in two samples in a row, a second apart, at most {@code timeout} (also {@link Idle}'s). */
    static boolean drain(Sampler sampler, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + Math.max(0, timeout.toNanos());
        int zeroes = 0;
        while (System.nanoTime() < until) {
            Sampler.Sample sample = sampler.sampleNow();
            zeroes = sample.totalLag() == 0 && sample.totalBacklog() == 0 ? zeroes + 1 : 0;
            if (zeroes == 2) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMiB", ProcStat.memTotalKib() / 1024);
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        return machine;
    }

    private static Map<String, Object> load(OpenLoop.Result load) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("offered", load.offered());
        figures.put("offeredPerSecond", load.rate());
        figures.put("accepted", load.accepted());
        figures.put("acceptedPerSecond", Report.round(load.achievedRate(), 1));
        figures.put("errorCount", load.errorCount());
        figures.put("errors", load.errors());
        figures.put("latencyMs", Report.percentiles(load.latencyMicros()));
        figures.put("worstSchedulerLagMs", Report.round(load.worstSchedulerLagMicros() / 1000.0, 1));
        figures.put("acceptedEachSecond", load.acceptedPerSecond());
        return figures;
    }

    private static Map<String, Object> cpu(Settings settings, Map<String, Long> before, Map<String, Long> after,
                                           long units, double seconds) {
        Map<String, Object> processes = new LinkedHashMap<>();
        long stack = 0;
        for (Settings.Process process : processes(settings)) {
            Long start = before.get(process.name());
            Long end = after.get(process.name());
            Map<String, Object> p = new LinkedHashMap<>();
            if (start == null || end == null) {
                p.put("cpuMs", "gone");
            } else {
                long ms = end - start;
                p.put("cpuMs", ms);
                p.put("cpuMsPerUnit", units == 0 ? "-" : Report.round((double) ms / units, 3));
                p.put("cores", Report.round(ms / 1000.0 / seconds, 2));
                if (process.inStack()) {
                    stack += ms;
                }
            }
            p.put("inStack", process.inStack());
            processes.put(process.name(), p);
        }
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("processes", processes);
        cpu.put("stackMs", stack);
        cpu.put("stackMsPerUnit", units == 0 ? "-" : Report.round((double) stack / units, 3));
        long busy = after.get("machine busy") - before.get("machine busy");
        long total = after.get("machine total") - before.get("machine total");
        cpu.put("machineBusyPercent", total == 0 ? 0 : Report.round(100.0 * busy / total, 1));
        return cpu;
    }

    private static Map<String, Object> memory(List<Sampler.Sample> samples) {
        Map<String, Long> peak = new LinkedHashMap<>();
        for (Sampler.Sample sample : samples) {
            sample.rssKib().forEach((name, kib) -> peak.merge(name, kib, Math::max));
        }
        Map<String, Object> memory = new LinkedHashMap<>();
        peak.forEach((name, kib) -> memory.put(name, Map.of("peakMiB", Report.round(kib / 1024.0, 1))));
        return memory;
    }

    private static Map<String, Object> series(List<Sampler.Sample> samples, double start, double endOfLoad, double end,
                                              java.util.function.ToDoubleFunction<Sampler.Sample> value) {
        OptionalDouble max = samples.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).max();
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("start", number(start));
        series.put("endOfLoad", number(endOfLoad));
        series.put("end", number(end));
        series.put("max", max.isPresent() ? number(max.getAsDouble()) : "unknown");
        return series;
    }

    private static Object number(double value) {
        return Double.isNaN(value) ? "unknown" : (Object) Math.round(value);
    }

    /**
     * {@code java -cp ... vn.onestop.bench.Bench SCENARIO [--rate N] [--duration S] [--spread] ...}; see
     * {@link Arguments}. Prints the report's path.
     */
    public static void main(String[] args) throws Exception {
        Settings settings = Arguments.parse(Idle.withoutSettle(args));
        Report report = settings.scenario().equals(Idle.SCENARIO) ? Idle.run(settings, Idle.settle(args)) : run(settings);
        Path markdown = report.write(settings.outDir());
        System.out.println(markdown.toAbsolutePath());
        System.out.println(settings.outDir().resolve("report.json").toAbsolutePath());
        System.exit(0);
    }

    /** The command line of {@link #main}. */
    static final class Arguments {

        private Arguments() {
        }

        static Settings parse(String[] args) {
            String scenario = null;
            double rate = 10;
            long duration = 20;
            boolean spread = false;
            int maxInFlight = 1000;
            long drain = 120;
            Map<String, String> api = new LinkedHashMap<>();
            Map<String, String> management = new LinkedHashMap<>();
            String kafka = "127.0.0.1:9092";
            String kafkaAdmin = "onestop-admin:onestop-admin-local-secret";
            String prefix = "";
            URI keycloak = URI.create("http://127.0.0.1:8180");
            String keycloakAdmin = "admin:admin";
            List<Settings.Process> processes = new ArrayList<>();
            Map<String, String> meta = new LinkedHashMap<>();
            Path out = Path.of(".onestop", "bench", "report");
            String applicant = String.format("%012d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(),
                    1_000_000_000_000L));
            int upload = 8 * 1024;
            String database = null;
            String databaseUser = "onestop";
            Map<String, String> databases = new LinkedHashMap<>();
            Duration bound = Duration.ZERO;
            boolean flowable = false;
            List<Double> flowableRates = new ArrayList<>();
            List<String> readKinds = List.of();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--rate" -> rate = Double.parseDouble(args[++i]);
                    case "--duration" -> duration = Long.parseLong(args[++i]);
                    case "--spread" -> spread = true;
                    case "--max-in-flight" -> maxInFlight = Integer.parseInt(args[++i]);
                    case "--drain" -> drain = Long.parseLong(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--kafka" -> kafka = args[++i];
                    case "--kafka-admin" -> kafkaAdmin = args[++i];
                    case "--topic-prefix" -> prefix = args[++i];
                    case "--keycloak" -> keycloak = URI.create(args[++i]);
                    case "--keycloak-admin" -> keycloakAdmin = args[++i];
                    case "--applicant" -> applicant = args[++i];
                    case "--upload-bytes" -> upload = Integer.parseInt(args[++i]);
                    case "--database" -> database = args[++i];
                    case "--flowable" -> flowable = true;
                    case "--flowable-rate" -> flowableRates.add(Double.parseDouble(args[++i]));
                    case "--bound" -> bound = bound.isZero() ? Duration.ofSeconds(10) : bound;
                    case "--bound-seconds" -> bound = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--database-user" -> databaseUser = args[++i];
                    case "--kinds" -> readKinds = List.of(args[++i].split(","));
                    // --database-of intake-service=intake
                    case "--database-of" -> {
                        String[] named = args[++i].split("=", 2);
                        databases.put(named[0], named[1]);
                    }
                    // --service intake-service=http://127.0.0.1:8081,http://127.0.0.1:9081
                    case "--service" -> {
                        String[] named = args[++i].split("=", 2);
                        String[] urls = named[1].split(",", 2);
                        api.put(named[0], urls[0]);
                        if (urls.length > 1) {
                            management.put(named[0], urls[1]);
                        }
                    }
                    // --process NAME=PID[,tree][,aside]: tree counts children (PostgreSQL); aside keeps it out of the stack's sum
                    case "--process" -> {
                        String[] named = args[++i].split("=", 2);
                        String[] parts = named[1].split(",");
                        List<String> flags = List.of(parts).subList(1, parts.length);
                        processes.add(new Settings.Process(named[0], Long.parseLong(parts[0]), flags.contains("tree"),
                                !flags.contains("aside")));
                    }
                    case "--meta" -> {
                        String[] kv = args[++i].split("=", 2);
                        meta.put(kv[0], kv.length > 1 ? kv[1] : "");
                    }
                    default -> {
                        if (arg.startsWith("--") || scenario != null) {
                            throw new IllegalArgumentException("unknown argument " + arg);
                        }
                        scenario = arg;
                    }
                }
            }
            return new Settings(scenario == null ? "intake" : scenario, rate, Duration.ofSeconds(duration), spread,
                    maxInFlight, Duration.ofSeconds(drain), api, management, kafka, kafkaAdmin, prefix, keycloak,
                    keycloakAdmin, processes, meta, out, applicant, upload, database, databaseUser, databases, bound,
                    flowable ? java.util.stream.Stream.concat(java.util.stream.Stream.of(rate), flowableRates.stream()).toList()
                            : flowableRates,
                    readKinds);
        }
    }
}
