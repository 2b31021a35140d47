package vn.onestop.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.intake.config.PublicBaseUrls;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.domain.DossierComponent;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.KeysetCursor;
import vn.onestop.platform.rest.Page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class DossierService {

    private final String resultsBaseUrl;
    private final TrackingLinks trackingLinks;

    DossierService(PublicBaseUrls urls, TrackingLinks trackingLinks) {
        this.resultsBaseUrl = urls.results();
        this.trackingLinks = trackingLinks;
    }

    /** The dossier, if {@code actor} may read it; otherwise empty, as for an unknown code. */
    @Transactional
    public Optional<DossierView> find(String code, Actor actor) {
        return Dossier.findByCode(code).filter(d -> DossierAccess.mayRead(actor, d)).map(this::view);
    }

    /** The public view behind a tracking link; empty for a secret that belongs to no dossier. */
    @Transactional
    public Optional<PublicTracking> track(String trackingSecret) {
        return Dossier.findByTrackingSecret(trackingSecret).map(DossierService::publicView);
    }

    static PublicTracking publicView(Dossier d) {
        List<PublicTracking.Member> members = "BUNDLE".equals(d.kind)
                ? Dossier.childrenOf(d.id).stream().map(c -> new PublicTracking.Member(c.code, c.procedureId,
                        c.status.name(), c.nationalStatusCode, c.dueAt, resultStatus(c))).toList()
                : null;
        return new PublicTracking(d.code, d.procedureId, d.kind, d.receivingAgency, d.competentAgency,
                d.status.name(), d.nationalStatusCode, d.receivedAt, d.dueAt, d.dueWarning, d.decision, d.decidedAt,
                resultStatus(d), d.withdrawnAt, members,
                TimelineEntry.forDossier(d.id).stream().map(t -> new PublicTracking.Step(t.at, t.kind)).toList());
    }

    /**
     * The list {@code actor} may see ({@link DossierAccess#listScope}): the scope is part of the
     * query, so that pages are full and the cursor never skips what the caller may see.
     */
    @Transactional
    public Page<DossierSummary> list(DossierQuery query, Actor actor) {
        DossierAccess.Scope scope = DossierAccess.listScope(actor, query.agency());
        if (scope.refusal() != null) {
            throw Caller.forbidden(scope.refusal().reason());
        }
        return list(new DossierQuery(scope.competentAgency(), query.status(), query.receivedFrom(), query.receivedTo(),
                query.cursor(), query.limit(), scope.person(), scope.receivingAgency()));
    }

    /** The full view: timeline, components and, for a bundle, its members. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierView view(Dossier dossier) {
        return toView(dossier, TimelineEntry.forDossier(dossier.id), resultsBaseUrl, trackingLinks.of(dossier));
    }

    /**
     * A list of dossiers: newest first, keyset-paginated on (receivedAt desc, id desc), filtered on
     * indexed columns only.
     */
    private Page<DossierSummary> list(DossierQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.agency() != null) {
            where.append(" and competentAgency = :agency");
            params.put("agency", query.agency());
        }
        if (query.person() != null) {
            where.append(" and (applicantIdNumber = :person or representativeIdNumber = :person)");
            params.put("person", query.person());
        }
        if (query.receivingAgency() != null) {
            where.append(" and receivingAgency = :receivingAgency");
            params.put("receivingAgency", query.receivingAgency());
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            params.put("status", query.status());
        }
        if (query.receivedFrom() != null) {
            where.append(" and receivedAt >= :from");
            params.put("from", query.receivedFrom());
        }
        if (query.receivedTo() != null) {
            where.append(" and receivedAt < :to");
            params.put("to", query.receivedTo());
        }
        if (query.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(query.cursor(), 2);
            where.append(" and (receivedAt < :afterAt or (receivedAt = :afterAt and id < :afterId))");
            params.put("afterAt", after.offsetDateTime(0));
            params.put("afterId", after.uuid(1));
        }
        List<Dossier> rows = Dossier.<Dossier>find(where + " order by receivedAt desc, id desc", params)
                .page(0, query.limit() + 1).list();
        return Page.ofOneMore(rows, query.limit(), DossierSummary::of,
                last -> KeysetCursor.encode(last.receivedAt, last.id));
    }

    static DossierView toView(Dossier d, List<TimelineEntry> timeline, String resultsBaseUrl, String trackingUrl) {
        Dossier parent = d.parentId == null ? null : Dossier.findById(d.parentId);
        List<DossierView.ChildRef> children = "BUNDLE".equals(d.kind)
                ? Dossier.childrenOf(d.id).stream().map(c -> new DossierView.ChildRef(c.id, c.code, c.procedureId,
                        c.status.name(), c.nationalStatusCode, c.dueAt, c.competentAgency, resultOf(c, resultsBaseUrl))).toList()
                : null;
        List<DossierView.ComponentView> components = DossierComponent.of(d.id).stream()
                .map(DossierView.ComponentView::of).toList();
        return new DossierView(d.id, d.code, trackingUrl, d.procedureId, d.kind, d.catalogVersion, d.channel.name(),
                d.status.name(), d.nationalStatusCode, d.receivedAt, d.dueAt, d.dueWarning,
                d.timeLimitUnit == null ? null : new DossierView.TimeLimit(d.timeLimitValue, d.timeLimitUnit),
                d.receivingAgency, d.competentAgency,
                new DossierView.Applicant(d.applicantType.name(), d.applicantName, d.applicantIdNumber),
                d.representative, d.notify,
                parent == null ? null : new DossierView.ParentRef(parent.id, parent.code, parent.bundleId),
                children, components, d.waitingFor.isEmpty() ? null : d.waitingFor, d.decision, d.decidedAt,
                resultStatus(d), resultOf(d, resultsBaseUrl),
                d.resultProblem == null ? null : new DossierView.ResultProblem(d.resultProblem, d.resultBlockedAt),
                d.withdrawnAt, d.filedAt, d.refusedAt == null ? null : new DossierView.Refusal(d.refusalSlip,
                        d.refusalReason, d.refusalMissing, d.refusedAt, d.refusedBy),
                timeline.stream()
                        .map(t -> new DossierView.TimelineItem(t.at, t.kind, t.description, t.source))
                        .toList());
    }

    /**
     * What became of an approved dossier's result: PENDING until issued, BLOCKED while results-service
     * cannot issue it with its data, ISSUED, RETURNED once handed over; null without a result to issue.
     */
    static String resultStatus(Dossier d) {
        if (d.resultId != null) {
            return d.status == DossierStatus.RETURNED ? "RETURNED" : "ISSUED";
        }
        if (!"APPROVED".equals(d.decision)) {
            return null;
        }
        return d.resultProblem != null ? "BLOCKED" : "PENDING";
    }

    private static DossierView.ResultRef resultOf(Dossier d, String resultsBaseUrl) {
        return d.resultId == null ? null : new DossierView.ResultRef(d.resultId, d.resultNumber, d.resultIssuedAt,
                resultsBaseUrl + "/api/v1/results/" + d.resultId, resultsBaseUrl + "/api/v1/results/" + d.resultId + "/document");
    }
}
