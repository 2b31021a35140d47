package vn.onestop.processing;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.audit.AuditEntry;
import vn.onestop.platform.audit.AuditTrail;
import vn.onestop.processing.deadline.StatementCounter;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one audit entry costs: every state-changing call and every applied event of every service
 * appends one, so its statements count in every dossier's footprint (docs/benchmarks.md). Counted on
 * the calling thread ({@link StatementCounter}), never timed.
 */
@QuarkusTest
class AuditAppendCostTest {

    @Inject
    AuditTrail trail;

    private static AuditEntry.Draft draft(String subject, String action) {
        return new AuditEntry.Draft(Instant.now(), "cost-test", null, null, subject, action, "OK");
    }

    @Test
    void an_append_to_a_chain_costs_two_statements() {
        String subject = "audit-cost-" + UUID.randomUUID();
        AuditEntry first = QuarkusTransaction.requiringNew().call(() -> trail.record(draft(subject, "first")));

        StatementCounter.Cost<AuditEntry> next = StatementCounter.count(
                () -> QuarkusTransaction.requiringNew().call(() -> trail.record(draft(subject, "second"))));

        Log.infof("one audit append: %d statements in %d transactions: %s", next.statements(), next.transactions(),
                next.sql());
        assertThat(next.result().position()).as("built on the chain's last entry").isGreaterThan(first.position());
        assertThat(next.statements()).as("the chain's last entry read, the next one inserted").isEqualTo(2);
        assertThat(next.transactions()).isEqualTo(1);
    }
}
