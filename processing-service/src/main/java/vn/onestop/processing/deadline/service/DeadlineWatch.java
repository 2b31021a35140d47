package vn.onestop.processing.deadline.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.messaging.DossierTraces;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.processing.calendar.domain.AgencyCalendar;
import vn.onestop.processing.calendar.service.CalendarService;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.domain.CaseStatus;
import vn.onestop.processing.config.DeadlineWatchConfig;
import vn.onestop.processing.deadline.domain.WatchRule;
import vn.onestop.processing.task.domain.Task;
import vn.onestop.processing.task.messaging.ProcessingEvents;
import vn.onestop.workingtime.WorkCalendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Announces, once each, DossierAtRisk when a dossier's or a step's clock has little working time
 * left and DossierOverdue once its due date has passed ({@link WatchRule}). Each dossier and step
 * carries the moment the watch must next look at it ({@code next_watch_at}, stored whenever its due
 * date or alerts change), so a round reads only the clocks whose moment has come, through an index,
 * in batches of {@code onestop.deadline-watch.batch-size} per transaction: a round with nothing due
 * costs two reads, however many dossiers are open (docs/adr/0028-deadline-watch-by-stored-moment.md).
 *
 * <p>Replicas never announce twice: a batch locks the dossiers it looks at (a bundle member's bundle
 * first, as {@code CaseWorkflow.lockCaseIfAny} does) and skips those another transaction holds (a
 * replica's round, or a request changing the dossier), which the next round finds again if their
 * moment is still due; under the lock it decides again from the dossier's current state and stores
 * the next moment.
 */
@ApplicationScoped
public class DeadlineWatch {

    /** What one round did: dossiers and steps looked at, events written, transactions that found work. */
    public record Round(int dossiersLooked, int stepsLooked, int announced, int batches) {
    }

    private record Batch(boolean full, int dossiersLooked, int stepsLooked, int announced) {
    }

    /** How long a clock the rule failed on waits before it is looked at again. */
    private static final Duration AFTER_A_FAILURE = Duration.ofHours(1);

    private final CalendarService calendars;
    private final Outbox outbox;
    private final DossierTraces traces;
    private final EntityManager entityManager;
    private final Clock clock;
    private final DeadlineWatchConfig config;

    DeadlineWatch(CalendarService calendars, Outbox outbox, DossierTraces traces, EntityManager entityManager,
                  Clock clock, DeadlineWatchConfig config) {
        this.calendars = calendars;
        this.outbox = outbox;
        this.traces = traces;
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${onestop.deadline-watch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        round(clock.instant());
    }

    /** Announces what is at risk or overdue as of {@code now}; returns how many events it wrote. */
    public int scan(Instant now) {
        return round(now).announced();
    }

    /** One round as of {@code now}: batch after batch until no clock's moment has come. */
    public Round round(Instant now) {
        int dossiers = 0;
        int steps = 0;
        int announced = 0;
        int batches = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(() -> batch(now));
            if (batch.dossiersLooked() + batch.stepsLooked() == 0) {
                // nothing due, or all of it held by other transactions: the next round tries again
                break;
            }
            batches++;
            dossiers += batch.dossiersLooked();
            steps += batch.stepsLooked();
            announced += batch.announced();
            if (!batch.full()) {
                break;
            }
        }
        if (announced > 0) {
            Log.infof("deadline watch: %d alerts from %d dossiers and %d steps looked at in %d transactions",
                    announced, dossiers, steps, batches);
        }
        return new Round(dossiers, steps, announced, batches);
    }

    private Batch batch(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int limit = config.batchSize();
        @SuppressWarnings("unchecked")
        List<Object[]> dueDossiers = entityManager.createNativeQuery("""
                        select dossier_id, parent_id from case_file where next_watch_at <= ?1
                        order by next_watch_at limit ?2""")
                .setParameter(1, at).setParameter(2, limit).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> dueSteps = entityManager.createNativeQuery("""
                        select t.id, t.dossier_id, c.parent_id from task t join case_file c on c.dossier_id = t.dossier_id
                        where t.next_watch_at <= ?1 order by t.next_watch_at limit ?2""")
                .setParameter(1, at).setParameter(2, limit).getResultList();
        if (dueDossiers.isEmpty() && dueSteps.isEmpty()) {
            return new Batch(false, 0, 0, 0);
        }
        Set<UUID> parents = new LinkedHashSet<>();
        Map<UUID, UUID> parentOf = new HashMap<>();
        for (Object[] row : dueDossiers) {
            remember((UUID) row[0], (UUID) row[1], parents, parentOf);
        }
        for (Object[] row : dueSteps) {
            remember((UUID) row[1], (UUID) row[2], parents, parentOf);
        }
        Set<UUID> lockedParents = lock(parents);
        List<UUID> wanted = parentOf.entrySet().stream()
                .filter(e -> e.getValue() == null || lockedParents.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        Set<UUID> locked = lock(wanted);
        if (locked.isEmpty()) {
            return new Batch(false, 0, 0, 0);
        }
        Map<UUID, CaseFile> files = new HashMap<>();
        for (CaseFile file : CaseFile.<CaseFile>list("dossierId in ?1", locked)) {
            files.put(file.dossierId, file);
        }
        CalendarService.Calendars current = calendars.current();
        int dossiersLooked = 0;
        int announced = 0;
        for (Object[] row : dueDossiers) {
            CaseFile file = files.get((UUID) row[0]);
            if (file != null) {
                dossiersLooked++;
                announced += look(file, current, now);
            }
        }
        List<UUID> stepIds = dueSteps.stream().filter(row -> files.containsKey((UUID) row[1]))
                .map(row -> (UUID) row[0]).toList();
        int stepsLooked = 0;
        if (!stepIds.isEmpty()) {
            for (Task task : Task.<Task>list("id in ?1", stepIds)) {
                stepsLooked++;
                announced += look(task, files.get(task.dossierId), current, now);
            }
        }
        return new Batch(dueDossiers.size() == limit || dueSteps.size() == limit, dossiersLooked, stepsLooked, announced);
    }

    private static void remember(UUID dossier, UUID parent, Set<UUID> parents, Map<UUID, UUID> parentOf) {
        parentOf.put(dossier, parent);
        if (parent != null) {
            parents.add(parent);
        }
    }

    /** Locks those of the dossiers no other transaction holds, and answers which. */
    private Set<UUID> lock(Collection<UUID> dossiers) {
        if (dossiers.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery(
                        "select dossier_id from case_file where dossier_id in (?1) for update skip locked")
                .setParameter(1, new ArrayList<>(dossiers)).getResultList();
        Set<UUID> locked = new HashSet<>();
        for (Object row : rows) {
            locked.add((UUID) row);
        }
        return locked;
    }

    /** A dossier's own clock (a bundle's promise included): announces what is due, stores the next moment. */
    private int look(CaseFile file, CalendarService.Calendars current, Instant now) {
        try {
            WorkCalendar calendar = current.of(file.competentAgency);
            WatchRule.Alert alert = WatchRule.alertAt(calendar, file.watched(calendar), now);
            if (alert != WatchRule.Alert.NONE) {
                announce(alert, file, new ProcessingEvents.DeadlineAlert(file.dossierId, file.dossierCode,
                        file.procedureId, file.competentAgency, file.dueAt, now.atOffset(ZoneOffset.UTC), null, null));
                file.atRiskAnnounced = true;
                file.overdueAnnounced = alert == WatchRule.Alert.OVERDUE;
                if (alert == WatchRule.Alert.OVERDUE) {
                    Log.warnf("dossier %s is overdue (due %s)", file.dossierId, file.dueAt);
                } else {
                    Log.infof("dossier %s is at risk (due %s)", file.dossierId, file.dueAt);
                }
            }
            file.planWatch(calendar);
            return alert == WatchRule.Alert.NONE ? 0 : 1;
        } catch (RuntimeException e) {
            Log.errorf(e, "dossier %s: the deadline watch could not judge its clock; looking again in %s",
                    file.dossierId, AFTER_A_FAILURE);
            file.nextWatchAt = now.plus(AFTER_A_FAILURE).atOffset(ZoneOffset.UTC);
            return 0;
        }
    }

    /** A step's clock; a paused dossier's steps stand still with it (its resumption moves and plans them). */
    private int look(Task task, CaseFile file, CalendarService.Calendars current, Instant now) {
        try {
            WorkCalendar calendar = current.of(task.agency);
            boolean inProcess = file.status == CaseStatus.IN_PROCESS;
            WatchRule.Alert alert = WatchRule.alertAt(calendar, task.watched(calendar, inProcess), now);
            if (alert != WatchRule.Alert.NONE) {
                announce(alert, file, new ProcessingEvents.DeadlineAlert(file.dossierId, file.dossierCode,
                        file.procedureId, task.agency, task.dueAt, now.atOffset(ZoneOffset.UTC), task.step, task.id));
                task.atRiskAnnounced = true;
                task.overdueAnnounced = alert == WatchRule.Alert.OVERDUE;
            }
            task.planWatch(calendar, inProcess);
            return alert == WatchRule.Alert.NONE ? 0 : 1;
        } catch (RuntimeException e) {
            Log.errorf(e, "dossier %s: the deadline watch could not judge the clock of step %s; looking again in %s",
                    file.dossierId, task.step, AFTER_A_FAILURE);
            task.nextWatchAt = now.plus(AFTER_A_FAILURE).atOffset(ZoneOffset.UTC);
            return 0;
        }
    }

    private void announce(WatchRule.Alert alert, CaseFile file, ProcessingEvents.DeadlineAlert data) {
        // the alert continues the dossier's trace (docs/adr/0021), as any work on the case does
        traces.continueTrace(file.dossierId.toString(), file.traceParent, file.traceState, "case work");
        outbox.publish(alert == WatchRule.Alert.OVERDUE ? EventType.DOSSIER_OVERDUE : EventType.DOSSIER_AT_RISK,
                file.dossierId, data);
    }

    /**
     * A calendar changed: the at-risk moments stored with its calendar's clocks may now come earlier
     * (a new day off) or later, so the clocks of the agencies it applies to that are not yet at risk
     * are looked at in the next round, which stores their moments anew. A change of the default
     * calendar concerns every agency without its own. Runs in the change's transaction.
     */
    void calendarChanged(@Observes CalendarService.Stored stored) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        boolean fallback = AgencyCalendar.DEFAULT.equals(stored.agency());
        String whose = fallback ? "not in (select agency from agency_calendar)" : "= ?2";
        int dossiers = replan("update case_file set next_watch_at = ?1 where next_watch_at > ?1 and not at_risk_announced"
                + " and competent_agency " + whose, now, stored.agency(), fallback);
        int steps = replan("update task set next_watch_at = ?1 where next_watch_at > ?1 and not at_risk_announced"
                + " and agency " + whose, now, stored.agency(), fallback);
        Log.infof("calendar of %s changed (version %d): %d dossiers and %d steps will be looked at again",
                stored.agency(), stored.version(), dossiers, steps);
    }

    private int replan(String sql, OffsetDateTime now, String agency, boolean fallback) {
        var query = entityManager.createNativeQuery(sql).setParameter(1, now);
        if (!fallback) {
            query.setParameter(2, agency);
        }
        return query.executeUpdate();
    }
}
