package vn.onestop.results.result.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.onestop.platform.audit.AuditAliases;
import vn.onestop.platform.audit.AuditIds;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * results' events name a dossier by its id, its calls name a result by the result's id (handover,
 * revocation): asked about a dossier (id or code) or one of its results, the audit trail answers
 * with the dossier and every result of it, blocked ones included.
 */
@ApplicationScoped
public class ResultAuditAliases implements AuditAliases {

    private final EntityManager entityManager;

    ResultAuditAliases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> of(String subject) {
        UUID id = AuditIds.uuid(subject);
        String where = id != null ? "id = ?1 or dossier_id = ?1" : "dossier_code = ?1";
        String blockedWhere = id != null ? "dossier_id = ?1 or result_id = ?1" : "dossier_code = ?1";
        Set<String> names = new TreeSet<>();
        for (String sql : new String[]{
                "select cast(id as text), cast(dossier_id as text), dossier_code from result where " + where,
                "select cast(result_id as text), cast(dossier_id as text), dossier_code from blocked_result where "
                        + blockedWhere}) {
            for (Object row : entityManager.createNativeQuery(sql).setParameter(1, id != null ? id : subject)
                    .getResultList()) {
                for (Object name : (Object[]) row) {
                    if (name != null) {
                        names.add(name.toString());
                    }
                }
            }
        }
        names.remove(subject);
        return names;
    }
}
