package vn.onestop.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.onestop.platform.testing.LocalIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The image archive the build writes for intake-service (Jib, {@code target/jib-image.tar}, ADR 0022)
 * is an image that runs, not just a file: its manifest and config say what the Deployments expect
 * (user 185, ports 8080 and 9000, java as PID 1 on the fast-jar), its layers are what the config
 * lists, and unpacked into a root filesystem they hold the application and a Java 17 runtime that
 * starts the service, as user 185, on a read-only root with a writable /tmp only (the Deployments'
 * securityContext and emptyDir), against the test broker and database, until /q/health/live is UP.
 *
 * <p>The archive exists where the base image could be assembled (deploy/images/base/build: root and
 * mmdebstrap); running the image needs root (chroot, mounts). Elsewhere these checks are skipped,
 * under {@code CI=true} they fail: CI must build and check an image.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerImageIT {

    private static final String SERVICE = "intake-service";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("onestop.root", "..")).toAbsolutePath().normalize();
    private static final Path ARCHIVE = ROOT.resolve(SERVICE).resolve("target/jib-image.tar");
    /** Ports of this check's own instance (the shared platform's are 18081..18094). */
    private static final int HTTP_PORT = 18181;
    private static final int MANAGEMENT_PORT = 18191;

    private static Path work;
    private static Path archive;
    private static Path rootfs;
    private static JsonNode manifest;
    private static JsonNode config;

    @BeforeAll
    static void unpackArchive() throws Exception {
        require(Files.isRegularFile(ARCHIVE), ARCHIVE + " is missing: the base image was not assembled "
                + "(deploy/images/base/build needs root and mmdebstrap; .ci/run installs it)");
        work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "onestop-image-");
        archive = Files.createDirectories(work.resolve("archive"));
        run(Duration.ofMinutes(2), "tar", "-xf", ARCHIVE.toString(), "-C", archive.toString());
        manifest = JSON.readTree(archive.resolve("manifest.json").toFile());
        assertThat(manifest).as("manifest.json: one image").hasSize(1);
        config = JSON.readTree(archive.resolve(manifest.get(0).get("Config").asText()).toFile());
        rootfs = Files.createDirectories(work.resolve("rootfs"));
        for (JsonNode layer : manifest.get(0).get("Layers")) {
            // as root, tar keeps the owners and modes the layers carry, as a container runtime does
            // (Jib's layers carry libarchive's creation times, which GNU tar does not know)
            run(Duration.ofMinutes(2), "tar", "--numeric-owner", "--warning=no-unknown-keyword", "-xzf",
                    archive.resolve(layer.asText()).toString(), "-C", rootfs.toString());
        }
    }

    @AfterAll
    static void removeWork() throws Exception {
        if (work != null) {
            run(Duration.ofMinutes(1), "rm", "-rf", work.toString());
        }
    }

    @Test
    @Order(1)
    void the_archive_is_the_service_tagged_with_the_project_version_and_its_layers_are_the_configs() throws Exception {
        String version = System.getProperty("onestop.version");
        String registry = System.getProperty("onestop.image.registry");
        assertThat(version).as("onestop.version (e2e-tests/pom.xml)").isNotBlank();
        assertThat(manifest.get(0).get("RepoTags")).extracting(JsonNode::asText)
                .containsExactly(registry + "/" + SERVICE + ":" + version);
        List<String> diffIds = new ArrayList<>();
        config.get("rootfs").get("diff_ids").forEach(id -> diffIds.add(id.asText()));
        List<String> layerDigests = new ArrayList<>();
        for (JsonNode layer : manifest.get(0).get("Layers")) {
            layerDigests.add("sha256:" + uncompressedSha256(archive.resolve(layer.asText())));
        }
        // what a registry or `docker load` checks: each layer is exactly the one the config names
        assertThat(layerDigests).as("the layers' digests, in order").isEqualTo(diffIds);
        assertThat(layerDigests).as("the base and the application's layers").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(2)
    void the_config_runs_java_on_the_fast_jar_as_user_185_on_the_ports_the_deployment_uses() throws IOException {
        JsonNode container = config.get("config");
        assertThat(container.get("User").asText()).isEqualTo("185:185");
        List<String> entrypoint = strings(container.get("Entrypoint"));
        assertThat(entrypoint.get(0)).as("java is PID 1 (it gets SIGTERM itself)").isEqualTo("java");
        assertThat(entrypoint).endsWith("-jar", "/deployments/quarkus-run.jar")
                .contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(container.has("Cmd") && !container.get("Cmd").isNull() && !container.get("Cmd").isEmpty())
                .as("no Cmd appended to the entrypoint").isFalse();
        List<String> ports = new ArrayList<>();
        container.get("ExposedPorts").fieldNames().forEachRemaining(ports::add);
        assertThat(ports).containsExactlyInAnyOrder("8080/tcp", "9000/tcp");
        assertThat(strings(container.get("Env"))).contains("JDK_JAVA_OPTIONS=-XX:MaxRAMPercentage=75")
                .anyMatch(env -> env.startsWith("PATH="));
        assertThat(container.get("WorkingDir").asText()).isEqualTo("/deployments");

        // ... which are what the Deployment says
        String deployment = Files.readString(ROOT.resolve("deploy/base").resolve(SERVICE).resolve("deployment.yaml"));
        assertThat(deployment).contains("runAsUser: 185", "readOnlyRootFilesystem: true", "containerPort: 8080",
                "containerPort: 9000", "mountPath: /tmp");
    }

    @Test
    @Order(3)
    void the_layers_hold_the_application_readable_not_writable_by_its_user_and_a_java_17_runtime() throws IOException {
        Path deployments = rootfs.resolve("deployments");
        assertThat(deployments.resolve("quarkus-run.jar")).isRegularFile();
        assertThat(deployments.resolve("quarkus/quarkus-application.dat")).isRegularFile();
        try (Stream<Path> app = Files.list(deployments.resolve("app"))) {
            assertThat(app.map(jar -> jar.getFileName().toString())).as("the service's own classes")
                    .anyMatch(name -> name.startsWith("intake-service-") && name.endsWith(".jar"));
        }
        try (Stream<Path> libs = Files.list(deployments.resolve("lib/main"))) {
            assertThat(libs.map(lib -> lib.getFileName().toString())).as("its libraries")
                    .anyMatch(name -> name.startsWith("vn.onestop.platform-messaging-"))
                    .anyMatch(name -> name.startsWith("io.quarkus.quarkus-core-"));
        }
        assertThat(rootfs.resolve("app")).as("Jib's plain-Java layout is filtered out").doesNotExist();
        if (isRoot()) {
            // unpacked as root, the owners are the layers' own: root's files, which 185 only reads
            assertThat(Files.getAttribute(deployments.resolve("quarkus-run.jar"), "unix:uid")).isEqualTo(0);
            assertThat(Files.getPosixFilePermissions(deployments.resolve("quarkus-run.jar")).toString())
                    .contains("OTHERS_READ").doesNotContain("OTHERS_WRITE");
        }

        Path java = resolveInImage(onPath("java"));
        assertThat(java).as("java on the image's PATH").isRegularFile();
        try (InputStream in = Files.newInputStream(java)) {
            assertThat(in.readNBytes(4)).as("an ELF executable").containsExactly(0x7f, 'E', 'L', 'F');
        }
        assertThat(java.toString()).contains("java-17-openjdk");
        assertThat(rootfs.resolve("etc/ssl/certs/java/cacerts")).as("Java's trust store (TLS to the brokers, the identity provider)")
                .isRegularFile();
        assertThat(Files.readAllLines(rootfs.resolve("etc/passwd"))).anyMatch(line -> line.matches("[^:]+:x:185:185:.*"));
    }

    @Test
    @Order(4)
    void the_images_java_runs_as_user_185() throws Exception {
        requireRoot();
        Process process = inImage(List.of("java", "-version")).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("openjdk version \"17.");
    }

    @Test
    @Order(5)
    void the_service_starts_from_the_image_on_a_read_only_root_reports_live_and_stops_on_sigterm() throws Exception {
        requireRoot();
        Path log = Path.of(System.getProperty("onestop.e2e.logs", "target/e2e-logs")).resolve("intake-service-image.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = inImage(strings(config.get("config").get("Entrypoint")))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(runtimeEnvironment());
        Process process = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI live = URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + "/q/health/live");
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .failFast("the service from the image exited; see " + log, () -> !process.isAlive())
                    .untilAsserted(() -> {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(live).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertThat(response.statusCode()).isEqualTo(200);
                        assertThat(JSON.readTree(response.body()).get("status").asText()).isEqualTo("UP");
                    });
        } finally {
            stop(process);
        }
        // java got the SIGTERM itself and shut down in order (what the grace period counts on)
        assertThat(Files.readString(log)).as("the log of the service from the image, " + log)
                .contains("intake-service stopped in")
                .doesNotContain("Read-only file system");
    }

    /**
     * {@code command} run in the unpacked image as a container runtime and the Deployment would run
     * it: in its own mount namespace, the image's root read-only, an empty writable /tmp (the
     * emptyDir), /proc, the host's /etc/hosts and resolv.conf (as the kubelet mounts them), as user
     * 185:185, with the image's environment only.
     */
    private static ProcessBuilder inImage(List<String> command) throws IOException {
        for (String file : List.of("etc/hosts", "etc/resolv.conf")) {
            if (!Files.exists(rootfs.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(rootfs.resolve(file));
            }
        }
        String mounts = String.join(" && ",
                "mount --bind \"$R\" \"$R\"",
                "mount --bind /etc/hosts \"$R/etc/hosts\"",
                "mount --bind /etc/resolv.conf \"$R/etc/resolv.conf\"",
                "mount -o remount,bind,ro \"$R\"",
                "mount -t tmpfs -o size=128m,mode=1777 tmpfs \"$R/tmp\"",
                "mount -t proc proc \"$R/proc\"",
                "exec chroot --userspec=185:185 \"$R\" \"$@\"");
        List<String> full = new ArrayList<>(List.of("unshare", "--mount", "--fork", "sh", "-c", mounts, "sh"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full);
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(imageEnvironment());
        env.put("R", rootfs.toString());
        return builder;
    }

    /** The image's environment (its PATH, JDK_JAVA_OPTIONS, ...), as a runtime hands it to the entrypoint. */
    private static Map<String, String> imageEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : strings(config.get("config").get("Env"))) {
            int eq = entry.indexOf('=');
            env.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return env;
    }

    /**
     * What the Deployment's ConfigMap and Secrets give the service, pointed at the test broker and a
     * database and topics of its own (namespace image-test of infra/test-env.conf).
     */
    private static Map<String, String> runtimeEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JDK_JAVA_OPTIONS", "-Xmx256m -XX:TieredStopAtLevel=1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
        env.put("ONESTOP_DB_HOST", "127.0.0.1");
        env.put("ONESTOP_DB_PORT", env("ONESTOP_TEST_DB_PORT", "15432"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + env("ONESTOP_TEST_DB_PORT", "15432")
                + "/image_test");
        env.put("QUARKUS_DATASOURCE_USERNAME", env("ONESTOP_TEST_DB_USER", "onestop"));
        env.put("ONESTOP_KAFKA_BOOTSTRAP", env("ONESTOP_TEST_KAFKA_BOOTSTRAP", "127.0.0.1:19092"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", env("ONESTOP_TEST_KAFKA_BOOTSTRAP", "127.0.0.1:19092"));
        env.put("ONESTOP_MESSAGING_TOPIC_PREFIX", "image-test.");
        env.putAll(PackagedPlatform.kafkaUser(SERVICE));
        env.put("ONESTOP_OIDC_URL", LocalIdentity.fromEnvironment().realmUrl());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", LocalIdentity.fromEnvironment().realmUrl());
        env.put("ONESTOP_NOTIFY_MODE", "record");
        String base = "http://127.0.0.1:" + HTTP_PORT;
        env.put("ONESTOP_TRACKING_BASE_URL", base + "/api/v1/tracking/");
        env.put("ONESTOP_RATING_BASE_URL", base + "/api/v1/dossiers/");
        env.put("ONESTOP_RESULTS_BASE_URL", base);
        env.put("ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK", "true");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        return env;
    }

    /** SIGTERM to the service (the chroot'ed java below unshare), as a pod gets; SIGKILL after 30 s. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The first directory of the image's PATH that has {@code command}, as a path inside the image. */
    private static String onPath(String command) {
        String path = imageEnvironment().getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            String candidate = dir + "/" + command;
            if (Files.exists(rootfs.resolve(candidate.substring(1)), LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
        throw new AssertionError(command + " is on no directory of the image's PATH " + path);
    }

    /** Follows symbolic links (Debian's alternatives are absolute ones) inside the image, not on this machine. */
    private static Path resolveInImage(String absolute) throws IOException {
        String current = absolute;
        for (int hops = 0; hops < 20; hops++) {
            Path file = rootfs.resolve(current.substring(1));
            if (!Files.isSymbolicLink(file)) {
                return file;
            }
            String target = Files.readSymbolicLink(file).toString();
            current = target.startsWith("/") ? target
                    : Path.of(current).getParent().resolve(target).normalize().toString();
        }
        throw new AssertionError("too many symbolic links from " + absolute);
    }

    private static String uncompressedSha256(Path gzipped) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped), 1 << 16)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static String run(Duration timeout, String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join(" ", command) + " exits 0; it printed:%n%s", text).isZero();
        return text;
    }

    private static boolean isRoot() {
        try {
            Matcher uid = Pattern.compile("(?m)^Uid:\\s+(\\d+)").matcher(Files.readString(Path.of("/proc/self/status")));
            return uid.find() && uid.group(1).equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    private static void requireRoot() {
        require(isRoot(), "running the image (chroot, mounts) needs root");
    }

    /** Skipped on a developer's machine without the means; a failure in CI, which must check an image. */
    private static void require(boolean condition, String why) {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(condition).as(why).isTrue();
        } else {
            assumeTrue(condition, why);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
