package vn.onestop.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.bench.Bench;
import vn.onestop.bench.Report;
import vn.onestop.bench.Settings;
import vn.onestop.platform.testing.Tokens;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.platform.testing.Tokens.as;

/**
 * The benchmark's smoke run (issue 12): a few seconds of the intake scenario at a low rate against
 * the packaged services, with no threshold on speed. It checks that the report is written and agrees
 * with itself and with the platform: every submission offered was answered, each accepted one is a
 * dossier the applicant then finds in intake's list, the latency histogram counts exactly those, and
 * the platform caught up (no consumer lag, no outbox backlog) before the report was closed, and the
 * footprint counts transactions, rows, records and statements.
 */
class BenchSmokeIT extends EndToEndTest {

    @Test
    void a_short_intake_run_writes_a_report_that_agrees_with_the_platform(@TempDir Path dir) throws Exception {
        // the run's own applicant, so that their dossiers are exactly the run's
        String applicant = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        Map<String, String> api = new LinkedHashMap<>();
        Map<String, String> management = new LinkedHashMap<>();
        Map<String, String> databases = new LinkedHashMap<>();
        List<Settings.Process> processes = new ArrayList<>();
        PackagedPlatform platform = PackagedPlatform.shared();
        for (String service : PackagedPlatform.services()) {
            api.put(service, PackagedPlatform.url(service));
            management.put(service, PackagedPlatform.managementUrl(service));
            processes.add(new Settings.Process(service, platform.pid(service), false, true));
            databases.put(service, PackagedPlatform.database(service));
        }
        String[] keycloakAdmin = env("ONESTOP_TEST_KEYCLOAK_ADMIN", "admin:admin").split(":", 2);
        Settings settings = new Settings("intake", 5, Duration.ofSeconds(4), false, 50, Duration.ofSeconds(40),
                api, management, env("ONESTOP_TEST_KAFKA_BOOTSTRAP", "127.0.0.1:19092"),
                "onestop-admin:onestop-admin-local-secret", PackagedPlatform.TOPIC_PREFIX,
                URI.create(env("ONESTOP_TEST_KEYCLOAK_URL", "http://127.0.0.1:18180")),
                keycloakAdmin[0] + ":" + keycloakAdmin[1], processes, Map.of("git", "test run"), dir, applicant, 2048,
                "jdbc:postgresql://" + env("ONESTOP_TEST_DB_HOST", "127.0.0.1") + ":" + env("ONESTOP_TEST_DB_PORT", "15432")
                        + "/postgres", env("ONESTOP_TEST_DB_USER", "onestop"), databases, Duration.ZERO);

        Report report = Bench.run(settings);
        report.write(dir);

        JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("report.json")));
        assertThat(Files.readString(dir.resolve("report.md"))).contains("# Benchmark report: intake")
                .contains("| intake-service |");
        JsonNode load = json.path("load");
        assertThat(load.path("offered").asLong()).isEqualTo(20);
        assertThat(load.path("errors").size()).as("errors: %s", load.path("errors")).isZero();
        long accepted = load.path("accepted").asLong();
        assertThat(accepted).isEqualTo(20);
        assertThat(load.path("latencyMs").path("count").asLong()).isEqualTo(accepted);
        assertThat(load.path("latencyMs").path("p50").asDouble())
                .isLessThanOrEqualTo(load.path("latencyMs").path("max").asDouble());
        assertThat(json.path("scenarioResults").path("dossiersAccepted").asLong()).isEqualTo(accepted);

        // every accepted submission is a dossier the applicant finds in intake's list, and no more
        assertThat(listedDossiers(applicant)).isEqualTo(accepted);

        // the platform caught up before the report was closed, and every service's CPU was read
        assertThat(json.path("window").path("drained").asBoolean()).as("drained").isTrue();
        assertThat(json.path("consumerLag").path("end").asLong()).isZero();
        assertThat(json.path("outboxBacklog").path("end").asLong()).isZero();
        for (String service : PackagedPlatform.services()) {
            assertThat(json.path("cpu").path("processes").path(service).path("cpuMs").isNumber())
                    .as("CPU of %s", service).isTrue();
            assertThat(json.path("memory").path(service).path("peakMiB").asDouble()).as("memory of %s", service)
                    .isPositive();
        }
        assertThat(json.path("cpu").path("processes").path("intake-service").path("cpuMs").asLong()).isPositive();
        assertThat(json.path("machine").path("cores").asInt()).isPositive();

        // what the database and the broker counted: each accepted submission committed at least one
        // transaction in intake's database and wrote at least its DossierSubmitted to intake's topic
        JsonNode footprint = json.path("footprint");
        assertThat(footprint.path("databases").path("intake-service").path("xact_commit").asLong())
                .isGreaterThanOrEqualTo(accepted);
        assertThat(footprint.path("databases").path("intake-service").path("tup_inserted").asLong())
                .isGreaterThanOrEqualTo(accepted);
        assertThat(footprint.path("kafkaRecordsByTopic").path(PackagedPlatform.TOPIC_PREFIX + "onestop.dossier.events.v1")
                .asLong()).isGreaterThanOrEqualTo(accepted);
        assertThat(footprint.path("perUnit").path("kafkaRecords").asDouble()).isGreaterThanOrEqualTo(1.0);
        // statements, counted by pg_stat_statements, which ./onestop test's PostgreSQL preloads as the stack's does
        // (infra/lib.sh): at least one per dossier in each database a submitted dossier touches
        for (String service : List.of("intake-service", "processing-service", "rating-service")) {
            assertThat(footprint.path("databases").path(service).path("statements").asLong())
                    .as("statements in %s's database", service).isGreaterThanOrEqualTo(accepted);
        }
        assertThat(footprint.path("perUnit").path("statements").isNumber()).as("statements per dossier").isTrue();
    }

    private static long listedDossiers(String applicant) {
        long count = 0;
        String cursor = null;
        do {
            var request = as(Tokens.citizen(applicant)).baseUri(PackagedPlatform.url("intake-service"))
                    .queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = Officers.expect(request.get("/api/v1/dossiers"), 200).jsonPath();
            count += page.getList("items").size();
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return count;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
