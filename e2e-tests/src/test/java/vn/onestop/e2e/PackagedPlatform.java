package vn.onestop.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The four services as packaged apps (fast-jar), each in its own JVM, against the test broker and
 * database that {@code ./onestop test} started: own databases (e2e_intake, ...) and topics
 * prefixed {@code e2e.}. Stopped at the end, killed if they do not stop, and killed by a shutdown
 * hook if the test JVM dies first.
 */
final class PackagedPlatform implements AutoCloseable {

    static final String TOPIC_PREFIX = "e2e.";
    private static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("intake-service", 18081);
        SERVICES.put("processing-service", 18082);
        SERVICES.put("results-service", 18083);
        SERVICES.put("rating-service", 18084);
    }

    private static PackagedPlatform shared;

    private final List<Process> processes = new ArrayList<>();
    private final Path root = Path.of(System.getProperty("onestop.root", "..")).toAbsolutePath().normalize();
    private final Path logs = Path.of(System.getProperty("onestop.e2e.logs", "target/e2e-logs"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One platform for every end-to-end test class of the run; stopped when the test JVM exits. */
    static synchronized PackagedPlatform shared() throws IOException {
        if (shared == null) {
            shared = new PackagedPlatform().start();
        }
        return shared;
    }

    static String url(String service) {
        return "http://127.0.0.1:" + SERVICES.get(service);
    }

    PackagedPlatform start() throws IOException {
        Files.createDirectories(logs);
        String dbPort = env("ONESTOP_TEST_DB_PORT", "15432");
        String kafka = env("ONESTOP_TEST_KAFKA_BOOTSTRAP", "127.0.0.1:19092");
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            String name = service.getKey();
            Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: the service was not packaged");
            }
            String database = "e2e_" + name.substring(0, name.indexOf('-'));
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.port=" + service.getValue(),
                    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + dbPort + "/" + database,
                    "-Dkafka.bootstrap.servers=" + kafka,
                    "-Donestop.messaging.topic-prefix=" + TOPIC_PREFIX,
                    "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(name + ".log").toFile());
            processes.add(builder.start());
        }
        for (String name : SERVICES.keySet()) {
            awaitReady(name);
        }
        return this;
    }

    private void awaitReady(String name) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        URI ready = URI.create(url(name) + "/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("a service exited during start-up; see " + logs);
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " was not ready within 120 s; see " + logs.resolve(name + ".log"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public synchronized void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes.clear();
    }
}
