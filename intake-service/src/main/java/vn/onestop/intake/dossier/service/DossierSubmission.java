package vn.onestop.intake.dossier.service;

import vn.onestop.intake.config.IntakeConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.onestop.intake.catalog.domain.Agency;
import vn.onestop.intake.catalog.domain.Bundle;
import vn.onestop.intake.catalog.domain.BundlePlan;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.ChainEdge;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.catalog.domain.CompetentAgencyResolver;
import vn.onestop.intake.catalog.domain.OnlineAcceptance;
import vn.onestop.intake.catalog.domain.PlaceBasis;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.domain.UnresolvedAgencyException;
import vn.onestop.intake.catalog.service.CatalogService;
import vn.onestop.intake.centre.service.ChannelGate;
import vn.onestop.intake.dossier.domain.Completeness;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.domain.DossierComponent;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.dossier.domain.TrackingSecret;
import vn.onestop.intake.dossier.domain.Channel;
import vn.onestop.intake.dossier.messaging.DossierFiledData;
import vn.onestop.intake.dossier.messaging.DossierSubmittedData;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.IdempotencyKeys;
import vn.onestop.intake.notification.domain.NotificationChannel;
import vn.onestop.intake.notification.domain.NotificationKind;
import vn.onestop.intake.notification.domain.Recipient;
import vn.onestop.intake.notification.service.NotificationService;
import vn.onestop.intake.payment.service.FeeObligations;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.TimeLimitUnit;
import vn.onestop.workingtime.WorkCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Receives a dossier at a service centre: checks it against the catalog version in force, gives
 * one written guidance listing everything missing or wrong, and otherwise writes the dossier (a
 * bundle's parent and its members), its components, codes, promised due dates, idempotency
 * answer, notifications and events in one transaction.
 *
 * <p>The day's dossier codes come last: taking one locks the centre's counter row until commit
 * ({@link DossierCodeAllocator}), and every submission to the centre queues for that row. So a
 * submission first does everything that does not need its code (checks, uploads read and stored,
 * competent agency, due dates) and writes its files, and only then takes its codes and writes
 * what carries them (the dossier rows, components, timeline, events, fees, notifications, the
 * idempotency answer).
 */
@ApplicationScoped
public class DossierSubmission {

    private final CatalogService catalog;
    private final ComponentIntake components;
    private final CompetentAgencyResolver agencies;
    private final Promises promises;
    private final ObjectMapper mapper;
    private final DossierCodeAllocator codes;
    private final ChannelGate channels;
    private final IdempotencyKeys idempotency;
    private final NotificationService notifications;
    private final DossierService dossiers;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ZoneId zone;
    private final FeeObligations fees;
    private final DossierMetrics metrics;

    DossierSubmission(CatalogService catalog, ComponentIntake components, CompetentAgencyResolver agencies, Promises promises, ObjectMapper mapper,
                      DossierCodeAllocator codes, ChannelGate channels, IdempotencyKeys idempotency,
                      NotificationService notifications, DossierService dossiers, Outbox outbox,
                      EntityManager entityManager, Clock clock, IntakeConfig config, FeeObligations fees,
                      DossierMetrics metrics) {
        this.catalog = catalog;
        this.components = components;
        this.agencies = agencies;
        this.promises = promises;
        this.mapper = mapper;
        this.codes = codes;
        this.channels = channels;
        this.idempotency = idempotency;
        this.notifications = notifications;
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
        this.zone = config.zone();
        this.fees = fees;
        this.metrics = metrics;
    }

    /**
     * A dossier received, its components (not yet persisted), and the unit whose agencies work it
     * (processing's directory); {@code link} fills in what refers to other dossiers' codes and
     * {@code timeline} gives the timeline entry, both once the codes are allocated.
     */
    private record Received(Dossier dossier, List<DossierComponent> components, String place,
                            vn.onestop.intake.catalog.domain.TimeLimit limit, Runnable link,
                            Supplier<String> timeline) {
    }

    @Transactional
    public SubmissionOutcome submit(String idempotencyKey, SubmissionRequest request, Actor actor) {
        DossierAccess.Refusal refusal = DossierAccess.maySubmit(actor, request.receivingAgency(), request.channel(),
                request.applicant().idNumber(), request.representative() == null ? null : request.representative().idNumber());
        if (refusal != null) {
            throw Caller.forbidden(refusal.reason());
        }
        Optional<DossierView> replay = idempotency.claimOrReplay(idempotencyKey, "submit-dossier", request,
                DossierView.class);
        if (replay.isPresent()) {
            return new SubmissionOutcome(replay.get(), true);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        LocalDate day = now.atZoneSameInstant(zone).toLocalDate();

        CatalogEntry entry = catalog.entry(request.procedureId(), day).orElseThrow(() -> invalid("procedureId",
                "no procedure or bundle " + request.procedureId() + " is in force on " + day));
        if (entry instanceof Procedure procedure && !procedure.filedAlone()) {
            throw new ProblemException(422, "not-filed-alone", "Not filed alone", procedure.label()
                    + " is not filed on its own: the competent agency's procedure hands it over; file "
                    + bundlesWith(procedure.id(), day), List.of(new Problem.Violation("procedureId",
                    "is filed only as a member of a bundle")));
        }
        Agency centre = catalog.administration().agency(request.receivingAgency())
                .filter(Agency::receivesDossiers)
                .orElseThrow(() -> invalid("receivingAgency", request.receivingAgency()
                        + " is not a service centre that receives dossiers"));
        if (!entry.allowsChannel(request.channel().name())) {
            throw new ProblemException(422, "channel-not-allowed", "Channel not allowed",
                    entry.label() + " cannot be submitted through " + request.channel() + "; allowed: " + entry.channels(),
                    List.of(new Problem.Violation("channel", "must be one of " + entry.channels())));
        }
        channels.requireOpen(centre.code(), request.channel());
        boolean held = request.channel() == Channel.ONLINE && !acceptedAtOnce(entry, day, request.options());

        List<Received> received = entry instanceof Bundle bundle
                ? receiveBundle(bundle, day, centre, request, now, held, actor)
                : List.of(receiveProcedure((Procedure) entry, centre, request, now, held, actor));
        // everything so far (the uploaded files) goes to the database before the counter is locked
        entityManager.flush();
        for (Received r : received) {
            r.dossier().code = codes.next(centre.code(), day);
        }
        for (Received r : received) {
            r.link().run();
            r.dossier().persist();
            r.components().forEach(component -> component.persist());
            timeline(r.dossier(), now, r.timeline().get());
        }
        Dossier main = received.get(0).dossier();
        DossierSubmittedData.Chain chain = chainPlan(entry, received);
        for (Received r : received) {
            Map<String, String> directory = agenciesOfPlace(centre, r.place());
            if (held) {
                r.dossier().held = Promises.hold(mapper.valueToTree(chain), directory, r.limit());
                outbox.publish(EventType.DOSSIER_FILED, r.dossier().id, DossierFiledData.of(r.dossier()));
            } else {
                outbox.publish(EventType.DOSSIER_SUBMITTED, r.dossier().id, DossierSubmittedData.of(r.dossier(),
                        r.components(), chain, directory));
                fees.received(r.dossier());
            }
        }
        if (!held) {
            notifyReceived(main);
        }
        metrics.received(main);
        DossierView view = dossiers.view(main);
        idempotency.remember(idempotencyKey, view);
        Log.infof("dossier %s received as %s (%s, %d dossiers)", main.id, main.code, entry.label(), received.size());
        return new SubmissionOutcome(view, false);
    }

    /**
     * Whether an online submission of {@code entry} is received at once (national status 2) or waits for
     * the centre to accept it (1): a procedure says so; a bundle is received at once only when all the
     * procedures the applicant gets (the options chosen) are.
     */
    private boolean acceptedAtOnce(CatalogEntry entry, LocalDate day, List<String> options) {
        if (entry instanceof Procedure procedure) {
            return procedure.onlineAcceptance() == OnlineAcceptance.AUTOMATIC;
        }
        Bundle bundle = (Bundle) entry;
        // the members the applicant gets: those in no option, and those of the options chosen
        return bundle.members().stream()
                .filter(id -> bundle.optionOf(id).map(o -> options.contains(o.id())).orElse(true))
                .allMatch(id -> catalog.procedure(id, day)
                        .map(p -> p.onlineAcceptance() == OnlineAcceptance.AUTOMATIC).orElse(false));
    }

    private Received receiveProcedure(Procedure procedure, Agency centre, SubmissionRequest request, OffsetDateTime now,
                                      boolean held, Actor actor) {
        ComponentIntake.Uploads uploads = components.read(request.components(), actor);
        requireComplete(procedure.label(), components.check(procedure.components(), uploads,
                request.applicant().idNumber(), request.channel()));
        Dossier dossier = newDossier(procedure.id(), procedure.label(), "PROCEDURE", centre, request, now, held);
        describeProcedure(dossier, procedure);
        dossier.competentAgency = competentAgency(procedure, centre, request).code();
        promises.promise(dossier, procedure.timeLimit(), now);
        List<DossierComponent> stored = components.prepare(dossier, procedure.components(), uploads, 0, now);
        return new Received(dossier, stored, placeOf(procedure, request), procedure.timeLimit(), () -> { },
                () -> "Received through " + dossier.channel + " at " + centre.name() + ", code " + dossier.code);
    }

    private List<Received> receiveBundle(Bundle bundle, LocalDate day, Agency centre, SubmissionRequest request,
                                         OffsetDateTime now, boolean held, Actor actor) {
        Set<String> options = new LinkedHashSet<>(request.options());
        List<Problem.Violation> badOptions = options.stream().filter(o -> bundle.option(o).isEmpty())
                .map(o -> new Problem.Violation("options", o + " is not an option of " + bundle.id()
                        + "; options: " + bundle.optionIds()))
                .toList();
        if (!badOptions.isEmpty()) {
            throw ProblemException.invalid("unknown bundle options", badOptions);
        }
        BundlePlan plan = catalog.plan(bundle, day, options);
        List<ComponentSpec> asked = plan.applicantComponents().stream().map(BundlePlan.ApplicantComponent::component)
                .toList();
        ComponentIntake.Uploads uploads = components.read(request.components(), actor);
        requireComplete(bundle.label(), components.check(asked, uploads, request.applicant().idNumber(),
                request.channel()));

        Dossier parent = newDossier(bundle.id(), bundle.label(), "BUNDLE", centre, request, now, held);
        parent.competentAgency = centre.code();
        parent.bundleId = bundle.id();
        promises.promise(parent, bundle.endToEndLimit(), now);
        List<String> memberIds = plan.members().stream().map(BundlePlan.PlannedMember::id).toList();
        List<Received> received = new ArrayList<>();
        received.add(new Received(parent, components.prepare(parent, asked, uploads, 0, now),
                request.applicant().administrativeUnit(), bundle.endToEndLimit(), () -> { },
                () -> "Bundle received through " + parent.channel + " at " + centre.name() + ", code "
                        + parent.code + "; members " + memberIds));

        Map<String, Dossier> members = new LinkedHashMap<>();
        for (BundlePlan.PlannedMember planned : plan.members()) {
            Procedure procedure = planned.procedure();
            Dossier member = newDossier(procedure.id(), procedure.label(), "BUNDLE_MEMBER", centre, request, now, held);
            member.parentId = parent.id;
            member.bundleId = bundle.id();
            describeProcedure(member, procedure);
            member.competentAgency = competentAgency(procedure, centre, request).code();
            if (planned.startsAfter().isEmpty()) {
                promises.promise(member, procedure.timeLimit(), now);
            } else {
                // its clock starts when the upstream results arrive (the chain); the bundle's promise stands
                member.timeLimitValue = procedure.timeLimit().value();
                member.timeLimitUnit = procedure.timeLimit().unit().name();
            }
            members.put(procedure.id(), member);
        }
        for (BundlePlan.PlannedMember planned : plan.members()) {
            Dossier member = members.get(planned.id());
            List<ComponentSpec> own = planned.applicantComponents();
            List<DossierComponent> stored = new ArrayList<>(components.prepare(member, own, uploads, 0, now));
            for (ChainEdge edge : planned.chainInputs()) {
                stored.add(chainComponent(member, planned.procedure(), edge));
            }
            // the member names its upstream members by code: filled in once they have one
            Runnable link = () -> {
                for (ChainEdge edge : planned.chainInputs()) {
                    Dossier upstream = members.get(edge.from());
                    Map<String, String> wait = new LinkedHashMap<>();
                    wait.put("procedureId", edge.from());
                    wait.put("dossierId", upstream.id.toString());
                    wait.put("dossierCode", upstream.code);
                    wait.put("component", edge.component());
                    wait.put("type", edge.type().name());
                    member.waitingFor.add(wait);
                }
            };
            received.add(new Received(member, stored, placeOf(planned.procedure(), request),
                    planned.startsAfter().isEmpty() ? planned.procedure().timeLimit() : null, link,
                    () -> "Member " + planned.id() + " of bundle " + parent.code + ", code " + member.code
                            + (planned.startsAfter().isEmpty() ? "" : "; waits for the result of " + planned.startsAfter())));
        }
        return received;
    }

    private Dossier newDossier(String procedureId, String catalogVersion, String kind, Agency centre,
                               SubmissionRequest request, OffsetDateTime now, boolean held) {
        Dossier dossier = new Dossier();
        dossier.id = UUID.randomUUID();
        // its code is allocated last, just before the rows that carry it are written (submit)
        dossier.trackingSecret = TrackingSecret.generate();
        dossier.kind = kind;
        dossier.procedureId = procedureId;
        dossier.catalogVersion = catalogVersion;
        dossier.channel = request.channel();
        dossier.receivingAgency = centre.code();
        dossier.applicantType = request.applicant().type();
        dossier.applicantName = request.applicant().fullName();
        dossier.applicantIdNumber = request.applicant().idNumber();
        dossier.applicantEmail = request.applicant().email();
        dossier.applicantPhone = request.applicant().phone();
        dossier.notify = new ArrayList<>(request.applicant().notifyChannels().stream().map(Enum::name).toList());
        if (request.representative() != null) {
            Map<String, String> representative = new LinkedHashMap<>();
            representative.put("fullName", request.representative().fullName());
            representative.put("idNumber", request.representative().idNumber());
            if (request.representative().relation() != null) {
                representative.put("relation", request.representative().relation());
            }
            dossier.representative = representative;
        }
        dossier.status = held ? DossierStatus.SUBMITTED_ONLINE : DossierStatus.RECEIVED;
        dossier.nationalStatusCode = dossier.status.nationalCode();
        // while it waits for acceptance, receivedAt is when it was filed; the acceptance replaces it
        dossier.receivedAt = now;
        dossier.filedAt = held ? now : null;
        return dossier;
    }

    /** "the bundle LAND_TAX_PERMIT" (or the bundles) in force on {@code day} that have {@code member}. */
    private String bundlesWith(String member, LocalDate day) {
        List<String> ids = catalog.catalog().inForceOn(day).stream()
                .filter(e -> e instanceof Bundle b && b.members().contains(member)).map(CatalogEntry::id).toList();
        return ids.isEmpty() ? "the upstream procedure" : (ids.size() == 1 ? "the bundle " : "one of the bundles ")
                + String.join(", ", ids);
    }

    /** The unit whose agencies work a dossier of {@code procedure}: its subject's, or the applicant's. */
    private static String placeOf(Procedure procedure, SubmissionRequest request) {
        return procedure.competentAgency().by() == PlaceBasis.APPLICANT ? request.applicant().administrativeUnit()
                : request.subjectUnit();
    }

    /** What the indices count about the procedure, as the catalog says on the day of receipt. */
    private static void describeProcedure(Dossier dossier, Procedure procedure) {
        dossier.onlineService = procedure.onlineService().name();
        dossier.feeBearing = procedure.feeBearing(dossier.channel.name());
    }

    /**
     * The agencies of the dossier's place and of the units above it, "TYPE@LEVEL" → code: what
     * processing needs to route each workflow step without reading the catalog.
     */
    private Map<String, String> agenciesOfPlace(Agency centre, String applicantUnit) {
        var administration = catalog.administration();
        var place = administration.unit(applicantUnit == null ? centre.unit() : applicantUnit)
                .orElseGet(() -> administration.unit(centre.unit()).orElseThrow());
        Map<String, String> directory = new java.util.TreeMap<>();
        for (var unit : administration.ancestry(place)) {
            for (Agency agency : administration.agencies()) {
                if (agency.unit().equals(unit.code())) {
                    directory.putIfAbsent(agency.type() + "@" + agency.level(), agency.code());
                }
            }
        }
        return directory;
    }

    private Agency competentAgency(Procedure procedure, Agency centre, SubmissionRequest request) {
        try {
            return agencies.resolve(procedure, centre.code(), request.applicant().administrativeUnit(),
                    request.subjectUnit());
        } catch (UnresolvedAgencyException e) {
            throw new ProblemException(422, "competent-agency-unresolved", "No competent agency",
                    e.getMessage(), List.of(new Problem.Violation(e.field(), e.getMessage())));
        }
    }

    private static void requireComplete(String label, List<Completeness.Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        throw new ProblemException(422, "incomplete-dossier", "Incomplete dossier",
                "the dossier for " + label + " cannot be received yet: " + findings.size()
                        + " component(s) to provide or fix, all listed in violations",
                findings.stream().map(f -> new Problem.Violation(f.field(), f.message())).toList());
    }

    private static DossierComponent chainComponent(Dossier member, Procedure procedure, ChainEdge edge) {
        DossierComponent component = new DossierComponent();
        component.key = new DossierComponent.Key(member.id, edge.component(), 0);
        component.name = procedure.component(edge.component()).map(ComponentSpec::name).orElse(edge.component());
        component.source = "CHAIN";
        // provided by the upstream result once issued; the chaining issue fills in the reference
        component.digitizationState = 3;
        component.providedBy = edge.from();
        return component;
    }

    private DossierSubmittedData.Chain chainPlan(CatalogEntry entry, List<Received> received) {
        if (!(entry instanceof Bundle bundle)) {
            return null;
        }
        List<DossierSubmittedData.ChainMember> members = received.stream().skip(1)
                .map(r -> new DossierSubmittedData.ChainMember(r.dossier().procedureId, r.dossier().id, r.dossier().code,
                        bundle.optionOf(r.dossier().procedureId).isPresent()))
                .toList();
        List<DossierSubmittedData.ChainEdgeData> edges = bundle.chain().stream()
                .filter(e -> members.stream().anyMatch(m -> m.procedureId().equals(e.from()))
                        && members.stream().anyMatch(m -> m.procedureId().equals(e.to())))
                .map(e -> new DossierSubmittedData.ChainEdgeData(e.from(), e.to(), e.component()))
                .toList();
        TimeLimit limit = Promises.toWorkingTime(bundle.endToEndLimit());
        return new DossierSubmittedData.Chain(bundle.id(), members, edges,
                new DossierSubmittedData.Limit(limit.value(), limit.unit().name()));
    }

    private void notifyReceived(Dossier dossier) {
        notifications.notifyApplicant(dossier, NotificationKind.RECEIVED, Map.of("dueAt", dossier.dueAt));
    }

    private static void timeline(Dossier dossier, OffsetDateTime at, String description) {
        if (dossier.status == DossierStatus.SUBMITTED_ONLINE) {
            TimelineEntry.of(dossier.id, at, "SUBMITTED", "Awaiting acceptance by the centre: " + description,
                    "intake-service", null).persist();
        } else {
            TimelineEntry.of(dossier.id, at, "RECEIVED", description, "intake-service", null).persist();
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(field + " " + message, List.of(new Problem.Violation(field, message)));
    }
}
