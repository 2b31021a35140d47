package vn.onestop.intake.dossier.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.dossier.messaging.SupplementExpiredData;
import vn.onestop.platform.messaging.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The applicant's supplement deadline, decided where the supplement is received: a dossier still
 * waiting for the supplement of its round after the deadline (at the deadline itself it may still be
 * supplemented) gets DossierSupplementExpired, once per round, under the dossier's row lock, the same
 * lock {@link DossierSupplements} takes. A supplement and its expiry therefore never both happen, and
 * they travel in that order on the dossier's partition; processing refuses the dossier on the event.
 */
@ApplicationScoped
public class SupplementDeadlines {

    private final Outbox outbox;
    private final Clock clock;

    SupplementDeadlines(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${onestop.supplement-watch.every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        scan(clock.instant());
    }

    /** Announces every supplement deadline passed as of {@code now}; returns how many. */
    public int scan(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Dossier.<Dossier>find(
                        "status = ?1 and supplementDeadline < ?2 and supplementedRound < supplementRound "
                                + "and supplementExpiredRound < supplementRound", DossierStatus.SUPPLEMENT_REQUESTED, at)
                .list().stream().map(d -> d.id).toList());
        int expired = 0;
        for (UUID id : due) {
            expired += QuarkusTransaction.requiringNew().call(() -> expire(id, at)) ? 1 : 0;
        }
        return expired;
    }

    private boolean expire(UUID id, OffsetDateTime at) {
        Dossier dossier = Dossier.getEntityManager().find(Dossier.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (dossier == null || dossier.status != DossierStatus.SUPPLEMENT_REQUESTED || dossier.supplementDeadline == null
                || !at.isAfter(dossier.supplementDeadline) || dossier.supplementedRound >= dossier.supplementRound
                || dossier.supplementExpiredRound >= dossier.supplementRound) {
            return false;
        }
        dossier.supplementExpiredRound = dossier.supplementRound;
        TimelineEntry.of(dossier.id, at, "SUPPLEMENT_EXPIRED", "No supplement of round " + dossier.supplementRound
                + " by its deadline " + dossier.supplementDeadline + ": the agency refuses the dossier",
                "intake-service", null).persist();
        outbox.publish(EventType.DOSSIER_SUPPLEMENT_EXPIRED, dossier.id, new SupplementExpiredData(dossier.id,
                dossier.code, dossier.supplementRound, dossier.supplementDeadline, at));
        Log.infof("dossier %s: supplement round %d expired (deadline %s)", dossier.id, dossier.supplementRound,
                dossier.supplementDeadline);
        return true;
    }
}
