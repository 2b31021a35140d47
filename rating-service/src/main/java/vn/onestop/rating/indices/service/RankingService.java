package vn.onestop.rating.indices.service;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.rating.config.IndicesConfig;
import vn.onestop.rating.indices.domain.Formula766;
import vn.onestop.rating.indices.domain.Period;
import vn.onestop.rating.indices.domain.Ranking;
import vn.onestop.rating.reference.domain.AdministrativeUnit;
import vn.onestop.rating.reference.domain.ReferenceData;
import vn.onestop.rating.reference.service.References;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Ranks the administrative units of a level by their Decision 766 total. */
@ApplicationScoped
public class RankingService {

    private final IndexService indices;
    private final References reference;
    private final Formula766Registry formulas;

    private final ComputedOnce<List<Object>, RankingReport> computed;

    RankingService(IndexService indices, References reference, Formula766Registry formulas, IndicesConfig config,
                   Clock clock) {
        this.indices = indices;
        this.reference = reference;
        this.formulas = formulas;
        this.computed = new ComputedOnce<>(clock, config.maxAge(), config.cacheEntries(),
                config.concurrentComputations(), config.computationWait());
    }

    public record RankingReport(String level, LocalDate from, LocalDate to, LocalDate previousFrom,
                                LocalDate previousTo, String formulaVersion, List<Ranking.Ranked> items) {
    }

    /**
     * The published ranking: computed once per level, period and formula version and served as it is
     * for {@code onestop.indices.max-age} (docs/adr/0033); the request is checked first.
     */
    public ComputedOnce.Served<RankingReport> rank(String level, String from, String to, String formulaVersion) {
        ReferenceData reference = this.reference.current();
        if (level == null || level.isBlank() || !reference.levels().contains(level)) {
            throw ProblemException.invalid("level is required", List.of(new Problem.Violation("level",
                    "must be one of " + reference.levels())));
        }
        Period period = indices.period(from, to);
        if (period.from().minusDays(period.days()).getYear() < 1) {
            throw ProblemException.invalid("the period before from/to, which the ranking compares with, would start "
                    + "before the year 1", List.of(new Problem.Violation("from",
                    "must leave a period as long as from/to before it, within the years 1 to 9999")));
        }
        Period previous = period.previous();
        Formula766 formula = formulas.get(formulaVersion);
        return computed.get(Arrays.asList(level, period.from(), period.to(), formula.version()),
                () -> QuarkusTransaction.requiringNew().call(() -> rank(reference, level, period, previous, formula)));
    }

    private RankingReport rank(ReferenceData reference, String level, Period period, Period previous,
                               Formula766 formula) {
        IndexData data = indices.load(previous.start(), period.end());
        List<Ranking.Entry> current = new ArrayList<>();
        List<Ranking.Entry> before = new ArrayList<>();
        for (AdministrativeUnit unit : reference.unitsOfLevel(level)) {
            var scope = reference.scope(unit.code(), null);
            var now = indices.report(scope, period, data, formula).score766();
            var then = indices.report(scope, previous, data, formula).score766();
            current.add(new Ranking.Entry(unit.code(), unit.name(), now.total(), now.band()));
            before.add(new Ranking.Entry(unit.code(), unit.name(), then.total(), then.band()));
        }
        return new RankingReport(level, period.from(), period.to(), previous.from(), previous.to(), formula.version(),
                Ranking.rank(current, before));
    }
}
