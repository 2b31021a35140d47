package vn.onestop.intake.dossier.service;

import vn.onestop.intake.config.IntakeConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.service.CatalogService;
import vn.onestop.intake.dossier.domain.Completeness;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.domain.DossierComponent;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.dossier.messaging.DossierSubmittedData;
import vn.onestop.intake.dossier.messaging.DossierSupplementedData;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The applicant answers a supplement request, once per round, with components from the published
 * list of the catalog version the dossier was received under. Processing resumes the clock when it
 * reads DossierSupplemented.
 */
@ApplicationScoped
public class DossierSupplements {

    private final CatalogService catalog;
    private final ComponentIntake components;
    private final DossierService dossiers;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    DossierSupplements(CatalogService catalog, ComponentIntake components, DossierService dossiers, Outbox outbox,
                       Clock clock, IntakeConfig config) {
        this.catalog = catalog;
        this.components = components;
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = config.zone();
    }

    @Transactional
    public DossierView supplement(String code, SupplementRequest request, Actor actor) {
        Dossier dossier = Dossier.<Dossier>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().filter(d -> DossierAccess.mayRead(actor, d))
                .orElseThrow(() -> ProblemException.notFound("Dossier", code));
        if (!DossierAccess.mayAct(actor, dossier)) {
            throw Caller.forbidden("only the applicant, their representative or the receiving centre's counter staff "
                    + "supplement a dossier");
        }
        if (dossier.status != DossierStatus.SUPPLEMENT_REQUESTED || dossier.supplementedRound >= dossier.supplementRound) {
            throw ProblemException.conflict("no-supplement-requested", "No supplement requested",
                    "dossier " + code + " is " + dossier.status + (dossier.supplementedRound >= dossier.supplementRound
                            && dossier.supplementRound > 0 ? " and round " + dossier.supplementRound + " was already answered" : "")
                            + ": a supplement is accepted only when the agency asked for one");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (dossier.supplementDeadline != null && now.isAfter(dossier.supplementDeadline)) {
            throw ProblemException.conflict("supplement-deadline-passed", "Supplement deadline passed",
                    "the supplement of dossier " + code + " was due by " + dossier.supplementDeadline
                            + "; after that the agency refuses the dossier");
        }
        Procedure procedure = catalog.procedure(dossier.procedureId, dossier.receivedAt.atZoneSameInstant(zone).toLocalDate())
                .orElseThrow(() -> ProblemException.conflict("not-supplementable", "Not supplementable",
                        dossier.procedureId + " has no published component list"));
        // nothing is required in a supplement beyond what the applicant gives; everything given must fit the list
        List<ComponentSpec> optional = procedure.components().stream()
                .map(c -> new ComponentSpec(c.code(), c.name(), c.nameEn(), false, c.formats(), c.maxSizeBytes()))
                .toList();
        ComponentIntake.Uploads uploads = components.read(request.components(), actor);
        List<Completeness.Finding> findings = components.check(optional, uploads, dossier.applicantIdNumber,
                dossier.channel);
        if (!findings.isEmpty()) {
            throw new ProblemException(422, "invalid-supplement", "Invalid supplement",
                    findings.size() + " component(s) to fix, all listed in violations",
                    findings.stream().map(f -> new Problem.Violation(f.field(), f.message())).toList());
        }
        int round = dossier.supplementRound;
        List<DossierComponent> stored = components.store(dossier, optional, uploads, round, now);
        dossier.supplementedRound = round;
        TimelineEntry.of(dossier.id, now, "SUPPLEMENTED", "Supplement round " + round + " received from " + actor.name() + ": "
                + stored.stream().map(c -> c.key.code()).toList(), "intake-service", null).persist();
        outbox.publish(EventType.DOSSIER_SUPPLEMENTED, dossier.id, new DossierSupplementedData(dossier.id, dossier.code,
                round, now, stored.stream().map(DossierSubmittedData.Component::of).toList()));
        Log.infof("dossier %s supplemented (round %d)", dossier.id, round);
        return dossiers.view(dossier);
    }
}
