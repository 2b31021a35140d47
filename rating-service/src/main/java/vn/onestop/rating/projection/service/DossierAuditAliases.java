package vn.onestop.rating.projection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.onestop.platform.audit.AuditAliases;
import vn.onestop.platform.audit.AuditIds;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** rating's calls name a dossier by its code (ratings), its events by its id: the audit trail answers with both. */
@ApplicationScoped
public class DossierAuditAliases implements AuditAliases {

    private final EntityManager entityManager;

    DossierAuditAliases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> of(String subject) {
        Set<String> names = new TreeSet<>();
        UUID id = AuditIds.uuid(subject);
        var query = id != null
                ? entityManager.createNativeQuery("select code from dossier_fact where dossier_id = ?1 and code is not null")
                        .setParameter(1, id)
                : entityManager.createNativeQuery("select cast(dossier_id as text) from dossier_fact where code = ?1")
                        .setParameter(1, subject);
        for (Object name : query.getResultList()) {
            names.add(name.toString());
        }
        return names;
    }
}
