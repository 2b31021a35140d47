package vn.onestop.intake.dossier.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.service.CatalogService;
import vn.onestop.intake.config.IntakeConfig;
import vn.onestop.intake.dossier.domain.Completeness;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.domain.DossierComponent;
import vn.onestop.intake.dossier.domain.StoredContent;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.dossier.messaging.ComponentDigitizedData;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The receiving centre scans a component that was handed in on paper (digitization state 0 → 1,
 * source PAPER → SCAN) and announces it (DossierComponentDigitized), so the digitization rate counts
 * it. The scan is checked against the published formats and size of the component, like an upload;
 * the same scan sent again is answered as before, another one once digitized is a 409.
 */
@ApplicationScoped
public class ComponentScans {

    private final CatalogService catalog;
    private final ComponentIntake components;
    private final DossierService dossiers;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    ComponentScans(CatalogService catalog, ComponentIntake components, DossierService dossiers, Outbox outbox,
                   Clock clock, IntakeConfig config) {
        this.catalog = catalog;
        this.components = components;
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = config.zone();
    }

    /**
     * The published component of the catalog version the dossier was received under; for a bundle
     * parent (which holds the papers asked once for all members) the component of its procedures:
     * component codes are one vocabulary across the catalog.
     */
    private java.util.Optional<ComponentSpec> publishedSpec(Dossier dossier, String componentCode) {
        java.time.LocalDate day = dossier.receivedAt.atZoneSameInstant(zone).toLocalDate();
        return catalog.entry(dossier.procedureId, day).flatMap(entry -> {
            if (entry instanceof Procedure procedure) {
                return procedure.component(componentCode);
            }
            return ((vn.onestop.intake.catalog.domain.Bundle) entry).members().stream()
                    .map(member -> catalog.procedure(member, day).flatMap(p -> p.component(componentCode)))
                    .flatMap(java.util.Optional::stream).findFirst();
        });
    }

    @Transactional
    public DossierView scan(String code, String componentCode, ScanRequest request, Actor actor) {
        Dossier dossier = Dossier.<Dossier>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().filter(d -> DossierAccess.mayRead(actor, d))
                .orElseThrow(() -> ProblemException.notFound("Dossier", code));
        if (!DossierAccess.isReceivingStaff(actor, dossier)) {
            throw Caller.forbidden("only the receiving centre's counter staff scan the papers handed in there");
        }
        DossierComponent component = DossierComponent.of(dossier.id).stream()
                .filter(c -> c.key.code().equals(componentCode))
                .reduce((first, later) -> later)
                .orElseThrow(() -> ProblemException.notFound("Component", componentCode + " of dossier " + code));
        byte[] content = request.contentBase64().bytes();
        String sha256 = ComponentIntake.sha256(content);
        if (component.digitizationState != 0) {
            if ("SCAN".equals(component.source) && sha256.equals(component.sha256)) {
                return dossiers.view(dossier);
            }
            throw ProblemException.conflict("already-digitized", "Already digitized", "component " + componentCode
                    + " of dossier " + code + " is already digitized (state " + component.digitizationState + ", "
                    + component.source + "); only a paper not scanned yet (state 0) is scanned");
        }
        ComponentSpec spec = publishedSpec(dossier, componentCode)
                .orElseThrow(() -> ProblemException.notFound("Component", componentCode + " of dossier " + code));
        List<Completeness.Finding> findings = Completeness.check(List.of(spec),
                List.of(Completeness.Provided.upload(componentCode, request.mediaType(), content)));
        if (!findings.isEmpty()) {
            throw new ProblemException(422, "invalid-scan", "Invalid scan", "the scan of " + componentCode
                    + " does not fit the published component", findings.stream()
                    .map(f -> new Problem.Violation("contentBase64", f.message())).toList());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        StoredContent file = components.storeContent(content, request.mediaType(), now);
        component.source = "SCAN";
        component.digitizationState = 1;
        component.fileName = request.fileName();
        component.mediaType = request.mediaType();
        component.sizeBytes = file.sizeBytes;
        component.sha256 = file.sha256;
        component.contentId = file.id;
        component.digitizedAt = now;
        component.digitizedBy = actor.name();
        TimelineEntry.of(dossier.id, now, "DIGITIZED", "Paper component " + componentCode + " scanned by "
                + actor.name(), "intake-service", null).persist();
        outbox.publish(EventType.DOSSIER_COMPONENT_DIGITIZED, dossier.id, new ComponentDigitizedData(dossier.id,
                dossier.code, componentCode, component.key.round(), 1, "SCAN", file.sha256, file.mediaType,
                file.sizeBytes, now));
        Log.infof("dossier %s: component %s scanned", dossier.id, componentCode);
        return dossiers.view(dossier);
    }
}
