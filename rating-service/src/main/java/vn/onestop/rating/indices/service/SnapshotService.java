package vn.onestop.rating.indices.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.rating.indices.domain.Formula766;
import vn.onestop.rating.indices.domain.Period;
import vn.onestop.rating.indices.domain.ScoreSnapshot;
import vn.onestop.rating.reference.domain.Scope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores computed scores per (unit, level, period, formula version). Computing the same key again
 * replaces that row (late events, a corrected projection); another formula version adds a row, so
 * re-scoring a past period never loses the scores of earlier versions.
 */
@ApplicationScoped
public class SnapshotService {

    private final IndexService indices;
    private final Formula766Registry formulas;
    private final ObjectMapper mapper;
    private final Clock clock;

    SnapshotService(IndexService indices, Formula766Registry formulas, ObjectMapper mapper, Clock clock) {
        this.indices = indices;
        this.formulas = formulas;
        this.mapper = mapper;
        this.clock = clock;
    }

    public record SnapshotView(UUID id, String unit, String scopeKind, String level, LocalDate from, LocalDate to,
                               String formulaVersion, OffsetDateTime computedAt, JsonNode score766, JsonNode figures) {
    }

    public record Stored(SnapshotView snapshot, boolean created) {
    }

    @Transactional
    public Stored compute(String unit, String level, String from, String to, String formulaVersion) {
        Scope scope = indices.scope(unit, level);
        Period period = indices.period(from, to);
        Formula766 formula = formulas.get(formulaVersion);
        IndexReport report = indices.report(scope, period, indices.load(period.start(), period.end()), formula);
        String lvl = scope.level() == null ? "" : scope.level();
        ScoreSnapshot s = ScoreSnapshot.<ScoreSnapshot>find(
                        "unit = ?1 and level = ?2 and periodFrom = ?3 and periodTo = ?4 and formulaVersion = ?5",
                        scope.code(), lvl, period.from(), period.to(), formula.version())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        boolean created = s == null;
        if (created) {
            s = new ScoreSnapshot();
            s.id = UUID.randomUUID();
            s.unit = scope.code();
            s.scopeKind = scope.kind().name();
            s.level = lvl;
            s.periodFrom = period.from();
            s.periodTo = period.to();
            s.formulaVersion = formula.version();
        }
        s.computedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        s.total = report.score766().total();
        s.band = report.score766().band();
        s.score = mapper.valueToTree(report.score766());
        s.figures = mapper.valueToTree(report.figures());
        s.persist();
        Log.infof("score of %s %s..%s by %s: %s (%s)", s.unit, s.periodFrom, s.periodTo, s.formulaVersion, s.total, s.band);
        return new Stored(view(s), created);
    }

    @Transactional
    public List<SnapshotView> list(String unit, String formulaVersion) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (unit != null && !unit.isBlank()) {
            params.add(indices.scope(unit, null).code());
            q.append(" and unit = ?").append(params.size());
        }
        if (formulaVersion != null && !formulaVersion.isBlank()) {
            params.add(formulaVersion);
            q.append(" and formulaVersion = ?").append(params.size());
        }
        q.append(" order by periodFrom desc, unit, level, formulaVersion");
        return ScoreSnapshot.<ScoreSnapshot>list(q.toString(), params.toArray()).stream().map(this::view).toList();
    }

    private SnapshotView view(ScoreSnapshot s) {
        return new SnapshotView(s.id, s.unit, s.scopeKind, s.level.isEmpty() ? null : s.level, s.periodFrom,
                s.periodTo, s.formulaVersion, s.computedAt, s.score, s.figures);
    }
}
