package vn.onestop.rating.projection.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import vn.onestop.rating.config.RatingConfig;
import vn.onestop.rating.projection.domain.ComponentFact;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.DossierKind;
import vn.onestop.rating.projection.domain.ResultFact;
import vn.onestop.rating.projection.domain.StepFact;
import vn.onestop.rating.projection.domain.Timeliness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link DossierFact} rows of a projection's tables with plain JDBC on the
 * transaction's connection (the table names vary between the live and the shadow projection).
 */
@ApplicationScoped
public class FactStore {

    private static final String COLUMNS = """
            dossier_id, code, kind, parent_id, procedure_id, channel, receiving_agency, competent_agency,
            applicant_type, applicant_name, applicant_id_number, received_at, started_at, due_at, due_source,
            rescheduled_due_at, paused_for, paused_at, supplement_rounds, decision, decided_at, decided_by,
            finished_status, withdrawn_at, stopped_at, ended_at, result_issued_at, result_returned_at, overdue,
            status, national_status, components_state0, components_state1, components_state2, components_state3,
            steps_judged, steps_late, components, steps, results, last_event_at, online_service, fee_bearing,
            filed_at, refused_at, refusal_slip, paid_online_at""";
    private static final Set<String> JSON_COLUMNS = Set.of("components", "steps", "results");
    /** One placeholder per column, the JSON ones cast to jsonb. */
    private static final String PLACEHOLDERS = Arrays.stream(COLUMNS.split(",")).map(String::strip)
            .map(column -> JSON_COLUMNS.contains(column) ? "cast(? as jsonb)" : "?")
            .collect(Collectors.joining(", "));

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final ZoneId zone;

