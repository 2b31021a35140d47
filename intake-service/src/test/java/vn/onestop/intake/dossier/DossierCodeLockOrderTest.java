package vn.onestop.intake.dossier;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.intake.IntakeFixtures.WARD_CENTRE;
import static vn.onestop.intake.IntakeFixtures.birthRegistration;
import static vn.onestop.intake.IntakeFixtures.submit;

/**
 * Every submission to a centre queues for the centre's counter row of the day, whose lock the
 * dossier code's allocation holds until commit ({@code DossierCodeAllocator}). So a submission
 * must take its code as late as it can: when it asks for the counter, it has already done and
 * written everything that does not need the code (its uploaded files), and none of the rows that
 * carry the code (dossier, components, timeline, events) is written yet.
 *
 * <p>The test holds the counter rows of the day in a transaction of its own, lets a submission
 * run into them, and looks at which tables the blocked submission's transaction has written to
 * ({@code RowExclusiveLock}s in {@code pg_locks}). No timing: it waits until PostgreSQL reports
 * the submission blocked by the test's transaction.
 */
@QuarkusTest
class DossierCodeLockOrderTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_submission_writes_its_files_before_it_takes_the_days_counter_and_the_coded_rows_after()
            throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            // the counter rows of today and tomorrow in the province (the run may straddle midnight)
            LocalDate today = LocalDate.now(VN);
            for (LocalDate day : List.of(today, today.plusDays(1))) {
                try (PreparedStatement lock = holder.prepareStatement("""
                        insert into dossier_code_counter (agency, day, last_seq) values (?, ?, 0)
                        on conflict (agency, day) do update set last_seq = dossier_code_counter.last_seq""")) {
                    lock.setString(1, WARD_CENTRE);
                    lock.setObject(2, day);
                    lock.executeUpdate();
                }
            }
            int holderPid = backendPid(holder);

            CompletableFuture<Response> submission = CompletableFuture.supplyAsync(
                    () -> submit(UUID.randomUUID().toString(), birthRegistration("001203009911")));
            try {
                int blocked = await().atMost(Duration.ofSeconds(60)).until(() -> blockedBy(holderPid), pid -> pid > 0);

                List<String> written = tablesWrittenBy(blocked);
                assertThat(written).as("the uploaded files are written before the counter is asked for")
                        .contains("stored_content");
                assertThat(written).as("the rows that carry the code are written after it is allocated")
                        .doesNotContain("dossier", "dossier_component", "dossier_timeline", "outbox_event",
                                "notification", "fee_obligation");
                assertThat(submission).isNotDone();
            } finally {
                holder.rollback();
            }
            Response answer = submission.get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.jsonPath().getString("code")).startsWith(WARD_CENTRE + "-");
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_backend_pid()");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The backend that waits for a lock {@code holderPid} holds, or 0. */
    private int blockedBy(int holderPid) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
            statement.setInt(1, holderPid);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The tables in which {@code pid}'s open transaction has inserted, updated or deleted rows. */
    private List<String> tablesWrittenBy(int pid) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select c.relname from pg_locks l join pg_class c on c.oid = l.relation
                     where l.pid = ? and l.mode = 'RowExclusiveLock' and l.granted and c.relkind = 'r'""")) {
            statement.setInt(1, pid);
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        }
    }
}
