package vn.onestop.rating.feedback.service;

import vn.onestop.rating.config.FeedbackConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.rating.feedback.domain.Feedback;
import vn.onestop.rating.feedback.domain.FeedbackAccess;
import vn.onestop.rating.feedback.domain.FeedbackKind;
import vn.onestop.rating.feedback.domain.FeedbackStatus;
import vn.onestop.platform.rest.IdempotencyKeys;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.service.FactStore;
import vn.onestop.rating.reference.service.References;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.platform.calendars.CalendarCopies;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

@ApplicationScoped
public class FeedbackService {

    private final IdempotencyKeys keys;
    private final FactStore facts;
    private final References reference;
    private final FeedbackConfig config;
    private final Clock clock;
    /** rating's copy of the agencies' calendars, which processing owns: feedback is due in the agency's working days. */
    private final CalendarCopies calendars;

    FeedbackService(IdempotencyKeys keys, FactStore facts, References reference, FeedbackConfig config, Clock clock,
                    CalendarCopies calendars) {
        this.keys = keys;
        this.facts = facts;
        this.reference = reference;
        this.config = config;
        this.clock = clock;
        this.calendars = calendars;
    }

    public record Created(FeedbackView feedback, boolean replayed) {
    }

    /**
     * Records feedback from {@code actor}, a citizen. Feedback about a dossier comes from its
     * applicant only: for anyone else the dossier is unknown (404), as it is when rating has not
     * seen it yet.
     */
    @Transactional
    public Created submit(String idempotencyKey, FeedbackRequest request, Actor actor) {
        boolean hasCode = request.dossierCode() != null && !request.dossierCode().isBlank();
        boolean hasAgency = request.agency() != null && !request.agency().isBlank();
        DossierFact dossier = null;
        if (hasCode) {
            dossier = facts.findByCode(request.dossierCode()).filter(d -> FeedbackAccess.mayFileAbout(actor, d))
                    .orElseThrow(() -> new ProblemException(404, "unknown-dossier", "Unknown dossier",
                            "no dossier " + request.dossierCode() + " of yours is known to rating; feedback about an "
                                    + "agency needs only the agency"));
        }
        // The sender is part of the operation: another caller reusing the key is refused, not given this answer.
        Optional<FeedbackView> replay = keys.claimOrReplay(idempotencyKey, "submit-feedback " + actor.name(), request,
                FeedbackView.class);
        if (replay.isPresent()) {
            return new Created(replay.get(), true);
        }
        if (!hasCode && !hasAgency) {
            throw ProblemException.invalid("feedback is about a dossier or an agency", List.of(
                    new Problem.Violation("dossierCode", "dossierCode or agency is required"),
                    new Problem.Violation("agency", "dossierCode or agency is required")));
        }
        if (hasAgency && reference.current().agency(request.agency()).isEmpty()) {
            throw ProblemException.invalid("unknown agency " + request.agency(),
                    List.of(new Problem.Violation("agency", "is not a known agency code")));
        }
        Feedback f = new Feedback();
        f.id = UUID.randomUUID();
        f.kind = request.kind();
        f.text = request.text();
        f.submittedBy = actor.name();
        if (dossier != null) {
            f.dossierCode = request.dossierCode();
            f.dossierId = dossier.dossierId;
            f.agency = hasAgency ? request.agency()
                    : dossier.competentAgency != null ? dossier.competentAgency : dossier.receivingAgency;
            if (f.agency == null) {
                throw ProblemException.invalid("the dossier's agency is not known yet",
                        List.of(new Problem.Violation("agency", "is required for this dossier")));
            }
        } else {
            f.agency = request.agency();
        }
        f.receivedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int days = f.kind == FeedbackKind.COMPLAINT ? config.timeLimit().complaint() : config.timeLimit().feedback();
        f.dueAt = Deadline.compute(calendars.forAgency(f.agency), f.receivedAt.toInstant(), TimeLimit.workingDays(days)).due()
                .withOffsetSameInstant(ZoneOffset.UTC);
        f.status = FeedbackStatus.RECEIVED;
        f.persist();
        FeedbackView view = FeedbackView.of(f);
        keys.remember(idempotencyKey, view);
        Log.infof("feedback %s (%s) about %s received, due %s", f.id, f.kind,
                f.dossierCode != null ? "dossier " + f.dossierCode : "agency " + f.agency, f.dueAt);
        return new Created(view, false);
    }

