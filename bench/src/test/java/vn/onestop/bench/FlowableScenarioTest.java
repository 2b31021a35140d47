package vn.onestop.bench;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flowable phase on the real PostgreSQL of {@code ./onestop test} (ONESTOP_TEST_DB_*): the model
 * deploys, four bundles offered in two seconds each reach their third result, every user task is
 * completed by the driver, and the scratch database is gone afterwards. No threshold on speed.
 */
class FlowableScenarioTest {

    private static final String SERVER = "jdbc:postgresql://" + env("ONESTOP_TEST_DB_HOST", "127.0.0.1") + ":"
            + env("ONESTOP_TEST_DB_PORT", "15432") + "/";

    @Test
    void drives_birth_bundles_to_their_third_result_and_drops_its_database() throws Exception {
        Settings settings = Bench.Arguments.parse(new String[]{"chains", "--rate", "2", "--duration", "2",
                "--drain", "60", "--flowable", "--database", SERVER + "postgres",
                "--database-user", env("ONESTOP_TEST_DB_USER", "onestop")});

        Map<String, Object> phase;
        try {
            phase = Bench.flowable(settings, 2, "flowable-test");
        } finally {
            FlowableScenario.dropDatabase(settings);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) phase.get("scenarioResults");
        assertThat(results).containsEntry("bundlesAccepted", 4L).containsEntry("bundlesFinished", 4L)
                .containsEntry("resultsIssued", 12L).containsEntry("deadLetterJobs", 0L)
                .containsEntry("stepErrors", Map.of());
        // P1's three officer steps and P2's and P3's three partner steps, per bundle
        assertThat(results.get("userTasksCompleted")).isEqualTo(36L);
        assertThat(Http.JSON.valueToTree(results).path("submissionToThirdResultMs").path("count").asLong()).isEqualTo(4);
        @SuppressWarnings("unchecked")
        Map<String, Object> load = (Map<String, Object>) phase.get("load");
        assertThat(load).containsEntry("offered", 4L).containsEntry("accepted", 4L);
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", settings.databaseUser(), "");
             ResultSet gone = admin.createStatement().executeQuery(
                     "SELECT 1 FROM pg_database WHERE datname = '" + FlowableScenario.DATABASE + "'")) {
            assertThat(gone.next()).isFalse();
        }
    }

    private static String env(String name, String otherwise) {
        return System.getenv().getOrDefault(name, otherwise);
    }
}
