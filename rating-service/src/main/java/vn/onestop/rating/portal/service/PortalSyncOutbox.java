package vn.onestop.rating.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.rating.projection.domain.DossierEvent;
import vn.onestop.rating.projection.domain.DossierFact;

import java.util.UUID;

/**
 * Queues a push to the national portal for every event that changes what the portal shows of a
 * dossier (its status code, due date, end, result documents), in the projection's transaction. The
 * row keeps the dossier's state after the event (for the record); the push itself sends the state at
 * push time ({@link PortalSyncDispatcher}). A BUNDLE parent is not a procedure dossier of its own and
 * is not pushed.
 */
@ApplicationScoped
public class PortalSyncOutbox {

    private final EntityManager entityManager;
    private final PortalPayloads payloads;

    PortalSyncOutbox(EntityManager entityManager, PortalPayloads payloads) {
        this.entityManager = entityManager;
        this.payloads = payloads;
    }

    public static boolean changesPortalState(DossierEvent event) {
        return event instanceof DossierEvent.Submitted || event instanceof DossierEvent.Filed
                || event instanceof DossierEvent.Refused || event instanceof DossierEvent.ProcessingStarted
                || event instanceof DossierEvent.SupplementRequested || event instanceof DossierEvent.PaymentRequested
                || event instanceof DossierEvent.ProcessingResumed || event instanceof DossierEvent.ProcessingStopped
                || event instanceof DossierEvent.Withdrawn || event instanceof DossierEvent.ApologyIssued
                || event instanceof DossierEvent.Decided || event instanceof DossierEvent.ResultIssued
                || event instanceof DossierEvent.ResultReturned;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(String eventId, String eventType, DossierEvent event, DossierFact fact) {
        if (!changesPortalState(event)) {
            return;
        }
        String payload = payloads.of(fact);
        entityManager.createNativeQuery("""
                        insert into portal_sync (id, dossier_id, dossier_code, event_id, event_type, national_status,
                                                 payload, status)
                        values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), 'PENDING')
                        on conflict (event_id) do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, fact.dossierId)
                .setParameter(3, fact.code)
                .setParameter(4, eventId)
                .setParameter(5, eventType)
                .setParameter(6, fact.status().nationalCode())
                .setParameter(7, payload)
                .executeUpdate();
    }
}
