package vn.onestop.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.SlowRequest;
import vn.onestop.platform.testing.Tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service stopped with SIGTERM, as Kubernetes stops a pod in a rolling restart (issue 13,
 * shutdown): it leaves the load balancer's rotation (readiness DOWN) at once, finishes the request
 * in progress, lets the event handlings in progress finish and starts no other, and exits by itself
 * well within the pod's grace period; after its restart every event is applied exactly once and
 * none was dead-lettered (docs/reliability.md).
 */
class GracefulShutdownIT extends EndToEndTest {

    private static final String SERVICE = "processing-service";
    private static final String CITIZEN_ID = "096185000778";
    private static final String WARD = "000.01.20.H22";
    /**
     * deploy/base: what is left of terminationGracePeriodSeconds (45 s) after the preStop pause
     * (5 s), the time between SIGTERM and Kubernetes' SIGKILL.
     */
    private static final int BURST = 150;
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(40);

    @Test
    void sigterm_finishes_what_is_in_progress_and_after_the_restart_every_event_is_applied_once() throws Exception {
        PackagedPlatform platform = PackagedPlatform.shared();
        String citizen = Tokens.citizen(CITIZEN_ID);

        // a backlog of events for processing, so that its consumer still has events in hand when
        // SIGTERM comes: dossiers submitted while it is down (killed), then it starts on them
        platform.kill(SERVICE);
        List<Received> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            burst.add(submitBirthRegistration(citizen, CITIZEN_ID));
        }
        platform.restart(SERVICE);
        await("processing starts on the backlog").atMost(Duration.ofSeconds(60))
                .until(() -> !casesOf(burst).isEmpty());
        long logBefore = Files.size(platform.log(SERVICE));
        // and a request in progress: its body is still on its way
        try (SlowRequest held = SlowRequest.post(PackagedPlatform.url(SERVICE) + "/api/v1/tasks/" + UUID.randomUUID()
                + "/complete", Tokens.officer(WARD), "{\"outcome\": \"APPROVE\"}")) {
            await("the request is in progress").atMost(Duration.ofSeconds(30))
                    .until(() -> metric("onestop_http_in_flight") == 1);

            CompletableFuture<Integer> exited = CompletableFuture.supplyAsync(() -> platform.terminate(SERVICE, GRACE_PERIOD));

            // out of the rotation at once, while it finishes what it has
            await("readiness DOWN after SIGTERM").atMost(Duration.ofSeconds(10))
                    .until(() -> health("ready") == 503);
            assertThat(exited).as("still waiting for the request in progress").isNotDone();
            // the held request gets its real answer (no such task), not a dropped connection
            assertThat(SlowRequest.status(held.finish())).as("the request in progress, answered").isEqualTo(404);

            int code = exited.get();
            assertThat(code).as("exit code after SIGTERM (143: ended by the signal, after the shutdown hooks)")
                    .isIn(0, 143);
        }
        byte[] log = Files.readAllBytes(platform.log(SERVICE));
        String shutdownLog = new String(log, (int) logBefore, log.length - (int) logBefore, StandardCharsets.UTF_8);
        assertThat(casesOf(burst)).as("a backlog was left when the service stopped").hasSizeLessThan(BURST);
        assertThat(shutdownLog).as("the inbox stopped taking events before the persistence layer closed, and the "
                        + "events it had in hand then were left unacknowledged")
                .contains("event inbox: stopped taking events")
                .contains("left unacknowledged")
                .doesNotContain("EntityManagerFactory is closed")
                .doesNotContain("dead-letter")
                .doesNotContain("ERROR");

        platform.restart(SERVICE);

        await("every dossier of the burst taken up").atMost(Duration.ofSeconds(120))
                .until(() -> casesOf(burst).size() == burst.size());
        Map<String, Integer> firstSteps = firstStepsOf(burst);
        assertThat(firstSteps).as("one first task per dossier: nothing doubled").hasSize(burst.size())
                .allSatisfy((dossier, tasks) -> assertThat(tasks).as(dossier).isEqualTo(1));
    }

    /** The dossiers of {@code dossiers} processing holds a case for. */
    private static List<String> casesOf(List<Received> dossiers) throws SQLException {
        List<String> cases = new ArrayList<>();
        try (Connection connection = PackagedPlatform.connect(SERVICE);
             PreparedStatement statement = connection.prepareStatement(
                     "select dossier_id::text from case_file where dossier_id = any(?)")) {
            statement.setArray(1, ids(connection, dossiers));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    cases.add(rs.getString(1));
                }
            }
        }
        return cases;
    }

    /** For each dossier, how many tasks its first step (the reception check) has. */
    private static Map<String, Integer> firstStepsOf(List<Received> dossiers) throws SQLException {
        Map<String, Integer> tasks = new HashMap<>();
        try (Connection connection = PackagedPlatform.connect(SERVICE);
             PreparedStatement statement = connection.prepareStatement("""
                     select dossier_id::text, count(*) from task
                      where dossier_id = any(?) and step = 'RECEIVE_CHECK' group by dossier_id""")) {
            statement.setArray(1, ids(connection, dossiers));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tasks.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return tasks;
    }

    private static Array ids(Connection connection, List<Received> dossiers) throws SQLException {
        return connection.createArrayOf("uuid", dossiers.stream().map(d -> UUID.fromString(d.id())).toArray());
    }

    private static int health(String group) {
        try {
            return RestAssured.given().baseUri(PackagedPlatform.managementUrl(SERVICE)).get("/q/health/" + group)
                    .statusCode();
        } catch (RuntimeException e) {
            return -1; // not listening
        }
    }

    private static double metric(String name) throws IOException {
        String text = RestAssured.given().baseUri(PackagedPlatform.managementUrl(SERVICE)).get("/q/metrics").asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new IOException(name + " not among the metrics");
    }
}
