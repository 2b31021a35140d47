package vn.onestop.intake.dossier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.payment.service.FeeObligations;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.domain.DossierComponent;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.dossier.messaging.DossierRefusedData;
import vn.onestop.intake.dossier.messaging.DossierSubmittedData;
import vn.onestop.intake.notification.domain.NotificationKind;
import vn.onestop.intake.notification.service.NotificationService;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The receiving centre answers an online submission that waits for it (national status 1): it
 * accepts it, and the dossier is received then (status 2, the promise computed from that moment,
 * DossierSubmitted, the receipt notification); or it refuses it at intake (status 3) with the one
 * written guidance of what is missing (form 02) or a refusal with its reason (form 03), DossierRefused
 * and the applicant told. A bundle is answered as a whole, through its parent.
 */
@ApplicationScoped
public class DossierAcceptance {

    private final DossierService dossiers;
    private final Promises promises;
    private final NotificationService notifications;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final FeeObligations fees;

    DossierAcceptance(DossierService dossiers, Promises promises, NotificationService notifications, Outbox outbox,
                      ObjectMapper mapper, Clock clock, FeeObligations fees) {
        this.dossiers = dossiers;
        this.promises = promises;
        this.notifications = notifications;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
        this.fees = fees;
    }

    @Transactional
    public DossierView accept(String code, Actor actor) {
        Dossier dossier = awaiting(code, actor, "accept");
        OffsetDateTime now = now();
        List<Dossier> group = withMembers(dossier);
        Set<UUID> accepted = group.stream().map(d -> d.id).collect(Collectors.toSet());
        for (Dossier d : group) {
            d.status = DossierStatus.RECEIVED;
            d.nationalStatusCode = d.status.nationalCode();
            d.receivedAt = now;
            var limit = Promises.heldLimit(d.held);
            if (limit != null) {
                promises.promise(d, limit, now);
            }
            TimelineEntry.of(d.id, now, "RECEIVED", "Accepted by " + actor.name() + ": received, filed online at "
                    + d.filedAt, "intake-service", null).persist();
            outbox.publish(EventType.DOSSIER_SUBMITTED, d.id, DossierSubmittedData.of(d, DossierComponent.of(d.id),
                    chain(d, accepted), d.held.agencies()));
            fees.received(d);
            d.held = null;
        }
        notifications.notifyApplicant(dossier, NotificationKind.RECEIVED, Map.of("dueAt", dossier.dueAt));
        Log.infof("dossier %s accepted by the centre", dossier.id);
        return dossiers.view(dossier);
    }

    @Transactional
    public DossierView refuse(String code, RefusalRequest request, Actor actor) {
        Dossier dossier = awaiting(code, actor, "refuse");
        OffsetDateTime now = now();
        boolean guidance = !request.missingItems().isEmpty();
        for (Dossier d : withMembers(dossier)) {
            d.status = DossierStatus.REFUSED;
            d.nationalStatusCode = d.status.nationalCode();
            d.refusalSlip = guidance ? "GUIDANCE" : "REFUSAL";
            d.refusalReason = request.reason().strip();
            d.refusalMissing = new ArrayList<>(request.missingItems());
            d.refusedAt = now;
            d.refusedBy = actor.name();
            d.held = null;
            TimelineEntry.of(d.id, now, "REFUSED", (guidance ? "Not received, guidance given (what to add: "
                    + String.join("; ", request.missingItems()) + "): " : "Refused at intake: ") + d.refusalReason,
                    "intake-service", null).persist();
            outbox.publish(EventType.DOSSIER_REFUSED, d.id, DossierRefusedData.of(d));
        }
        notifications.notifyApplicant(dossier, NotificationKind.REFUSED_AT_INTAKE, Map.of("reason", guidance
                ? dossier.refusalReason + " (cần bổ sung: " + String.join("; ", request.missingItems()) + ")"
                : dossier.refusalReason));
        Log.infof("dossier %s refused at intake (%s)", dossier.id, dossier.refusalSlip);
        return dossiers.view(dossier);
    }

    private Dossier awaiting(String code, Actor actor, String what) {
        Dossier dossier = Dossier.<Dossier>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().filter(d -> DossierAccess.mayRead(actor, d))
                .orElseThrow(() -> ProblemException.notFound("Dossier", code));
        if (!DossierAccess.isReceivingStaff(actor, dossier)) {
            throw Caller.forbidden("only the receiving centre's counter staff " + what + " an online submission");
        }
        if ("BUNDLE_MEMBER".equals(dossier.kind)) {
            Dossier parent = Dossier.findById(dossier.parentId);
            throw ProblemException.conflict("answer-the-bundle", "Answer the bundle", "dossier " + code
                    + " is a member of bundle " + parent.code + ": the centre accepts or refuses the bundle as a whole");
        }
        if (dossier.status != DossierStatus.SUBMITTED_ONLINE) {
            throw ProblemException.conflict("not-awaiting-acceptance", "Not awaiting acceptance", "dossier " + code
                    + " is " + dossier.status + " (national status " + dossier.nationalStatusCode + "): only an online "
                    + "submission waiting for the centre (status 1) is accepted or refused");
        }
        return dossier;
    }

    /**
     * The dossier and, for a bundle, its members still waiting (a member withdrawn meanwhile stays
     * withdrawn), locked before they are read.
     */
    private static List<Dossier> withMembers(Dossier dossier) {
        List<Dossier> all = new ArrayList<>();
        all.add(dossier);
        if ("BUNDLE".equals(dossier.kind)) {
            Dossier.<Dossier>find("parentId = ?1 order by code", dossier.id).withLock(LockModeType.PESSIMISTIC_WRITE)
                    .list().stream().filter(m -> m.status == DossierStatus.SUBMITTED_ONLINE).forEach(all::add);
        }
        return all;
    }

    /** The chain plan as filed, without the members withdrawn while the bundle waited. */
    private DossierSubmittedData.Chain chain(Dossier d, Set<UUID> accepted) {
        if (d.held.chain() == null || d.held.chain().isNull()) {
            return null;
        }
        DossierSubmittedData.Chain plan;
        try {
            plan = mapper.treeToValue(d.held.chain(), DossierSubmittedData.Chain.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dossier " + d.code + ": held chain plan unreadable", e);
        }
        var members = plan.members().stream().filter(m -> accepted.contains(m.dossierId())).toList();
        Set<String> kept = members.stream().map(DossierSubmittedData.ChainMember::procedureId).collect(Collectors.toSet());
        var edges = plan.edges().stream().filter(e -> kept.contains(e.from()) && kept.contains(e.to())).toList();
        return new DossierSubmittedData.Chain(plan.bundleId(), members, edges, plan.endToEndLimit());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
