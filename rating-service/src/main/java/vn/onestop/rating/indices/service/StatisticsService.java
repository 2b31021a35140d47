package vn.onestop.rating.indices.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.rating.config.RatingConfig;
import vn.onestop.rating.indices.domain.MonthlyStatistics;
import vn.onestop.rating.indices.domain.Period;
import vn.onestop.rating.indices.domain.StatisticsAccess;
import vn.onestop.rating.projection.service.FactStore;
import vn.onestop.rating.reference.domain.Scope;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The statutory monthly statistics of an agency. */
@ApplicationScoped
public class StatisticsService {

    private final IndexService indices;
    private final FactStore facts;
    private final RatingConfig config;
    private final Clock clock;

    StatisticsService(IndexService indices, FactStore facts, RatingConfig config, Clock clock) {
        this.indices = indices;
        this.facts = facts;
        this.config = config;
        this.clock = clock;
    }

    /** The statistics of {@code agency}: for its officers and leaders, and administrators (403 for anyone else). */
    @Transactional
    public MonthlyStatistics.Row monthly(String agency, String month, Actor actor) {
        if (agency == null || agency.isBlank()) {
            throw ProblemException.invalid("agency is required", List.of(new Problem.Violation("agency", "is required")));
        }
        if (!StatisticsAccess.mayRead(actor, agency)) {
            throw Caller.forbidden("agency " + agency + " is not yours (" + actor.agency()
                    + "): its monthly statistics are for its own officers and leaders, and administrators");
        }
        YearMonth ym;
        try {
            ym = month == null || month.isBlank() ? YearMonth.now(clock.withZone(config.zone())) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month is not a month", List.of(new Problem.Violation("month",
                    "must be a month yyyy-MM")));
        }
        if (ym.getYear() < 1 || ym.getYear() > 9999) {
            throw ProblemException.invalid("month is out of range", List.of(new Problem.Violation("month",
                    "must be within the years 1 to 9999")));
        }
        Scope scope = indices.scope(agency, null);
        Period period = Period.of(ym, config.zone());
        var dossiers = facts.relevantTo(period.start(), period.end()).stream()
                .filter(d -> scope.containsDossier(d.competentAgency, d.receivingAgency)).toList();
        return MonthlyStatistics.compute(scope.code(), ym, config.zone(), clock.instant(), dossiers);
    }
}
