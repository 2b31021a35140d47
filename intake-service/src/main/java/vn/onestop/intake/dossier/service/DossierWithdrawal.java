package vn.onestop.intake.dossier.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.dossier.messaging.DossierWithdrawnData;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.onestop.intake.payment.service.FeeObligations;
import java.time.temporal.ChronoUnit;

/**
 * The applicant withdraws a dossier that is not decided yet. Withdrawing a bundle withdraws every
 * member that is not finished; processing closes the open tasks when it reads DossierWithdrawn.
 */
@ApplicationScoped
public class DossierWithdrawal {

    private final Outbox outbox;
    private final Clock clock;
    private final DossierService dossiers;
    private final FeeObligations fees;

    DossierWithdrawal(Outbox outbox, Clock clock, DossierService dossiers, FeeObligations fees) {
        this.outbox = outbox;
        this.clock = clock;
        this.dossiers = dossiers;
        this.fees = fees;
    }

    @Transactional
    public DossierView withdraw(String code, String reason, Actor actor) {
        Dossier dossier = Dossier.<Dossier>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .filter(d -> DossierAccess.mayRead(actor, d))
                .orElseThrow(() -> ProblemException.notFound("Dossier", code));
        if (!DossierAccess.mayAct(actor, dossier)) {
            throw Caller.forbidden("only the applicant, their representative or the receiving centre's counter staff "
                    + "withdraw a dossier");
        }
        if (dossier.status == DossierStatus.WITHDRAWN) {
            return dossiers.view(dossier);
        }
        if (!dossier.status.mayAdvanceTo(DossierStatus.WITHDRAWN)) {
            throw new ProblemException(409, "dossier-not-withdrawable", "Dossier cannot be withdrawn",
                    "dossier " + code + " is " + dossier.status + " (national status " + dossier.nationalStatusCode
                            + "): only a dossier that is not decided can be withdrawn");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        withdrawOne(dossier, reason, now, actor.name());
        if ("BUNDLE".equals(dossier.kind)) {
            for (Dossier member : Dossier.childrenOf(dossier.id)) {
                if (member.status.mayAdvanceTo(DossierStatus.WITHDRAWN)) {
                    withdrawOne(member, reason, now, actor.name());
                }
            }
        }
        return dossiers.view(dossier);
    }

    private void withdrawOne(Dossier dossier, String reason, OffsetDateTime now, String by) {
        dossier.advanceTo(DossierStatus.WITHDRAWN);
        dossier.withdrawnAt = now;
        dossier.withdrawalReason = reason;
        fees.withdrawn(dossier);
        TimelineEntry.of(dossier.id, now, "WITHDRAWN", "Withdrawn by " + by + ": " + reason, "intake-service", null)
                .persist();
        outbox.publish(EventType.DOSSIER_WITHDRAWN, dossier.id, new DossierWithdrawnData(dossier.id, dossier.code,
                reason, now, dossier.status.name(), dossier.nationalStatusCode));
        Log.infof("dossier %s withdrawn by %s", dossier.id, by);
    }
}
