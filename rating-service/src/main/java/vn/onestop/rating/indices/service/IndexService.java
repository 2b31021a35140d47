package vn.onestop.rating.indices.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.onestop.rating.config.IndicesConfig;
import vn.onestop.rating.config.RatingConfig;
import vn.onestop.rating.feedback.domain.Feedback;
import vn.onestop.rating.indices.domain.FeedbackRow;
import vn.onestop.rating.indices.domain.Formula766;
import vn.onestop.rating.indices.domain.IndexCalculator;
import vn.onestop.rating.indices.domain.IndexFigures;
import vn.onestop.rating.indices.domain.Period;
import vn.onestop.rating.indices.domain.RatingRow;
import vn.onestop.rating.portal.service.PortalSyncQueries;
import vn.onestop.rating.projection.service.FactStore;
import vn.onestop.rating.ratings.domain.Answer;
import vn.onestop.rating.ratings.domain.EvaluationGrade;
import vn.onestop.rating.ratings.domain.SatisfactionLevel;
import vn.onestop.rating.ratings.domain.SipasFactors;
import vn.onestop.rating.reference.service.References;
import vn.onestop.rating.reference.domain.Scope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The service-quality indices of a scope and period, computed from rating's own projection. */
@ApplicationScoped
public class IndexService {

    private final FactStore facts;
    private final EntityManager entityManager;
    private final PortalSyncQueries sync;
    private final References reference;
    private final Formula766Registry formulas;
    private final RatingConfig config;
    private final Clock clock;
    private final ComputedOnce<List<Object>, IndexReport> computed;

    IndexService(FactStore facts, EntityManager entityManager, PortalSyncQueries sync, References reference,
                 Formula766Registry formulas, RatingConfig config, IndicesConfig indices, Clock clock) {
        this.facts = facts;
        this.entityManager = entityManager;
        this.sync = sync;
        this.reference = reference;
        this.formulas = formulas;
        this.config = config;
        this.clock = clock;
        this.computed = new ComputedOnce<>(clock, indices.maxAge(), indices.cacheEntries(),
                indices.concurrentComputations(), indices.computationWait());
    }

    /**
     * The published indices: computed once per scope, period and formula version and served as they are
     * for {@code onestop.indices.max-age} (docs/adr/0033); the request is checked before anything is
     * computed or served.
     */
    public ComputedOnce.Served<IndexReport> indices(String unit, String level, String from, String to,
                                                   String formulaVersion) {
        Scope scope = scope(unit, level);
        Period period = period(from, to);
        Formula766 formula = formulas.get(formulaVersion);
        List<Object> key = Arrays.asList(scope.kind(), scope.code(), scope.level(), period.from(),
                period.to(), formula.version());
        return computed.get(key, () -> QuarkusTransaction.requiringNew().call(
                () -> report(scope, period, load(period.start(), period.end()), formula)));
    }

    IndexReport report(Scope scope, Period period, IndexData data, Formula766 formula) {
        Instant asOf = asOf(period);
        IndexFigures figures = IndexCalculator.compute(period, asOf, data.dossiers(scope), data.ratings(scope, period),
                data.feedback(scope, period), data.syncStates());
        return new IndexReport(IndexReport.ScopeView.of(scope), period.from(), period.to(),
                asOf.atOffset(ZoneOffset.UTC), figures, formula.score(figures));
    }

    /** The end of the period, or now for a period that is not over. */
    Instant asOf(Period period) {
        Instant end = period.end().toInstant();
        Instant now = clock.instant();
        return end.isAfter(now) ? now : end;
    }

    Scope scope(String unit, String level) {
        try {
            return reference.current().scope(unit, level);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("level") ? "level" : "unit";
            throw ProblemException.invalid(e.getMessage(), List.of(new Problem.Violation(field, e.getMessage())));
        }
    }

    /** from/to: ISO dates of the years 1 to 9999, both included; default: the current month up to today. */
    Period period(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        QueryParams params = new QueryParams();
        LocalDate f = params.date("from", from, today.withDayOfMonth(1));
        LocalDate t = params.date("to", to, today);
        params.throwIfAny();
        if (t.isBefore(f)) {
            throw ProblemException.invalid("to is before from", List.of(new Problem.Violation("to", "must not be before from")));
        }
        return new Period(f, t, config.zone());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    IndexData load(OffsetDateTime start, OffsetDateTime end) {
        @SuppressWarnings("unchecked")
        List<Object[]> ratingRows = entityManager.createNativeQuery("""
                        select r.dossier_id, r.submitted_at, r.overall, r.factor_access, r.factor_procedure,
                               r.factor_officials, r.factor_result, r.factor_feedback_handling,
                               r.answer_procedure_published, r.total_points, r.grade,
                               f.competent_agency, f.receiving_agency
                          from rating r left join dossier_fact f on f.dossier_id = r.dossier_id
                         where r.submitted_at >= ?1 and r.submitted_at < ?2""")
                .setParameter(1, start)
                .setParameter(2, end)
                .getResultList();
        List<IndexData.ScopedRating> ratings = new ArrayList<>();
        for (Object[] r : ratingRows) {
            ratings.add(new IndexData.ScopedRating(new RatingRow((UUID) r[0], time(r[1]),
                    SatisfactionLevel.valueOf((String) r[2]),
                    new SipasFactors(SatisfactionLevel.valueOf((String) r[3]), SatisfactionLevel.valueOf((String) r[4]),
                            SatisfactionLevel.valueOf((String) r[5]), SatisfactionLevel.valueOf((String) r[6]),
                            SatisfactionLevel.valueOf((String) r[7])),
                    Answer.valueOf((String) r[8]), ((Number) r[9]).intValue(), EvaluationGrade.valueOf((String) r[10])),
                    (String) r[11], (String) r[12]));
        }
        List<FeedbackRow> feedback = Feedback.<Feedback>list("receivedAt >= ?1 and receivedAt < ?2", start, end).stream()
                .map(f -> new FeedbackRow(f.agency, f.receivedAt, f.handling(), f.dossierCode)).toList();
        return new IndexData(facts.relevantTo(start, end), ratings, feedback, sync.statesOfReceived(start, end));
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time value " + value);
    }
}
