package vn.onestop.rating.projection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.platform.messaging.IncomingEvent;
import vn.onestop.rating.invitation.service.InvitationService;
import vn.onestop.rating.portal.service.PortalSyncOutbox;
import vn.onestop.rating.projection.domain.DossierEvent;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.DossierProjection;
import vn.onestop.rating.projection.messaging.EventMapping;

import java.util.List;
import java.util.Optional;

/**
 * Folds one consumed event into the live projection and, in the same transaction, does what the
 * event means beyond the numbers: a rating invitation, a row for the national portal sync. Those
 * two are keyed by the event (or the dossier), not by whether the fold changed anything, so an
 * event a rebuild folded first still invites and syncs when the live consumer reaches it.
 */
@ApplicationScoped
public class LiveProjection {

    private final FactStore facts;
    private final ProjectionLock lock;
    private final InvitationService invitations;
    private final PortalSyncOutbox portal;

    LiveProjection(FactStore facts, ProjectionLock lock, InvitationService invitations, PortalSyncOutbox portal) {
        this.facts = facts;
        this.lock = lock;
        this.invitations = invitations;
        this.portal = portal;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        Optional<DossierEvent> mapped = EventMapping.toDossierEvent(event);
        if (mapped.isEmpty()) {
            return;
        }
        DossierEvent e = mapped.get();
        lock.shared();
        facts.ensureExists(ProjectionTables.LIVE, List.of(e.dossierId()));
        DossierFact fact = facts.loadForUpdate(ProjectionTables.LIVE, List.of(e.dossierId())).get(e.dossierId());
        if (facts.markApplied(ProjectionTables.LIVE, event.id(), e.dossierId(), event.type().ceType())) {
            DossierProjection.apply(fact, e);
            facts.save(ProjectionTables.LIVE, List.of(fact));
        }
        invitations.onEvent(e);
        portal.onEvent(event.id(), event.type().ceType(), e, fact);
    }
}
