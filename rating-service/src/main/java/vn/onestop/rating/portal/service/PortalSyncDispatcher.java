package vn.onestop.rating.portal.service;

import vn.onestop.rating.config.PortalConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.onestop.platform.messaging.LeasedRows;
import vn.onestop.platform.messaging.RetryPolicy;
import vn.onestop.rating.reference.service.References;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pushes queued status changes to the national portal, every one of them and in order: each row holds
 * the dossier's state right after the event that changed it (national status 1, 2, 4, 5, 4, 9, 10...),
 * and each round claims, in one short transaction, the oldest unsent change of each dossier that is due
 * ({@code FOR UPDATE SKIP LOCKED}: replicas never claim the same row; a later change of a dossier waits
 * until the earlier one is through, SENT or FAILED). Bundle parents are pushed like their members. It
 * pushes with no transaction open and records the outcome in its own transaction, guarded by the claim
 * token. Delivery is at least once: a replica that dies between push and record leaves a lease that
 * expires, and the portal receives that change again.
 */
@ApplicationScoped
public class PortalSyncDispatcher {

    private static final int MAX_ERROR = 1000;
    private static final int MAX_ROUNDS_PER_RUN = 20;
    private static final LeasedRows ROWS = new LeasedRows("portal_sync");

    private final EntityManager entityManager;
    private final PortalClient client;
    private final PortalConfig config;
    private final RetryPolicy retryPolicy;
    private final MeterRegistry registry;
    private volatile boolean warnedUnconfigured;
    private final References references;

    PortalSyncDispatcher(EntityManager entityManager, PortalClient client, PortalConfig config, MeterRegistry registry,
                         References references) {
        this.references = references;
        this.entityManager = entityManager;
        this.client = client;
        this.config = config;
        this.retryPolicy = RetryPolicy.unlimited(config.retry());
        this.registry = registry;
    }

    @Scheduled(identity = "portal-sync-dispatcher", every = "${onestop.portal.dispatch.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        // a round pushes one change per dossier; the next changes of those dossiers follow at once, up to
        // a bound, rather than one interval later each (a failed change waits for its backoff)
        ROWS.scheduledRound(() -> {
            int rounds = 0;
            while (dispatch() > 0 && ++rounds < MAX_ROUNDS_PER_RUN) {
                // next round
            }
        }, config.dispatch().interval());
    }

    /** One round; returns how many changes it pushed or tried to. */
    public int dispatch() {
        if (!client.configured()) {
            if (!warnedUnconfigured) {
                warnedUnconfigured = true;
                Log.warn("onestop.portal.url is not set: status changes queue up in portal_sync and are not pushed");
            }
            return 0;
        }
        if (references.loaded().isEmpty()) {
            // the portal knows procedures by their national codes, which come with intake's reference data
            Log.warn("intake's reference data (CatalogPublished) not received yet: portal pushes wait for it");
            return 0;
        }
        UUID token = UUID.randomUUID();
        List<Claimed> batch = claim(token);
        for (Claimed change : batch) {
            record(change, token, client.push(change.id().toString(), change.payload()));
        }
        return batch.size();
    }

    private record Claimed(UUID id, UUID dossierId, String dossierCode, int attempt, long seq, String payload) {
    }

    private List<Claimed> claim(UUID token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            // a later change of a dossier waits until the earlier ones are through
            List<Object[]> rows = (List<Object[]>) ROWS.claim(entityManager, token, config.dispatch().lease(),
                    config.dispatch().batchSize(), retryPolicy.maxAttempts(), """
                            not exists (select 1 from portal_sync e
                                         where e.dossier_id = s.dossier_id and e.seq < s.seq
                                           and e.status not in ('SENT', 'FAILED'))""",
                    "seq", "q.id, q.dossier_id, q.dossier_code, q.attempts, q.seq, cast(q.payload as text)");
            List<Claimed> batch = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                // each change is pushed as it was: the state right after its event, so the portal sees
                // every status the dossier went through, in order
                batch.add(new Claimed((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).intValue(),
                        ((Number) r[4]).longValue(), (String) r[5]));
            }
            batch.sort((a, b) -> Long.compare(a.seq(), b.seq()));
            return batch;
        });
    }

    private void record(Claimed change, UUID token, PortalClient.Outcome outcome) {
        String result;
        int updated;
        if (outcome instanceof PortalClient.Outcome.Sent) {
            result = "sent";
            updated = QuarkusTransaction.requiringNew().call(() -> claimHeld(change, token) ? entityManager
                    .createNativeQuery("""
                            update portal_sync
                               set status = 'SENT', sent_at = now(), last_error = null, lease_until = null,
                                   claim_token = null
                             where id = :id""")
                    .setParameter("id", change.id())
                    .executeUpdate() : 0);
            Log.infof("dossier %s: portal sync of change %s (%s) done on attempt %d", change.dossierId(), change.id(),
                    change.dossierCode(), change.attempt());
        } else {
            PortalClient.Outcome.Failed failed = (PortalClient.Outcome.Failed) outcome;
            String error = failed.error().length() > MAX_ERROR ? failed.error().substring(0, MAX_ERROR) : failed.error();
            double delay = retryPolicy.delayAfter(change.attempt()).toMillis() / 1000.0;
            result = failed.retryable() ? "retry" : "failed";
            updated = QuarkusTransaction.requiringNew().call(() -> !claimHeld(change, token) ? 0 : failed.retryable()
                    ? ROWS.retryLater(entityManager, change.id(), token, error, retryPolicy.delayAfter(change.attempt()))
                    : entityManager.createNativeQuery("""
                            update portal_sync
                               set status = 'FAILED', last_error = :error, lease_until = null, claim_token = null
                             where id = :id""")
                    .setParameter("error", error)
                    .setParameter("id", change.id())
                    .executeUpdate());
            if (failed.retryable()) {
                Log.warnf("dossier %s: portal sync of change %s (%s) attempt %d failed, retry in %.1f s: %s",
                        change.dossierId(), change.id(), change.dossierCode(), change.attempt(), delay, error);
            } else {
                Log.errorf("dossier %s: portal refused change %s (%s) for good: %s", change.dossierId(), change.id(),
                        change.dossierCode(), error);
            }
        }
        if (updated == 0) {
            Log.warnf("dossier %s: portal sync change %s: claim expired before its outcome (%s) was recorded; "
                    + "it will be pushed again", change.dossierId(), change.id(), result);
        }
        registry.counter("onestop.portal.sync", "outcome", result).increment();
    }

    /** The claim is still ours (its lease did not expire and another round take it over); locks the row. */
    private boolean claimHeld(Claimed change, UUID token) {
        return ROWS.held(entityManager, change.id(), token);
    }
}
