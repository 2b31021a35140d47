package vn.onestop.e2e;

import vn.onestop.platform.testing.LocalIdentity;
import vn.onestop.platform.testing.PaymentGatewayStandIn;
import vn.onestop.platform.testing.TestKafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The four services as packaged apps (fast-jar), each in its own JVM, against the test broker and
 * database that {@code ./onestop test} started: own databases (e2e_intake, ...) and topics
 * prefixed {@code e2e.}. Stopped at the end, killed if they do not stop, and killed by a shutdown
 * hook if the test JVM dies first. A service can be killed (SIGKILL) and started again on its
 * ports, as a crashed pod is (ChaosIT).
 */
final class PackagedPlatform implements AutoCloseable {

    static final String TOPIC_PREFIX = "e2e.";
    /** A module of this build packed into a service: lib/main/vn.onestop.<module>-<version>.jar. */
    private static final Pattern PLATFORM_LIB = Pattern.compile("vn\\.onestop\\.(.+)-\\d[^-]*(-SNAPSHOT)?\\.jar");
    private static final Map<String, Integer> SERVICES = new LinkedHashMap<>();
    /** Where the services export their spans (docs/adr/0021): a collector inside this test JVM. */
    static final OtlpReceiver TRACES = OtlpReceiver.start();
    /** results-service refuses to start without a signing key: this run's own Ed25519 pair. */
    static final List<String> SIGNING_KEY = signingKey();

    static {
        SERVICES.put("intake-service", 18081);
        SERVICES.put("processing-service", 18082);
        SERVICES.put("results-service", 18083);
        SERVICES.put("rating-service", 18084);
    }

    /** The web portal: started only by the tests that open its pages (portal()). */
    static final String PORTAL = "web-portal";
    static final int PORTAL_PORT = 18080;

    private static PackagedPlatform shared;

    /** The running JVM of each service; replaced when a service is started again. */
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Path root = Path.of(System.getProperty("onestop.root", "..")).toAbsolutePath().normalize();
    private final Path logs = Path.of(System.getProperty("onestop.e2e.logs", "target/e2e-logs"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** One platform for every end-to-end test class of the run; stopped when the test JVM exits. */
    static synchronized PackagedPlatform shared() throws IOException {
        if (shared == null) {
            shared = new PackagedPlatform().start();
        }
        return shared;
    }

    /**
     * Ends an end-to-end class: once every service has consumed what was published, no event may
     * sit in a dead-letter topic (a refused event would otherwise surface only as a timeout, or not
     * at all).
     */
    static void assertNoDeadLetters() {
        try (TestKafka kafka = new TestKafka()) {
            kafka.awaitConsumersCaughtUp(TOPIC_PREFIX, Duration.ofSeconds(60));
            List<String> dead = kafka.deadLetters(TOPIC_PREFIX);
            if (!dead.isEmpty()) {
                throw new AssertionError("events were dead-lettered during the end-to-end run:\n  "
                        + String.join("\n  ", dead));
            }
        }
    }

    private static List<String> signingKey() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return List.of("-Donestop.results.signing.private-key=" + base64.encodeToString(pair.getPrivate().getEncoded()),
                    "-Donestop.results.signing.public-key=" + base64.encodeToString(pair.getPublic().getEncoded()),
                    "-Donestop.results.signing.key-id=e2e-" + UUID.randomUUID());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
        }
    }

    /** The four services, in start order. */
    static Collection<String> services() {
        return SERVICES.keySet();
    }

    /** The service's own database (e2e_intake, ...) on the test PostgreSQL, as its owner. */
    static String database(String service) {
        return "e2e_" + service.substring(0, service.indexOf('-'));
    }

    /** A connection to the service's database, for checks that count what the service stored. */
    static Connection connect(String service) throws SQLException {
        return connectTo(database(service));
    }

