package vn.onestop.e2e;

import vn.onestop.platform.testing.LocalIdentity;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged services in the production profile refuse to start on settings that would make them
 * lie or leave them open: intake without an explicit notification mode would mark notifications as
 * handled while nothing reaches the applicants; a service without its identity provider could not
 * tell who calls; results without its signing key would sign with a key no other replica knows.
 */
class ProductionSettingsIT {

    @Test
    void intake_does_not_start_in_production_without_an_explicit_notification_mode() throws Exception {
        String log = runToExit("intake-service", "intake-no-notify-mode",
                List.of("-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl()),
                "ONESTOP_NOTIFY_MODE");
        assertThat(log).contains("onestop.notify.mode is not set", "ONESTOP_NOTIFY_MODE=live", "ONESTOP_NOTIFY_MODE=record");
    }

    @Test
    void a_service_does_not_start_in_production_without_its_identity_provider() throws Exception {
        String log = runToExit("intake-service", "intake-no-oidc-url", List.of("-Donestop.notify.mode=record"),
                "ONESTOP_OIDC_URL");
        assertThat(log).contains("quarkus.oidc.auth-server-url");
    }

    @Test
    void results_does_not_start_in_production_without_its_signing_key() throws Exception {
        String log = runToExit("results-service", "results-no-signing-key",
                List.of("-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl()),
                "ONESTOP_RESULTS_SIGNING_PRIVATE_KEY");
        assertThat(log).contains("no result-signing key is configured", "ONESTOP_RESULTS_SIGNING_PRIVATE_KEY");
    }

    @Test
    void a_service_does_not_start_in_production_without_its_kafka_password() throws Exception {
        String log = runToExit("intake-service", "intake-no-kafka-password",
                List.of("-Dquarkus.oidc.auth-server-url=" + LocalIdentity.fromEnvironment().realmUrl(),
                        "-Donestop.notify.mode=record"),
                "ONESTOP_KAFKA_PASSWORD");
        assertThat(log).contains("ONESTOP_KAFKA_PASSWORD");
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
