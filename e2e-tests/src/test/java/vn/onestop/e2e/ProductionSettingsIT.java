package vn.onestop.e2e;

import vn.onestop.platform.testing.LocalIdentity;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged services in the production profile refuse to start on settings that would make them
 * lie or leave them open: intake without an explicit notification mode would mark notifications as
 * handled while nothing reaches the applicants; a service without its identity provider could not
 * tell who calls; results without its signing key would sign with a key no other replica knows; a
 * service whose public base URL is missing or points at this machine would print QR codes that lead
 * citizens nowhere. Production logs JSON: the refusals are read from JSON lines.
 */
class ProductionSettingsIT {

    /** Public base URLs as a province sets them, so that each case fails on its own setting only. */
    private static final Map<String, List<String>> PUBLIC_URLS = Map.of(
            "intake-service", List.of("-Donestop.intake.tracking-base-url=https://dichvucong.example.vn/tra-cuu/",
                    "-Donestop.intake.rating-base-url=https://dichvucong.example.vn/api/v1/dossiers/",
                    "-Donestop.intake.results-base-url=https://ketqua.example.vn"),
            "results-service", List.of("-Donestop.results.public-base-url=https://ketqua.example.vn"));
    /** What the services read from the environment that these cases set, or leave unset, themselves. */
    private static final List<String> CLEARED = List.of("ONESTOP_TRACKING_BASE_URL", "ONESTOP_RATING_BASE_URL",
            "ONESTOP_RESULTS_BASE_URL", "ONESTOP_RESULTS_PUBLIC_BASE_URL", "ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK",
            "ONESTOP_PORTAL_STATE_SECRET", "ONESTOP_PORTAL_SESSION_SECRET",
            "QUARKUS_LOG_CONSOLE_JSON_ENABLED");

    @Test
    void intake_does_not_start_in_production_without_an_explicit_notification_mode() throws Exception {
        String log = runToExit("intake-service", "intake-no-notify-mode",
                with(PUBLIC_URLS.get("intake-service"), "-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl()),
                "ONESTOP_NOTIFY_MODE");
        assertThat(log).contains("onestop.notify.mode is not set", "ONESTOP_NOTIFY_MODE=live", "ONESTOP_NOTIFY_MODE=record");
    }

    @Test
    void a_service_does_not_start_in_production_without_its_identity_provider() throws Exception {
        String log = runToExit("intake-service", "intake-no-oidc-url",
                with(PUBLIC_URLS.get("intake-service"), "-Donestop.notify.mode=record"),
                "ONESTOP_OIDC_URL");
        assertThat(log).contains("quarkus.oidc.auth-server-url");
    }

    @Test
    void results_does_not_start_in_production_without_its_signing_key() throws Exception {
        String log = runToExit("results-service", "results-no-signing-key",
                with(PUBLIC_URLS.get("results-service"), "-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl()),
                "ONESTOP_RESULTS_SIGNING_PRIVATE_KEY");
        assertThat(log).contains("no result-signing key is configured", "ONESTOP_RESULTS_SIGNING_PRIVATE_KEY");
    }

    @Test
    void a_service_does_not_start_in_production_without_its_kafka_password() throws Exception {
        String log = runToExit("intake-service", "intake-no-kafka-password",
                with(PUBLIC_URLS.get("intake-service"), "-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl(),
                        "-Donestop.notify.mode=record"),
                "ONESTOP_KAFKA_PASSWORD");
        assertThat(log).contains("ONESTOP_KAFKA_PASSWORD");
    }

    @Test
    void intake_does_not_start_in_production_without_its_public_tracking_url() throws Exception {
        String log = runToExit("intake-service", "intake-no-tracking-url",
                List.of("-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl(),
                        "-Donestop.notify.mode=record",
                        "-Donestop.intake.rating-base-url=https://dichvucong.example.vn/api/v1/dossiers/",
                        "-Donestop.intake.results-base-url=https://ketqua.example.vn"),
                "ONESTOP_TRACKING_BASE_URL");
        assertThat(log).contains("ONESTOP_TRACKING_BASE_URL (onestop.intake.tracking-base-url) is not set",
                        "ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK=true")
                .doesNotContain("ONESTOP_RATING_BASE_URL", "ONESTOP_RESULTS_BASE_URL");
        // the production profile logs JSON, one object a line: the refusal is an ERROR record
        assertThat(log.lines().filter(line -> line.startsWith("{") && line.endsWith("}")
                        && line.matches(".*\"level\"\\s*:\\s*\"ERROR\".*")
                        && line.contains("ONESTOP_TRACKING_BASE_URL")))
                .as("a JSON line at level ERROR naming the variable, in:%n%s", log).isNotEmpty();
    }

    @Test
    void results_does_not_start_in_production_with_a_loopback_public_url() throws Exception {
        List<String> extra = new ArrayList<>(List.of(
                "-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl(),
                "-Donestop.results.public-base-url=http://127.0.0.1:8083"));
        extra.addAll(PackagedPlatform.SIGNING_KEY);
        String log = runToExit("results-service", "results-loopback-public-url", extra,
                "ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK");
        assertThat(log).contains("ONESTOP_RESULTS_PUBLIC_BASE_URL (onestop.results.public-base-url) points at "
                + "this machine (127.0.0.1)", "ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK=true");
    }

    @Test
    void the_portal_does_not_start_in_production_without_its_secrets() throws Exception {
        String log = runToExit("web-portal", "portal-no-secrets",
                List.of("-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl()),
                "ONESTOP_PORTAL_CSRF_KEY");
        assertThat(log).contains("the portal's secrets are missing", "ONESTOP_PORTAL_CSRF_KEY",
                "ONESTOP_PORTAL_STATE_SECRET", "ONESTOP_PORTAL_SESSION_SECRET");
    }

    private static List<String> with(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    /** Starts a packaged service in production with {@code extra} and without {@code unset}; it must exit by itself. */
    private static String runToExit(String service, String name, List<String> extra, String unset) throws Exception {
        Path root = Path.of(System.getProperty("onestop.root", "..")).toAbsolutePath().normalize();
        Path log = Path.of(System.getProperty("onestop.e2e.logs", "target/e2e-logs")).resolve(name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=0", "-Dquarkus.management.port=0",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:"
                        + env("ONESTOP_TEST_DB_PORT", "15432") + "/e2e_" + service.substring(0, service.indexOf('-')),
                "-Dkafka.bootstrap.servers=" + env("ONESTOP_TEST_KAFKA_BOOTSTRAP", "127.0.0.1:19092"),
                "-Donestop.messaging.topic-prefix=" + PackagedPlatform.TOPIC_PREFIX));
        command.addAll(extra);
        command.addAll(List.of("-jar", root.resolve(service + "/target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(PackagedPlatform.kafkaUser(service));
        CLEARED.forEach(builder.environment()::remove);
        builder.environment().remove(unset);
        Process process = builder.start();
        try {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(service + " exits on its own").isTrue();
            assertThat(process.exitValue()).isNotZero();
            return Files.readString(log);
        } finally {
            process.destroyForcibly();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
