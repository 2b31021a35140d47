package vn.onestop.intake.dossier.service;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import vn.onestop.platform.audit.CodeAndIdAliases;

/** intake's calls name a dossier by its code, its events by its id: the audit trail answers with both. */
@Singleton
public class DossierAuditAliases extends CodeAndIdAliases {

    DossierAuditAliases(EntityManager entityManager) {
        super(entityManager, "dossier", "id", "code");
    }
}
