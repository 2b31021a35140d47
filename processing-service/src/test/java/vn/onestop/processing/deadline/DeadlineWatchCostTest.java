package vn.onestop.processing.deadline;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.processing.deadline.service.DeadlineWatch;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one round of the deadline watch costs with many open dossiers none of which is due for an
 * alert: SQL statements and transactions, counted on the watch's thread ({@link StatementCounter}),
 * never timed. The figures are in docs/benchmarks.md.
 */
@QuarkusTest
class DeadlineWatchCostTest {

    static final int OPEN_NOT_DUE = 1000;

    @Inject
    DeadlineWatch watch;
    @Inject
    EntityManager entityManager;

    private final String run = "COST-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    /** Open dossiers in process, due in 20 days: nothing to announce for a long while. */
    private void openNotDue(int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                            insert into case_file (dossier_id, dossier_code, procedure_id, competent_agency, applicant_name,
                                applicant_id_number, status, received_at, due_at)
                            select gen_random_uuid(), ?1 || g, 'P2', '000.00.00.COST', 'Nguyễn Văn Thử', '001203004567',
                                'IN_PROCESS', now(), now() + interval '20 days'
                            from generate_series(1, ?2) g""")
                    .setParameter(1, run).setParameter(2, count).executeUpdate();
            // what the upgrade's migration does to the cases open at the time, when the column exists
            if (columnExists("case_file", "next_watch_at")) {
                entityManager.createNativeQuery(
                                "update case_file set next_watch_at = least(due_at, now()) where dossier_code like ?1")
                        .setParameter(1, run + "%").executeUpdate();
            }
        });
    }

    private boolean columnExists(String table, String column) {
        return ((Number) entityManager.createNativeQuery("""
                        select count(*) from information_schema.columns where table_name = ?1 and column_name = ?2""")
                .setParameter(1, table).setParameter(2, column).getSingleResult()).intValue() == 1;
    }

    /** The sum of the cases' versions: it grows with every update of one of them. */
    private long versions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select coalesce(sum(version), 0) from case_file where dossier_code like ?1")
                .setParameter(1, run + "%").getSingleResult()).longValue());
    }

    @AfterEach
    void remove() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from case_file where dossier_code like ?1").setParameter(1, run + "%").executeUpdate());
    }

    @Test
    void a_round_over_open_dossiers_none_of_them_due_costs_statements_independent_of_their_number() {
        openNotDue(OPEN_NOT_DUE);
        Instant now = Instant.now();
        StatementCounter.Cost<Integer> first = StatementCounter.count(() -> watch.scan(now));
        long versions = versions();
        StatementCounter.Cost<Integer> second = StatementCounter.count(() -> watch.scan(now.plusSeconds(60)));
        Log.infof("deadline watch with %d open dossiers not due: first round %d statements in %d transactions, "
                        + "second round %d statements in %d transactions; second round's SQL: %s", OPEN_NOT_DUE,
                first.statements(), first.transactions(), second.statements(), second.transactions(), second.sql());
        assertThat(second.result()).isZero();
        assertThat(second.statements())
                .as("statements of a steady round (first round: %d in %d transactions; second: %d in %d)",
                        first.statements(), first.transactions(), second.statements(), second.transactions())
                .isLessThanOrEqualTo(3);
        assertThat(second.transactions()).isLessThanOrEqualTo(1);
        assertThat(versions()).as("the second round updated no case").isEqualTo(versions);
    }
}
