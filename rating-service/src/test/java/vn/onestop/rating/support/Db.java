package vn.onestop.rating.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;

/** Reads (and for the rebuild test, damages) rating's database directly. */
@ApplicationScoped
public class Db {

    private final EntityManager entityManager;

    Db(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Object one(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = entityManager.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.getSingleResult();
        });
    }

    public long count(String sql, Object... params) {
        return ((Number) one(sql, params)).longValue();
    }

    public int update(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = entityManager.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.executeUpdate();
        });
    }

    /** How many of these events the live projection has folded. */
    public long folded(Collection<String> eventIds) {
        return count("select count(*) from projection_event where event_id = any(cast(?1 as text[]))",
                "{" + String.join(",", eventIds) + "}");
    }

    /** A digest of the whole projection: equal digests, equal projections. */
    public String projectionDigest() {
        return (String) one("""
                select (select count(*) from dossier_fact) || ':' ||
                       coalesce((select md5(string_agg(f::text, '|' order by f.dossier_id)) from dossier_fact f), '') || ':' ||
                       (select count(*) from projection_event) || ':' ||
                       coalesce((select md5(string_agg(e::text, '|' order by e.event_id)) from projection_event e), '')""");
    }

    public static List<String> all(List<TestDossier> dossiers) {
        return dossiers.stream().flatMap(d -> d.eventIds.stream()).toList();
    }
}