    FactStore(EntityManager entityManager, ObjectMapper mapper, RatingConfig config) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.zone = config.zone();
    }

    /** Records that the projection folded this event; false if it already had. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markApplied(ProjectionTables tables, String eventId, UUID dossierId, String eventType) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into " + tables.events()
                    + " (event_id, dossier_id, event_type) values (?, ?, ?) on conflict do nothing")) {
                ps.setString(1, eventId);
                ps.setObject(2, dossierId);
                ps.setString(3, eventType);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The facts of these dossiers, locked for update. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, DossierFact> loadForUpdate(ProjectionTables tables, Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return Map.of();
        }
        return work(c -> {
            Map<UUID, DossierFact> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from " + tables.facts()
                    + " where dossier_id = any (?) for update")) {
                ps.setArray(1, c.createArrayOf("uuid", dossierIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DossierFact f = read(rs);
                        found.put(f.dossierId, f);
                    }
                }
            }
            return found;
        });
    }

    /**
     * Creates empty rows for dossiers seen for the first time, so that concurrent folds of one
     * dossier (its topics are consumed independently, possibly by different replicas) serialise on
     * the row lock of {@link #loadForUpdate} instead of overwriting each other's insert.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureExists(ProjectionTables tables, Collection<UUID> dossierIds) {
        List<DossierFact> blank = dossierIds.stream().map(DossierFact::new).toList();
        upsert(tables, blank, "do nothing");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ProjectionTables tables, Collection<DossierFact> facts) {
        StringBuilder updates = new StringBuilder();
        for (String column : COLUMNS.split(",")) {
            String name = column.strip();
            if (!name.equals("dossier_id")) {
                updates.append(updates.isEmpty() ? "" : ", ").append(name).append(" = excluded.").append(name);
            }
        }
        upsert(tables, facts, "(dossier_id) do update set " + updates);
    }

    private void upsert(ProjectionTables tables, Collection<DossierFact> facts, String onConflict) {
        if (facts.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.facts() + " (" + COLUMNS + ") values (" + PLACEHOLDERS
                + ") on conflict " + onConflict;
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (DossierFact f : facts) {
                    write(ps, f);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DossierFact> findById(UUID dossierId) {
        return one("select " + COLUMNS + " from dossier_fact where dossier_id = ?", dossierId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DossierFact> findByCode(String code) {
        return one("select " + COLUMNS + " from dossier_fact where code = ? order by dossier_id limit 1", code);
    }

    /**
     * The dossiers any figure of the period [start, end) may count: received (or filed online) before
     * its end and not ended (nor refused at intake) before its start (BUNDLE parents excluded).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DossierFact> relevantTo(OffsetDateTime start, OffsetDateTime end) {
        return work(c -> {
            List<DossierFact> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from dossier_fact"
                    + " where kind <> 'BUNDLE' and coalesce(filed_at, received_at) < ?"
                    + " and (ended_at is null or ended_at >= ?) and (refused_at is null or refused_at >= ?)"
                    + " order by coalesce(filed_at, received_at), dossier_id")) {
                ps.setObject(1, end);
                ps.setObject(2, start);
                ps.setObject(3, start);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs));
                    }
                }
            }
            return found;
        });
    }

    private Optional<DossierFact> one(String sql, Object key) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<DossierFact>empty();
                }
            }
        });
    }

    private void write(PreparedStatement ps, DossierFact f) throws SQLException {
        int i = 1;
        ps.setObject(i++, f.dossierId);
        ps.setString(i++, f.code);
        ps.setString(i++, f.kind.name());
        ps.setObject(i++, f.parentId);
        ps.setString(i++, f.procedureId);
        ps.setString(i++, f.channel);
        ps.setString(i++, f.receivingAgency);
        ps.setString(i++, f.competentAgency);
        ps.setString(i++, f.applicantType);
        ps.setString(i++, f.applicantName);
        ps.setString(i++, f.applicantIdNumber);
        time(ps, i++, f.receivedAt);
        time(ps, i++, f.startedAt);
        time(ps, i++, f.dueAt);
        ps.setString(i++, f.dueSource == null ? null : f.dueSource.name());
        time(ps, i++, f.rescheduledDueAt);
        ps.setString(i++, f.pausedFor == null ? null : f.pausedFor.name());
        time(ps, i++, f.pausedAt);
        ps.setInt(i++, f.supplementRounds);
        ps.setString(i++, f.decision);
        time(ps, i++, f.decidedAt);
        ps.setString(i++, f.decidedBy);
        ps.setString(i++, f.finishedStatus == null ? null : f.finishedStatus.name());
        time(ps, i++, f.withdrawnAt);
        time(ps, i++, f.stoppedAt);
        time(ps, i++, f.endedAt());
        time(ps, i++, f.resultIssuedAt());
        time(ps, i++, f.resultReturnedAt);
        ps.setBoolean(i++, f.overdue);
        ps.setString(i++, f.status().name());
        ps.setInt(i++, f.status().nationalCode());
        for (int state = 0; state <= 3; state++) {
            ps.setInt(i++, f.componentsInState(state));
        }
        ps.setInt(i++, f.stepsJudged());
        ps.setInt(i++, f.stepsLate(zone));
        ps.setString(i++, json(f.components));
        ps.setString(i++, json(f.steps));
        ps.setString(i++, json(f.results));
        time(ps, i++, f.lastEventAt);
        ps.setString(i++, f.onlineService);
        ps.setObject(i++, f.feeBearing, Types.BOOLEAN);
        time(ps, i++, f.filedAt);
        time(ps, i++, f.refusedAt);
        ps.setString(i++, f.refusalSlip);
        time(ps, i, f.paidOnlineAt);
    }

    private DossierFact read(ResultSet rs) throws SQLException {
        DossierFact f = new DossierFact(rs.getObject("dossier_id", UUID.class));
        f.code = rs.getString("code");
        f.kind = DossierKind.parse(rs.getString("kind"));
        f.parentId = rs.getObject("parent_id", UUID.class);
        f.procedureId = rs.getString("procedure_id");
        f.channel = rs.getString("channel");
        f.receivingAgency = rs.getString("receiving_agency");
        f.competentAgency = rs.getString("competent_agency");
        f.applicantType = rs.getString("applicant_type");
        f.applicantName = rs.getString("applicant_name");
        f.applicantIdNumber = rs.getString("applicant_id_number");
        f.receivedAt = time(rs, "received_at");
        f.startedAt = time(rs, "started_at");
        f.dueAt = time(rs, "due_at");
        String dueSource = rs.getString("due_source");
        f.dueSource = dueSource == null ? null : DossierFact.DueSource.valueOf(dueSource);
        f.rescheduledDueAt = time(rs, "rescheduled_due_at");
        String paused = rs.getString("paused_for");
        f.pausedFor = paused == null ? null : DossierFact.Pause.valueOf(paused);
        f.pausedAt = time(rs, "paused_at");
        f.supplementRounds = rs.getInt("supplement_rounds");
        f.decision = rs.getString("decision");
        f.decidedAt = time(rs, "decided_at");
        f.decidedBy = rs.getString("decided_by");
        f.finishedStatus = Timeliness.parse(rs.getString("finished_status"));
        f.withdrawnAt = time(rs, "withdrawn_at");
        f.stoppedAt = time(rs, "stopped_at");
        f.resultReturnedAt = time(rs, "result_returned_at");
        f.overdue = rs.getBoolean("overdue");
        f.components = list(rs.getString("components"), new TypeReference<List<ComponentFact>>() { });
        f.steps = list(rs.getString("steps"), new TypeReference<List<StepFact>>() { });
        f.results = list(rs.getString("results"), new TypeReference<List<ResultFact>>() { });
        f.lastEventAt = time(rs, "last_event_at");
        f.onlineService = rs.getString("online_service");
        f.feeBearing = (Boolean) rs.getObject("fee_bearing");
        f.filedAt = time(rs, "filed_at");
        f.refusedAt = time(rs, "refused_at");
        f.refusalSlip = rs.getString("refusal_slip");
        f.paidOnlineAt = time(rs, "paid_online_at");
        return f;
    }

    private static void time(PreparedStatement ps, int index, OffsetDateTime value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, value.withOffsetSameInstant(ZoneOffset.UTC));
        }
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> list(String json, TypeReference<List<T>> type) {
        try {
            return json == null ? new ArrayList<>() : new ArrayList<>(mapper.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable projection row: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T work(SqlWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
