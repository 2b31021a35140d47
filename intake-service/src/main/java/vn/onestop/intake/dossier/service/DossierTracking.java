package vn.onestop.intake.dossier.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.dossier.messaging.DossierDecidedData;
import vn.onestop.intake.dossier.messaging.ResultIssuedData;
import vn.onestop.platform.messaging.IncomingEvent;
import vn.onestop.platform.messaging.PoisonEventException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Applies the other services' events to the dossiers intake tracks. */
@ApplicationScoped
public class DossierTracking {

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(IncomingEvent event, DossierDecidedData data) {
        Dossier dossier = dossierOf(data.dossierId(), event);
        dossier.decision = data.decision();
        dossier.decidedAt = data.decidedAt();
        boolean moved = dossier.advanceTo(DossierStatus.DECIDED);
        String description = "APPROVED".equals(data.decision())
                ? "Approved by " + data.decidedBy()
                : "Rejected by " + data.decidedBy() + (data.reason() == null ? "" : ": " + data.reason());
        timeline(dossier, event, data.decidedAt(), "DECIDED", description);
        Log.infof("dossier %s decided %s (event %s, status moved: %s)", dossier.id, data.decision(), event.id(), moved);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resultIssued(IncomingEvent event, ResultIssuedData data) {
        Dossier dossier = dossierOf(data.dossierId(), event);
        dossier.resultId = data.resultId();
        dossier.resultNumber = data.number();
        dossier.resultIssuedAt = data.issuedAt();
        // A result means the dossier was decided, even if the decision event is still on its way.
        dossier.advanceTo(DossierStatus.DECIDED);
        timeline(dossier, event, data.issuedAt(), "RESULT_ISSUED",
                "Result " + data.number() + " (" + data.kind() + ") issued by " + data.issuer() + ", ready to collect");
        Log.infof("dossier %s result %s issued (event %s)", dossier.id, data.number(), event.id());
    }

    private static Dossier dossierOf(UUID dossierId, IncomingEvent event) {
        if (dossierId == null) {
            throw new PoisonEventException("event " + event.id() + " names no dossier");
        }
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null) {
            throw new PoisonEventException("event " + event.id() + " is about unknown dossier " + dossierId);
        }
        return dossier;
    }

    private static void timeline(Dossier dossier, IncomingEvent event, OffsetDateTime at, String kind,
                                 String description) {
        OffsetDateTime when = at != null ? at
                : event.time() != null ? event.time().atOffset(ZoneOffset.UTC) : OffsetDateTime.now(ZoneOffset.UTC);
        TimelineEntry.of(dossier.id, when, kind, description, event.source(), event.id()).persist();
    }
}
