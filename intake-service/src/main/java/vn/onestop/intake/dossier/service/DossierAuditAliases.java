package vn.onestop.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.onestop.platform.audit.AuditAliases;
import vn.onestop.platform.audit.AuditIds;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** intake's calls name a dossier by its code, its events by its id: the audit trail answers with both. */
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
                ? entityManager.createNativeQuery("select code from dossier where id = ?1").setParameter(1, id)
                : entityManager.createNativeQuery("select cast(id as text) from dossier where code = ?1")
                        .setParameter(1, subject);
        for (Object name : query.getResultList()) {
            names.add(name.toString());
        }
        return names;
    }
}
