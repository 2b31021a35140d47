package vn.onestop.rating.invitation.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.rating.invitation.domain.RatingInvitation;
import vn.onestop.rating.invitation.messaging.ResultIssuedData;
import vn.onestop.platform.messaging.PoisonEventException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

@ApplicationScoped
public class InvitationService {

    @Transactional(Transactional.TxType.MANDATORY)
    public void invite(ResultIssuedData result) {
        if (result.dossierId() == null || result.dossierCode() == null) {
            throw new PoisonEventException("ResultIssued without dossierId or dossierCode");
        }
        if (RatingInvitation.findById(result.dossierId()) != null) {
            return;
        }
        RatingInvitation invitation = new RatingInvitation();
        invitation.dossierId = result.dossierId();
        invitation.dossierCode = result.dossierCode();
        invitation.resultId = result.resultId();
        invitation.invitedAt = result.issuedAt() != null ? result.issuedAt() : OffsetDateTime.now(ZoneOffset.UTC);
        invitation.persist();
        Log.infof("dossier %s can now be rated", result.dossierId());
    }

    @Transactional
    public Optional<InvitationView> find(String dossierCode) {
        return RatingInvitation.findByDossierCode(dossierCode)
                .map(i -> new InvitationView(i.dossierId, i.dossierCode, i.resultId, i.invitedAt));
    }
}
