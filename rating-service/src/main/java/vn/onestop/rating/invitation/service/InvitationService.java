package vn.onestop.rating.invitation.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.platform.rest.Actor;
import vn.onestop.rating.invitation.domain.InvitationReason;
import vn.onestop.rating.invitation.domain.RatingInvitation;
import vn.onestop.rating.projection.domain.DossierEvent;
import vn.onestop.rating.projection.service.FactStore;
import vn.onestop.rating.ratings.domain.RatingAccess;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InvitationService {

    private final EntityManager entityManager;
    private final Clock clock;
    private final FactStore facts;

    InvitationService(EntityManager entityManager, Clock clock, FactStore facts) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.facts = facts;
    }

    /** Opens the rating of the event's dossier if the event ends its service; the first invitation stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(DossierEvent event) {
        Optional<InvitationReason> reason = InvitationReason.of(event);
        if (reason.isEmpty()) {
            return;
        }
        if (event.dossierCode() == null) {
            throw new PoisonEventException(event.getClass().getSimpleName() + " without dossierCode");
        }
        UUID resultId = event instanceof DossierEvent.ResultIssued r ? r.resultId()
                : event instanceof DossierEvent.ResultReturned r ? r.resultId() : null;
        OffsetDateTime at = event.at() != null ? event.at() : OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int inserted = entityManager.createNativeQuery("""
                        insert into rating_invitation (dossier_id, dossier_code, result_id, invited_at, reason)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, event.dossierId())
                .setParameter(2, event.dossierCode())
                .setParameter(3, resultId)
                .setParameter(4, at)
                .setParameter(5, reason.get().name())
                .executeUpdate();
        if (inserted == 1) {
            Log.infof("dossier %s can now be rated (%s)", event.dossierId(), reason.get());
        }
    }

    /** The invitation, if {@code actor} is the dossier's applicant; otherwise empty, as for none. */
    @Transactional
    public Optional<InvitationView> find(String dossierCode, Actor actor) {
        return RatingInvitation.findByDossierCode(dossierCode)
                .filter(i -> RatingAccess.mayRate(actor, facts.findById(i.dossierId).orElse(null)))
                .map(InvitationService::view);
    }

    static InvitationView view(RatingInvitation i) {
        return new InvitationView(i.dossierId, i.dossierCode, i.resultId, i.invitedAt, i.reason);
    }
}
