package vn.onestop.rating.projection.service;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import vn.onestop.platform.audit.CodeAndIdAliases;

/** rating's calls name a dossier by its code (ratings), its events by its id: the audit trail answers with both. */
@Singleton
public class DossierAuditAliases extends CodeAndIdAliases {

    DossierAuditAliases(EntityManager entityManager) {
        super(entityManager, "dossier_fact", "dossier_id", "code");
    }
}