    @Transactional
    public FeedbackView claim(UUID id, Actor actor) {
        Feedback f = lock(id, actor, FeedbackAccess::mayHandle,
                "an officer of the agency the feedback is about claims it");
        if (!f.status.mayClaim()) {
            throw ProblemException.conflict("feedback-not-claimable", "Feedback already taken",
                    "feedback " + id + " is " + f.status);
        }
        f.status = FeedbackStatus.IN_PROGRESS;
        f.handledBy = actor.name();
        return FeedbackView.of(f);
    }

    @Transactional
    public FeedbackView answer(UUID id, String answer, Actor actor) {
        Feedback f = lock(id, actor, FeedbackAccess::mayHandle,
                "an officer of the agency the feedback is about answers it");
        String answeredBy = actor.name();
        if (!f.status.mayAnswer()) {
            throw ProblemException.conflict("feedback-already-answered", "Feedback already answered",
                    "feedback " + id + " was answered at " + f.answeredAt);
        }
        f.status = FeedbackStatus.ANSWERED;
        f.answer = answer;
        f.answeredBy = answeredBy;
        f.answeredAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Log.infof("feedback %s answered by %s, %s", id, answeredBy,
                f.handling().answeredOnTime() ? "on time" : "late (due " + f.dueAt + ")");
        return FeedbackView.of(f);
    }

    @Transactional
    public FeedbackView satisfaction(UUID id, boolean satisfied, Actor actor) {
        Feedback f = lock(id, actor, FeedbackAccess::mayJudge,
                "the citizen who sent the feedback says whether its answer satisfied them");
        if (f.status != FeedbackStatus.ANSWERED) {
            throw ProblemException.conflict("feedback-not-answered", "Feedback not answered yet",
                    "the applicant can judge the answer of feedback " + id + " once it is answered");
        }
        if (f.satisfied != null) {
            throw ProblemException.conflict("satisfaction-already-given", "Satisfaction already given",
                    "the applicant already said " + (f.satisfied ? "satisfied" : "not satisfied"));
        }
        f.satisfied = satisfied;
        f.satisfactionAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return FeedbackView.of(f);
    }

    /** The feedback, if {@code actor} may see it; otherwise empty, as for an unknown id. */
    @Transactional
    public Optional<FeedbackView> find(UUID id, Actor actor) {
        return Feedback.<Feedback>findByIdOptional(id).filter(f -> FeedbackAccess.mayRead(actor, f))
                .map(FeedbackView::of);
    }

    /**
     * The feedback of the caller's agency, newest first; {@code agency}, when given, must be theirs
     * (403 otherwise).
     */
    @Transactional
    public List<FeedbackView> list(String agency, FeedbackStatus status, OffsetDateTime receivedBefore, UUID beforeId,
                                   int limit, Actor actor) {
        if (!FeedbackAccess.mayList(actor, agency)) {
            throw Caller.forbidden(agency == null ? "the feedback list is for the officers and leaders of an agency"
                    : "agency " + agency + " is not yours (" + actor.agency() + ")");
        }
        StringBuilder q = new StringBuilder("agency = ?1");
        List<Object> params = new ArrayList<>();
        params.add(actor.agency());
        if (status != null) {
            params.add(status);
            q.append(" and status = ?").append(params.size());
        }
        if (receivedBefore != null) {
            params.add(receivedBefore);
            params.add(beforeId);
            q.append(" and (receivedAt < ?").append(params.size() - 1).append(" or (receivedAt = ?")
                    .append(params.size() - 1).append(" and id < ?").append(params.size()).append("))");
        }
        q.append(" order by receivedAt desc, id desc");
        return Feedback.<Feedback>find(q.toString(), params.toArray()).page(0, limit).list().stream()
                .map(FeedbackView::of).toList();
    }

    /**
     * The feedback, locked, if {@code actor} may see it (otherwise 404, as for an unknown id), and
     * then only if {@code allowed} lets them do what they ask (otherwise 403 with {@code refusal}).
     */
    private static Feedback lock(UUID id, Actor actor, BiPredicate<Actor, Feedback> allowed, String refusal) {
        Feedback f = Feedback.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null || !FeedbackAccess.mayRead(actor, f)) {
            throw ProblemException.notFound("Feedback", id.toString());
        }
        if (!allowed.test(actor, f)) {
            throw Caller.forbidden(refusal);
        }
        return f;
    }
}
