package vn.onestop.platform.messaging;

import io.quarkus.logging.Log;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A table of outbound deliveries worked by several replicas at once under leases (intake's
 * notifications, rating's national portal sync). The table has {@code id uuid}, {@code status}
 * (PENDING, SENDING, RETRY and the table's own final states), {@code attempts},
 * {@code claim_token}, {@code lease_until}, {@code next_attempt_at}, {@code last_attempt_at} and
 * {@code last_error}.
 *
 * <p>A round claims due rows in one short transaction ({@code FOR UPDATE SKIP LOCKED}: replicas
 * never claim the same row; status SENDING with a lease and a claim token), delivers with no
 * transaction open, and records each outcome in its own transaction, guarded by the token: a
 * replica that dies between delivery and record leaves a lease that expires, and the row is
 * delivered again (at least once).
 */
public final class LeasedRows {

    private final String table;

    public LeasedRows(String table) {
        this.table = table;
    }

    /**
     * Runs one scheduled round; a failure (the database away, say) is logged and the next round
     * tries again, so the schedule never stops.
     */
    public void scheduledRound(Runnable round, Duration interval) {
        try {
            round.run();
        } catch (RuntimeException e) {
            Log.warnf(e, "%s round failed; next round in %s", table, interval);
        }
    }

    /**
     * Claims up to {@code batch} due rows (PENDING or RETRY whose time has come, or SENDING whose
     * lease expired), oldest {@code orderBy} first, and returns the {@code returning} columns of
     * each (qualified with {@code q.}). {@code condition} narrows the rows further, on the alias
     * {@code s} (or is empty); {@code maxAttempts} leaves alone rows that had their last attempt.
     */
    public List<?> claim(EntityManager entityManager, UUID token, Duration lease, int batch, int maxAttempts,
                         String condition, String orderBy, String returning) {
        return entityManager.createNativeQuery("""
                        update %1$s q
                           set status = 'SENDING', attempts = q.attempts + 1, claim_token = :token,
                               lease_until = now() + make_interval(secs => cast(:lease as double precision)),
                               last_attempt_at = now()
                         where q.id in (select s.id from %1$s s
                                         where ((s.status in ('PENDING', 'RETRY') and s.next_attempt_at <= now())
                                                or (s.status = 'SENDING' and s.lease_until < now()))
                                           and s.attempts < :maxAttempts %2$s
                                         order by s.%3$s
                                         limit :batch
                                         for update skip locked)
                        returning %4$s""".formatted(table, condition.isBlank() ? "" : "and (" + condition + ")",
                        orderBy, returning))
                .setParameter("token", token)
                .setParameter("lease", lease.toMillis() / 1000.0)
                .setParameter("maxAttempts", maxAttempts)
                .setParameter("batch", batch)
                .getResultList();
    }

    /** The row goes back to RETRY after {@code delay} with its error, if the claim is still ours. */
    public int retryLater(EntityManager entityManager, UUID id, UUID token, String error, Duration delay) {
        return release(entityManager, id, token, "RETRY", error, delay);
    }

    /** The row fails for good with its error, if the claim is still ours. */
    public int failForGood(EntityManager entityManager, UUID id, UUID token, String error) {
        return release(entityManager, id, token, "FAILED", error, Duration.ZERO);
    }

    private int release(EntityManager entityManager, UUID id, UUID token, String status, String error, Duration delay) {
        return entityManager.createNativeQuery("""
                        update %s
                           set status = :status, last_error = :error, lease_until = null, claim_token = null,
                               next_attempt_at = now() + make_interval(secs => cast(:delay as double precision))
                         where id = :id and claim_token = :token""".formatted(table))
                .setParameter("status", status)
                .setParameter("error", error)
                .setParameter("delay", delay.toMillis() / 1000.0)
                .setParameter("id", id)
                .setParameter("token", token)
                .executeUpdate();
    }

    /** Whether the claim of the row is still ours (its lease did not expire and another round take it); locks the row. */
    public boolean held(EntityManager entityManager, UUID id, UUID token) {
        return !entityManager.createNativeQuery("select id from %s where id = ?1 and claim_token = ?2 for update"
                        .formatted(table))
                .setParameter(1, id)
                .setParameter(2, token)
                .getResultList().isEmpty();
    }
}
