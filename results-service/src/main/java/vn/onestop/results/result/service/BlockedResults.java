package vn.onestop.results.result.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.results.result.domain.BlockedResult;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The results that wait for their data to be corrected, as operators see them: the list, and the
 * gauge {@code onestop_results_blocked} that the runbook (docs/runbooks/blocked-results.md) alerts on.
 */
@ApplicationScoped
@Startup
public class BlockedResults {

    /** One blocked result: whose, why, since when, how many tries. */
    public record View(UUID dossierId, String dossierCode, String procedureId, String issuer, String reason,
                       List<BlockedResult.Violation> violations, int attempts, OffsetDateTime blockedAt,
                       OffsetDateTime updatedAt) {

        static View of(BlockedResult b) {
            return new View(b.dossierId, b.dossierCode, b.procedureId, b.issuer, b.reason, b.violations, b.attempts,
                    b.blockedAt, b.updatedAt);
        }
    }

    BlockedResults(MeterRegistry registry) {
        Gauge.builder("onestop.results.blocked", () -> QuarkusTransaction.requiringNew().call(BlockedResult::countOpen))
                .description("Approved dossiers whose result cannot be issued until the deciding agency corrects its data")
                .register(registry);
    }

    /** The open ones, oldest first. */
    @Transactional
    public List<View> open(int limit) {
        return BlockedResult.openOldestFirst(limit).stream().map(View::of).toList();
    }
}
