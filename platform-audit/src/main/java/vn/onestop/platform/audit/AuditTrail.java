package vn.onestop.platform.audit;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Appends to and reads the audit trail in the service's own database. An append reads its chain's
 * last entry and inserts the next position, which the table's {@code unique (chain, position)} lets
 * only one transaction have: a concurrent append to the same chain waits for the first to finish and,
 * if it committed, builds on it (two statements per append in the common case; appends to different
 * chains do not wait for each other). docs/benchmarks.md gives the statements it saves.
 */
@ApplicationScoped
@Unremovable // looked up by AuditedCalls
public class AuditTrail {

    private static final String COLUMNS = "id, chain, position, at, actor, roles, agency, subject, action, outcome, "
            + "previous_hash, hash";

    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many times an append builds again on a chain that another transaction extended meanwhile. */
    private static final int MAX_TRIES = 100;

    /** Records {@code draft} in the current transaction: it is kept if, and only if, the transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(AuditEntry.Draft draft) {
        String chain = AuditChain.chainOf(draft.subject());
        for (int attempt = 1; attempt <= MAX_TRIES; attempt++) {
            List<AuditEntry> last = read("where chain = ?1 order by position desc limit 1", chain);
            AuditEntry entry = AuditChain.append(chain, last.isEmpty() ? null : last.get(0), draft);
            // read committed: an uncommitted entry at this position makes the insert wait for its
            // transaction; once that commits, "do nothing" answers 0 and the next read sees it
            int inserted = entityManager.createNativeQuery("""
                            insert into audit_entry (chain, position, at, actor, roles, agency, subject, action, outcome,
                                                     previous_hash, hash)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                            on conflict (chain, position) do nothing""")
                    .setParameter(1, entry.chain())
                    .setParameter(2, entry.position())
                    .setParameter(3, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                    .setParameter(4, entry.actor())
                    .setParameter(5, entry.roles())
                    .setParameter(6, entry.agency())
                    .setParameter(7, entry.subject())
                    .setParameter(8, entry.action())
                    .setParameter(9, entry.outcome())
                    .setParameter(10, entry.previousHash())
                    .setParameter(11, entry.hash())
                    .executeUpdate();
            if (inserted == 1) {
                return entry;
            }
        }
        throw new IllegalStateException("audit chain " + chain + " kept moving: no position after " + MAX_TRIES + " tries");
    }

    /** The entries about any of {@code subjects} (one record's names), oldest first, after the entry {@code afterId}. */
    @Transactional
    public List<AuditEntry> about(Collection<String> subjects, long afterId, int limit) {
        return read("where subject in (?1) and id > ?2 order by id limit ?3", List.copyOf(subjects), afterId, limit);
    }

    /** One chain, in position order, from {@code fromPosition}. */
    @Transactional
    public List<AuditEntry> chain(String chain, long fromPosition, int limit) {
        return read("where chain = ?1 and position >= ?2 order by position limit ?3", chain, fromPosition, limit);
    }

    private List<AuditEntry> read(String where, Object... parameters) {
        var query = entityManager.createNativeQuery("select " + COLUMNS + " from audit_entry " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            entries.add(new AuditEntry(((Number) c[0]).longValue(), (String) c[1], ((Number) c[2]).longValue(),
                    instant(c[3]), (String) c[4], (String) c[5], (String) c[6], (String) c[7], (String) c[8],
                    (String) c[9], (String) c[10], (String) c[11]));
        }
        return entries;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
