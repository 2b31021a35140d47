package vn.onestop.rating.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.rating.portal.domain.SyncState;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reconciliation of the portal sync: every dossier rating knows, and how far it was pushed. */
@ApplicationScoped
public class PortalSyncQueries {

    /**
     * One row per dossier (BUNDLE parents excluded) matching {@code %s} (a condition on the dossier
     * {@code f}, so that the aggregation only reads what is asked), with its sync state; the CASE is
     * the rule of {@link SyncState}.
     */
    private static final String PER_DOSSIER = """
            with agg as (
              select f.dossier_id, f.code, f.status as dossier_status, f.national_status, f.received_at,
                     count(p.id) as changes,
                     count(p.id) filter (where p.status = 'SENT') as sent,
                     count(p.id) filter (where p.status in ('PENDING', 'SENDING', 'RETRY')) as unsent,
                     count(p.id) filter (where p.status in ('PENDING', 'SENDING', 'RETRY')
                                           and p.last_error is not null) as erroring,
                     (array_agg(p.status order by p.seq desc))[1] as last_row_status,
                     (array_agg(p.last_error order by p.seq desc) filter (where p.last_error is not null))[1] as last_error,
                     (array_agg(p.national_status order by p.seq desc) filter (where p.status = 'SENT'))[1] as synced_status,
                     max(p.sent_at) as last_synced_at,
                     max(p.last_attempt_at) as last_attempt_at,
                     min(p.next_attempt_at) filter (where p.status in ('PENDING', 'RETRY')) as next_attempt_at,
                     coalesce(sum(p.attempts), 0) as attempts
                from dossier_fact f left join portal_sync p on p.dossier_id = f.dossier_id
               where f.kind <> 'BUNDLE' and f.code is not null and %s
               group by f.dossier_id, f.code, f.status, f.national_status, f.received_at)
            select *, case when changes = 0 then 'MISSING'
                           when erroring > 0 then 'FAILING'
                           when unsent > 0 then 'PENDING'
                           when last_row_status = 'FAILED' then 'FAILED'
                           else 'SYNCED' end as sync_state
              from agg""";

    private final EntityManager entityManager;

    PortalSyncQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record DossierSync(UUID dossierId, String dossierCode, SyncState state, String dossierStatus,
                              int nationalStatus, Integer syncedNationalStatus, long changes, long synced,
                              long attempts, String lastError, OffsetDateTime lastAttemptAt,
                              OffsetDateTime lastSyncedAt, OffsetDateTime nextAttemptAt) {
    }

    @Transactional
    public List<DossierSync> list(SyncState state, String dossierCode, String afterCode, int limit) {
        String dossiers = dossierCode != null ? "f.code = :code" : afterCode != null ? "f.code > :after" : "true";
        StringBuilder sql = new StringBuilder("select * from (" + PER_DOSSIER.formatted(dossiers) + ") s where true");
        if (state != null) {
            sql.append(" and sync_state = :state");
        }
        if (afterCode != null) {
            sql.append(" and code > :after");
        }
        sql.append(" order by code limit :limit");
        var query = entityManager.createNativeQuery(sql.toString(), jakarta.persistence.Tuple.class)
                .setParameter("limit", limit);
        if (state != null) {
            query.setParameter("state", state.name());
        }
        if (afterCode != null) {
            query.setParameter("after", afterCode);
        }
        if (dossierCode != null) {
            query.setParameter("code", dossierCode);
        }
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = query.getResultList();
        return rows.stream().map(t -> new DossierSync(
                t.get("dossier_id", UUID.class),
                t.get("code", String.class),
                SyncState.valueOf(t.get("sync_state", String.class)),
                t.get("dossier_status", String.class),
                ((Number) t.get("national_status")).intValue(),
                t.get("synced_status") == null ? null : ((Number) t.get("synced_status")).intValue(),
                ((Number) t.get("changes")).longValue(),
                ((Number) t.get("sent")).longValue(),
                ((Number) t.get("attempts")).longValue(),
                t.get("last_error", String.class),
                time(t.get("last_attempt_at")),
                time(t.get("last_synced_at")),
                time(t.get("next_attempt_at")))).toList();
    }

    /** Dossiers per sync state (every state present, zero when none). */
    @Transactional
    public Map<SyncState, Long> counts() {
        Map<SyncState, Long> counts = new EnumMap<>(SyncState.class);
        for (SyncState s : SyncState.values()) {
            counts.put(s, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select sync_state, count(*) from (" + PER_DOSSIER.formatted("true") + ") s group by sync_state")
                .getResultList();
        for (Object[] r : rows) {
            counts.put(SyncState.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** The sync state of every dossier received in [start, end), for the index of a scope. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, SyncState> statesOfReceived(OffsetDateTime start, OffsetDateTime end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select dossier_id, sync_state from ("
                        + PER_DOSSIER.formatted("f.received_at >= :start and f.received_at < :end") + ") s")
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        Map<UUID, SyncState> states = new HashMap<>();
        for (Object[] r : rows) {
            states.put((UUID) r[0], SyncState.valueOf((String) r[1]));
        }
        return states;
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time value " + value.getClass());
    }
}