    /** A connection to any database of the test PostgreSQL ({@code postgres} to create and drop scratch ones). */
    static Connection connectTo(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + env("ONESTOP_TEST_DB_HOST", "127.0.0.1") + ":"
                + env("ONESTOP_TEST_DB_PORT", "15432") + "/" + database, env("ONESTOP_TEST_DB_USER", "onestop"), "");
    }

    static String url(String service) {
        return "http://127.0.0.1:" + SERVICES.get(service);
    }

    /** Where the portal's pages are; the QR links of this platform point at them. */
    static String portalUrl() {
        return "http://127.0.0.1:" + PORTAL_PORT;
    }

    /** 32 random bytes, hex: one of the portal's secrets for this run. */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Starts the web portal (once) on the four services' APIs and returns its URL. */
    synchronized String portal() throws IOException {
        Process running = processes.get(PORTAL);
        if (running == null || !running.isAlive()) {
            Path jar = jar(PORTAL);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: the portal was not packaged");
            }
            refuseStale(PORTAL, jar);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx192m", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.port=" + PORTAL_PORT,
                    "-Dquarkus.management.port=" + (PORTAL_PORT + 10),
                    "-Dquarkus.rest-client.intake.url=" + url("intake-service"),
                    "-Dquarkus.rest-client.processing.url=" + url("processing-service"),
                    "-Dquarkus.rest-client.results.url=" + url("results-service"),
                    "-Dquarkus.rest-client.rating.url=" + url("rating-service"),
                    // plain http on this machine: the CSRF and session cookies cannot be Secure-only here
                    "-Dquarkus.rest-csrf.cookie-force-secure=false",
                    "-Dquarkus.oidc.authentication.cookie-force-secure=false",
                    "-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl(),
                    "-jar", jar.toString()));
            // its secrets, which production requires (the same names an operator sets)
            ProcessBuilder builder = new ProcessBuilder(command);
            for (String name : List.of("CSRF_KEY", "STATE_SECRET", "SESSION_SECRET")) {
                builder.environment().put("ONESTOP_PORTAL_" + name, randomSecret());
            }
            // the fees' pay button redirects to the gateway: the portal's CSP form-action names it
            builder.environment().put("ONESTOP_PAYGATE_URL", paygateUrl());
            processes.put(PORTAL, builder.redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(PORTAL + ".log").toFile())).start());
            awaitReady(PORTAL, "http://127.0.0.1:" + (PORTAL_PORT + 10));
        }
        return portalUrl();
    }

    /**
     * The environment that makes a packaged service connect as its own Kafka user, with exactly its
     * ACLs (deploy/base/kafka/users.yaml), over SCRAM on the test broker's plain listener.
     */
    static Map<String, String> kafkaUser(String service) {
        return Map.of("ONESTOP_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "ONESTOP_KAFKA_USER", service,
                "ONESTOP_KAFKA_PASSWORD", service + "-local-secret");
    }

    /** Health, metrics and the OpenAPI document: each service's management port, its API port + 10. */
    static String managementUrl(String service) {
        return "http://127.0.0.1:" + (SERVICES.get(service) + 10);
    }

    PackagedPlatform start() throws IOException {
        Files.createDirectories(logs);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        for (String name : SERVICES.keySet()) {
            Path jar = jar(name);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: the service was not packaged");
            }
            refuseStale(name, jar);
        }
        for (String name : SERVICES.keySet()) {
            launch(name, ProcessBuilder.Redirect.to(logs.resolve(name + ".log").toFile()));
        }
        for (String name : SERVICES.keySet()) {
            awaitReady(name);
        }
        return this;
    }

    /**
     * Kills the service with SIGKILL (no shutdown hook, no drain: a crash) and waits until its
     * process is gone. Returns how long it had run.
     */
    synchronized Duration kill(String name) {
        Process process = processes.get(name);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        Duration ran = process.info().startInstant().map(start -> Duration.between(start, Instant.now()))
                .orElse(Duration.ZERO);
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return ran;
    }

    /**
     * Sends the service SIGTERM, as Kubernetes does to a pod it replaces, and waits at most
     * {@code within} for the process to end by itself. Returns its exit code.
     */
    int terminate(String name, Duration within) {
        Process process;
        synchronized (this) {
            process = processes.get(name);
        }
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        process.destroy();
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " (pid " + process.pid() + ") was still running " + within.toSeconds()
                        + " s after SIGTERM; see " + log(name));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /**
     * Runs the project's command that crashes or restarts the test broker or database
     * ({@code ./onestop chaos-fault ACTION}, which {@code ./onestop test} names in
     * {@code ONESTOP_TEST_INFRA_COMMAND}); its output goes to target/test-infrastructure.log.
     * Returns how long it took.
     */
    static Duration testInfrastructure(String action) throws IOException, InterruptedException {
        String command = env("ONESTOP_TEST_INFRA_COMMAND", "");
        if (command.isBlank()) {
            throw new IllegalStateException("ONESTOP_TEST_INFRA_COMMAND is not set: run the tests with ./onestop test");
        }
        List<String> arguments = new ArrayList<>(List.of(command.split(" ")));
        arguments.add(action);
        Path log = Path.of("target", "test-infrastructure.log");
        Instant start = Instant.now();
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", arguments) + " failed; see " + log.toAbsolutePath());
        }
        return Duration.between(start, Instant.now());
    }

    /** The process id of the service's running JVM (the benchmark samples its CPU and memory). */
    synchronized long pid(String name) {
        Process process = processes.get(name);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        return process.pid();
    }

    /** The service's log file (every start of it appends). */
    Path log(String name) {
        return logs.resolve(name + ".log");
    }

    /** Starts a killed service again on the same ports (its log continues) and waits until it is ready. */
    void restart(String name) throws IOException {
        synchronized (this) {
            Process process = processes.get(name);
            if (process != null && process.isAlive()) {
                throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
            }
            launch(name, ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        }
        awaitReady(name);
    }

    /** The public base URLs {@code service} prints, on this platform's ports (required in production). */
    static List<String> publicUrls(String service) {
        return switch (service) {
            case "intake-service" -> List.of(
                    // the receipt's and the result's QR codes open the portal's pages
                    "-Donestop.intake.tracking-base-url=" + portalUrl() + "/tracking/",
                    // the receipt's rating link opens the portal's rating page of the dossier
                    "-Donestop.intake.rating-base-url=" + portalUrl() + "/my/dossiers/",
                    "-Donestop.intake.results-base-url=" + url("results-service"));
            case "results-service" -> List.of("-Donestop.results.public-base-url=" + portalUrl());
            default -> List.of();
        };
    }

    /** The test stack's payment gateway stand-in (./onestop test starts it; docs/payments.md). */
    static String paygateUrl() {
        return env("ONESTOP_TEST_PAYGATE_URL", "http://127.0.0.1:18190");
    }

    /**
     * intake pays through the stand-in: its callback comes to this platform's intake, and the
     * applicant's browser goes back to the portal's page of the dossier.
     */
    static List<String> payments() {
        return List.of("-Donestop.payments.gateway.url=" + paygateUrl(),
                "-Donestop.payments.gateway.merchant=" + PaymentGatewayStandIn.DEFAULT_MERCHANT,
                "-Donestop.payments.gateway.secret=" + PaymentGatewayStandIn.DEFAULT_SECRET,
                "-Donestop.payments.callback-url=" + url("intake-service") + "/api/v1/payments/callback",
                "-Donestop.payments.return-url=" + portalUrl() + "/my/dossiers/{code}");
    }

    private Path jar(String name) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private synchronized void launch(String name, ProcessBuilder.Redirect log) throws IOException {
        int port = SERVICES.get(name);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + (port + 10),
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + env("ONESTOP_TEST_DB_PORT", "15432")
                        + "/" + database(name),
                "-Dkafka.bootstrap.servers=" + env("ONESTOP_TEST_KAFKA_BOOTSTRAP", "127.0.0.1:19092"),
                "-Donestop.messaging.topic-prefix=" + TOPIC_PREFIX,
                "-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl(),
                // notifications are recorded (RECORDED), never sent, on purpose
                "-Donestop.notify.mode=record",
                // text logs, which the tests read (GracefulShutdownIT); production logs JSON
                "-Dquarkus.log.console.json.enabled=false",
                // the production profile requires the public links, and this platform's are on this machine
                "-Donestop.public-urls.allow-loopback=true",
                // the gauges read from the database (outbox backlog, ...) refresh every 20 s by default
                "-Donestop.metrics.gauge-refresh=2s",
                // spans to the test's own collector, over OTLP/HTTP, sent every 200 ms (5 s by default)
                "-Dquarkus.otel.exporter.otlp.traces.endpoint=" + TRACES.endpoint(),
                "-Dquarkus.otel.exporter.otlp.traces.protocol=http/protobuf",
                "-Dquarkus.otel.bsp.schedule.delay=200ms"));
        command.addAll(publicUrls(name));
        if (name.equals("results-service")) {
            command.addAll(SIGNING_KEY);
        }
        if (name.equals("intake-service")) {
            command.addAll(payments());
        }
        command.addAll(List.of("-jar", jar(name).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().putAll(kafkaUser(name));
        processes.put(name, builder.start());
    }

    /**
     * A jar older than a source of its service or of a platform module it packs would test an old
     * build (a partial build, a module built alone): refused, naming the newer file.
     */
    private void refuseStale(String service, Path jar) throws IOException {
        FileTime built = Files.getLastModifiedTime(jar);
        List<Path> modules = new ArrayList<>(List.of(root.resolve(service)));
        try (Stream<Path> libs = Files.list(jar.resolveSibling("lib").resolve("main"))) {
            libs.map(lib -> PLATFORM_LIB.matcher(lib.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(lib -> root.resolve(lib.group(1)))
                    .filter(Files::isDirectory)
                    .forEach(modules::add);
        }
        for (Path module : modules) {
            for (Path sources : List.of(module.resolve("src").resolve("main"), module.resolve("pom.xml"))) {
                if (!Files.exists(sources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(sources)) {
                    Optional<Path> newer = files.filter(Files::isRegularFile)
                            .filter(file -> lastModified(file).compareTo(built) > 0).findFirst();
                    if (newer.isPresent()) {
                        throw new IllegalStateException(jar + " (packaged " + built + ") is older than "
                                + newer.get() + " (" + lastModified(newer.get()) + "): these tests would run an old "
                                + "build; package the services again (./mvnw -B verify packages them first)");
                    }
                }
            }
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(String name) {
        awaitReady(name, managementUrl(name));
    }

    private void awaitReady(String name, String management) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        URI ready = URI.create(management + "/q/health/ready");
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
            Process process;
            synchronized (this) {
                process = processes.get(name);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up (exit code " + process.exitValue()
                        + "); see " + logs.resolve(name + ".log"));
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

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public synchronized void close() {
        for (Process process : processes.values()) {
            process.destroy();
        }
        for (Process process : processes.values()) {
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
