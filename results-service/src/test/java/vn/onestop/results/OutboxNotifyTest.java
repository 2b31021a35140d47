package vn.onestop.results;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.messaging.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A replica that does not lead the outbox relay announces its outbox rows to the leader by NOTIFY,
 * delivered at commit only (docs/adr/0035). Here the relay is off in this process, as on a replica
 * that lost the lock; the test's own connection plays the leader's listener.
 */
@QuarkusTest
@TestProfile(OutboxNotifyTest.RelayElsewhere.class)
class OutboxNotifyTest {

    public static class RelayElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onestop.messaging.relay.enabled", "false");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    private Connection listening;
    private final List<UUID> written = new ArrayList<>();

    @BeforeEach
    void listen() throws SQLException {
        listening = dataSource.getConnection();
        try (Statement statement = listening.createStatement()) {
            statement.execute("listen onestop_outbox");
        }
    }

    @AfterEach
    void cleanUp() throws SQLException {
        try (Statement statement = listening.createStatement()) {
            statement.execute("unlisten *");
        }
        listening.close();
        // nobody relays them in this profile, and no other test should receive them
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("delete from outbox_event where id = ?")) {
            for (UUID id : written) {
                statement.setObject(1, id);
                statement.executeUpdate();
            }
        }
    }

    @Test
    void a_commit_that_wrote_outbox_rows_notifies_the_leader_and_a_rollback_does_not() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            written.add(outbox.publish(EventType.RESULT_ISSUED, UUID.randomUUID(), Map.of("test", "committed")));
            written.add(outbox.publish(EventType.RESULT_ISSUED, UUID.randomUUID(), Map.of("test", "committed")));
        });
        List<PGNotification> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            received.addAll(notifications(200));
            return !received.isEmpty();
        });
        assertThat(received).extracting(PGNotification::getName).containsExactly("onestop_outbox");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            written.add(outbox.publish(EventType.RESULT_ISSUED, UUID.randomUUID(), Map.of("test", "rolled back")));
            throw new IllegalStateException("the state change fails after its event was written");
        })).hasStackTraceContaining("the state change fails after its event was written");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> notifications(100).isEmpty());
    }

    private List<PGNotification> notifications(int timeoutMillis) throws SQLException {
        PGNotification[] notifications = listening.unwrap(PGConnection.class).getNotifications(timeoutMillis);
        return notifications == null ? List.of() : List.of(notifications);
    }
}
