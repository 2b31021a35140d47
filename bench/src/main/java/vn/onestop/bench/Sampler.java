package vn.onestop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples, every {@code every}, what the report shows over time: each watched process's CPU time and
 * memory (from /proc), each service's outbox backlog (its {@code onestop_outbox_backlog} gauge on
 * {@code /q/metrics}) and the consumer lag of the platform's consumer groups (Kafka admin client).
 * {@link #cpuNow()} reads every process's CPU at an exact moment, for the measurement window.
 */
final class Sampler implements AutoCloseable {

    /**
     * One sample: ms since the sampler started, RSS (KiB) per process, backlog per service, lag per
     * consumer group (null when the broker did not answer).
     */
    record Sample(long atMillis, Map<String, Long> rssKib, Map<String, Double> backlog, Map<String, Long> lag) {

        /** Records not yet consumed by the platform's consumer groups; -1 when unknown. */
        long totalLag() {
            return lag == null ? -1 : lag.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Sum of the services' backlogs; NaN when a service has not read its gauge yet (or cannot be scraped). */
        double totalBacklog() {
            return backlog.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private final List<Settings.Process> processes;
    private final Map<String, String> managementUrls;
    private final ConsumerLag lag;
    private final Duration every;
    private final long started = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-sampler");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param managementUrls service → its management base URL ({@code http://127.0.0.1:9081})
     * @param lag            the consumer-lag reader, or null when the broker is not watched
     */
    Sampler(List<Settings.Process> processes, Map<String, String> managementUrls, ConsumerLag lag, Duration every) {
        this.processes = List.copyOf(processes);
        this.managementUrls = Map.copyOf(managementUrls);
        this.lag = lag;
        this.every = every;
    }

    Sampler start() {
        timer.scheduleWithFixedDelay(this::sampleQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    List<Settings.Process> processes() {
        return processes;
    }

    /** ms since the sampler started: the time axis of the samples. */
    long nowMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** CPU ms so far of every watched process (absent when gone), and of the machine ("machine busy", "machine total"). */
    Map<String, Long> cpuNow() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (Settings.Process process : processes) {
            Optional<Long> ms = process.tree() ? ProcStat.treeCpuMillis(process.pid()) : ProcStat.cpuMillis(process.pid());
            ms.ifPresent(value -> cpu.put(process.name(), value));
        }
        long[] machine = ProcStat.machineCpuMillis();
        cpu.put("machine busy", machine[0]);
        cpu.put("machine total", machine[1]);
        return cpu;
    }

    /** A sample taken now, outside the schedule (the start and end of a window). */
    Sample sampleNow() {
        Sample sample = take();
        synchronized (samples) {
            samples.add(sample);
        }
        return sample;
    }

    /** The samples taken in [fromMillis, toMillis]. */
    List<Sample> between(long fromMillis, long toMillis) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.atMillis() >= fromMillis && s.atMillis() <= toMillis).toList();
        }
    }

    private void sampleQuietly() {
        try {
            sampleNow();
        } catch (RuntimeException e) {
            // a missed sample leaves a gap in the series; the window's figures come from the others
        }
    }

    private Sample take() {
        long at = nowMillis();
        Map<String, Long> rss = new LinkedHashMap<>();
        for (Settings.Process process : processes) {
            Optional<Long> kib = process.tree() ? ProcStat.treePssKib(process.pid()) : ProcStat.rssKib(process.pid());
            kib.ifPresent(value -> rss.put(process.name(), value));
        }
        Map<String, Double> backlog = new LinkedHashMap<>();
        managementUrls.forEach((service, url) -> gauge(url, "onestop_outbox_backlog")
                .ifPresent(value -> backlog.put(service, value)));
        Map<String, Long> lagNow = lag == null ? Map.of() : lag.byGroup();
        return new Sample(at, rss, backlog, lagNow);
    }

    /** The sum of a gauge's samples on {@code /q/metrics}; NaN while the service has not read it; empty when unreachable. */
    OptionalDouble gauge(String managementUrl, String name) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(managementUrl + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(PrometheusText.sum(response.body(), name));
        } catch (IOException e) {
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (lag != null) {
            lag.close();
        }
    }
}
