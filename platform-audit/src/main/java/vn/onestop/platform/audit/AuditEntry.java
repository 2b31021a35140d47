package vn.onestop.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of the audit trail: who ({@code actor}, with the {@code roles} and {@code agency} of their
 * token; for an applied event, the service that sent it) did what ({@code action}) to which record
 * ({@code subject}: a dossier's id or code, or another record's key), when, and how it ended
 * ({@code outcome}: the HTTP status of a call, {@code APPLIED} for an event).
 *
 * <p>Entries are kept in {@link #chain chains}; each holds its position and the hash of the entry
 * before it in its chain ({@link AuditChain}), so that a row edited by hand no longer fits.
 */
public record AuditEntry(long id, String chain, long position, Instant at, String actor, String roles, String agency,
                         String subject, String action, String outcome, String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** What is about to be recorded, before its place in a chain is known. */
    public record Draft(Instant at, String actor, String roles, String agency, String subject, String action,
                        String outcome) {
    }
}
