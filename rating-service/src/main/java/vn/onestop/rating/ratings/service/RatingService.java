package vn.onestop.rating.ratings.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.platform.messaging.AfterCommit;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.rating.config.RatingConfig;
import vn.onestop.platform.rest.IdempotencyKeys;
import vn.onestop.rating.invitation.domain.RatingInvitation;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.service.FactStore;
import vn.onestop.rating.ratings.domain.DossierEvaluation;
import vn.onestop.rating.ratings.domain.EvaluationFacts;
import vn.onestop.rating.ratings.domain.Rating;
import vn.onestop.rating.ratings.domain.RatingAccess;
import vn.onestop.rating.ratings.domain.RatingWindow;
import vn.onestop.rating.ratings.domain.SelfDeclaredAnswers;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RatingService {

    private final IdempotencyKeys keys;
    private final FactStore facts;
    private final RatingConfig config;
    private final Clock clock;
    private final MeterRegistry registry;
    private final AfterCommit afterCommit;

    RatingService(IdempotencyKeys keys, FactStore facts, RatingConfig config, Clock clock, MeterRegistry registry,
                  AfterCommit afterCommit) {
        this.keys = keys;
        this.facts = facts;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
        this.afterCommit = afterCommit;
    }

    /**
     * Records the applicant's rating of a dossier that was invited to be rated. The computed
     * criteria are taken from the dossier's projection at this moment. For anyone but the
     * applicant the dossier is unknown (404).
     */
    @Transactional
    public RatingOutcome rate(String code, String idempotencyKey, RatingRequest request, Actor actor) {
        if (!RatingAccess.mayRate(actor, facts.findByCode(code).orElse(null))) {
            throw unknown(code);
        }
        Optional<RatingOutcome> replay = keys.claimOrReplay(idempotencyKey, "rate-dossier " + code, request,
                RatingOutcome.class);
        if (replay.isPresent()) {
            return replay.get().asReplay();
        }
        RatingInvitation invitation = RatingInvitation.findByDossierCode(code).orElseThrow(() -> notInvited(code));
        // Serialises concurrent first ratings of one dossier on the invitation row.
        RatingInvitation.findById(invitation.dossierId, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        RatingWindow window = new RatingWindow(config.updateWindow());
        Rating rating = Rating.findById(invitation.dossierId);
        int status = 201;
        if (rating != null) {
            if (!window.mayReplace(rating.submittedAt, now.toInstant())) {
                throw ProblemException.conflict("already-rated", "Dossier already rated",
                        "dossier " + code + " was rated at " + rating.submittedAt + "; a rating can be replaced until "
                                + window.closesAt(rating.submittedAt));
            }
            rating.revision++;
            status = 200;
        } else {
            rating = new Rating();
            rating.dossierId = invitation.dossierId;
            rating.dossierCode = invitation.dossierCode;
            rating.submittedAt = now;
            rating.revision = 1;
        }
        SelfDeclaredAnswers answers = new SelfDeclaredAnswers(request.answers().oneStop(),
                request.answers().procedurePublished(), request.answers().officialsAttitude(),
                request.answers().feedbackHandling(), request.answers().onlineService());
        DossierFact fact = facts.findById(invitation.dossierId).orElseGet(() -> new DossierFact(invitation.dossierId));
        DossierEvaluation evaluation = DossierEvaluation.evaluate(EvaluationFacts.of(fact, config.zone()), answers);
        rating.overall = request.overall();
        rating.factorAccess = request.factors().access();
        rating.factorProcedure = request.factors().procedure();
        rating.factorOfficials = request.factors().officials();
        rating.factorResult = request.factors().result();
        rating.factorFeedbackHandling = request.factors().feedbackHandling();
        rating.answerOneStop = answers.oneStop();
        rating.answerProcedurePublished = answers.procedurePublished();
        rating.answerOfficialsAttitude = answers.officialsAttitude();
        rating.answerFeedbackHandling = answers.feedbackHandling();
        rating.answerOnlineService = answers.onlineService();
        rating.criteria = evaluation.criteria();
        rating.totalPoints = evaluation.total();
        rating.grade = evaluation.grade();
        rating.comment = request.comment();
        rating.updatedAt = now;
        rating.persist();
        if (status == 201) {
            // a dossier's first rating, once committed; a replacement within the window is not a new rating
            String score = String.valueOf(rating.overall.value());
            afterCommit.run(() -> registry.counter("onestop.ratings", "score", score).increment());
        }
        RatingOutcome outcome = new RatingOutcome(status, view(rating, window), false);
        keys.remember(idempotencyKey, outcome);
        Log.infof("dossier %s rated %s, evaluation %d/18 %s (revision %d)", rating.dossierId, rating.overall,
                rating.totalPoints, rating.grade, rating.revision);
        return outcome;
    }

    /**
     * The rating of a dossier, for its applicant, its competent agency's officers and leaders, and
     * administrators; for anyone else the dossier is unknown (404).
     */
    @Transactional
    public List<RatingView> ofDossier(String code, Actor actor) {
        if (!RatingAccess.mayReadRatings(actor, facts.findByCode(code).orElse(null))) {
            throw ProblemException.notFound("Dossier", code);
        }
        RatingWindow window = new RatingWindow(config.updateWindow());
        List<Rating> ratings = Rating.list("dossierCode", code);
        if (ratings.isEmpty() && RatingInvitation.findByDossierCode(code).isEmpty()
                && facts.findByCode(code).isEmpty()) {
            throw ProblemException.notFound("Dossier", code);
        }
        return ratings.stream().map(r -> view(r, window)).toList();
    }

    private ProblemException notInvited(String code) {
        if (facts.findByCode(code).isPresent()) {
            return ProblemException.conflict("not-invited", "Dossier not open for rating",
                    "dossier " + code + " can be rated once its result is issued or returned, or it ends without one");
        }
        return unknown(code);
    }

    private static ProblemException unknown(String code) {
        return new ProblemException(404, "not-invited", "No rating invitation",
                "no rating invitation for dossier " + code + " (unknown dossier)");
    }

    private static RatingView view(Rating r, RatingWindow window) {
        return new RatingView(r.dossierId, r.dossierCode, r.overall, r.factors(), r.answers(),
                new DossierEvaluation(r.criteria, r.totalPoints, r.grade), r.comment, r.submittedAt, r.updatedAt,
                r.revision, window.closesAt(r.submittedAt));
    }
}
