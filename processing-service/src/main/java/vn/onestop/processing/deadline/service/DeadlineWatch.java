package vn.onestop.processing.deadline.service;

import vn.onestop.processing.casefile.domain.CaseStatus;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.processing.calendar.service.CalendarService;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.task.domain.Task;
import vn.onestop.processing.task.messaging.ProcessingEvents;
import vn.onestop.processing.task.service.CaseWorkflow;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkingTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Finds dossiers whose clock runs (not paused) and announces, once each, DossierAtRisk when one
 * working day or less is left and DossierOverdue once the due date has passed. Each dossier is
 * handled in its own short transaction under a row lock, so replicas never announce twice.
 */
@ApplicationScoped
public class DeadlineWatch {

    private final CaseWorkflow workflow;
    private final CalendarService calendars;
    private final Outbox outbox;
    private final Clock clock;

    DeadlineWatch(CaseWorkflow workflow, CalendarService calendars, Outbox outbox, Clock clock) {
        this.workflow = workflow;
        this.calendars = calendars;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${onestop.deadline-watch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scan(clock.instant());
    }

    /** Announces what is at risk or overdue as of {@code now}; returns how many events it wrote. */
    public int scan(Instant now) {
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> CaseFile.<CaseFile>find(
                        "status in ('IN_PROCESS', 'BUNDLE') and dueAt is not null and overdueAnnounced = false and dueAt < ?1",
                        now.plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
                .list().stream().map(f -> f.dossierId).toList());
        int announced = 0;
        for (UUID id : candidates) {
            announced += QuarkusTransaction.requiringNew().call(() -> check(id, now));
        }
        List<UUID> steps = QuarkusTransaction.requiringNew().call(() -> Task.<Task>find(
                        "status in ?1 and overdueAnnounced = false and dueAt < ?2",
                        List.of(Task.Status.OPEN, Task.Status.CLAIMED), now.plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
                .list().stream().map(t -> t.id).toList());
        for (UUID id : steps) {
            announced += QuarkusTransaction.requiringNew().call(() -> checkStep(id, now));
        }
        return announced;
    }

    /**
     * A step is at risk when less than one working day, or less than half of its own budget, is
     * left (a one-hour step would otherwise be at risk from the start); overdue past its due.
     * Steps of a paused dossier are not watched: their clock stands still too.
     */
    private int checkStep(UUID taskId, Instant now) {
        Task locked = workflow.lockTask(taskId).orElse(null);
        if (locked == null || !locked.isActive() || locked.overdueAnnounced) {
            return 0;
        }
        CaseFile file = workflow.lockCase(locked.dossierId);
        if (file.status != CaseStatus.IN_PROCESS) {
            return 0;
        }
        ProcessingEvents.DeadlineAlert alert = new ProcessingEvents.DeadlineAlert(file.dossierId, file.dossierCode,
                file.procedureId, locked.agency, locked.dueAt, now.atOffset(ZoneOffset.UTC), locked.step, locked.id);
        if (now.isAfter(locked.dueAt.toInstant())) {
            locked.overdueAnnounced = true;
            locked.atRiskAnnounced = true;
            outbox.publish(EventType.DOSSIER_OVERDUE, file.dossierId, alert);
            return 1;
        }
        WorkCalendar calendar = calendars.calendarOf(locked.agency);
        Duration left = WorkingTime.workingTimeBetween(calendar, now, locked.dueAt.toInstant());
        Duration budget = WorkingTime.workingTimeBetween(calendar, locked.createdAt.toInstant(), locked.dueAt.toInstant());
        Duration threshold = budget.dividedBy(2).compareTo(calendar.workingDayLength()) < 0
                ? budget.dividedBy(2) : calendar.workingDayLength();
        if (!locked.atRiskAnnounced && left.compareTo(threshold) <= 0) {
            locked.atRiskAnnounced = true;
            outbox.publish(EventType.DOSSIER_AT_RISK, file.dossierId, alert);
            return 1;
        }
        return 0;
    }

    private int check(UUID dossierId, Instant now) {
        CaseFile file = workflow.lockCase(dossierId);
        // a bundle's end-to-end promise is watched like a dossier's until its last member finishes
        if ((file.status != CaseStatus.IN_PROCESS && file.status != CaseStatus.BUNDLE) || file.overdueAnnounced) {
            return 0;
        }
        OffsetDateTime detectedAt = now.atOffset(ZoneOffset.UTC);
        ProcessingEvents.DeadlineAlert alert = new ProcessingEvents.DeadlineAlert(file.dossierId, file.dossierCode,
                file.procedureId, file.competentAgency, file.dueAt, detectedAt, null, null);
        if (now.isAfter(file.dueAt.toInstant())) {
            file.overdueAnnounced = true;
            file.atRiskAnnounced = true;
            outbox.publish(EventType.DOSSIER_OVERDUE, file.dossierId, alert);
            Log.warnf("dossier %s is overdue (due %s)", file.dossierId, file.dueAt);
            return 1;
        }
        WorkCalendar calendar = calendars.calendarOf(file.competentAgency);
        Duration left = WorkingTime.workingTimeBetween(calendar, now, file.dueAt.toInstant());
        if (!file.atRiskAnnounced && left.compareTo(calendar.workingDayLength()) <= 0) {
            file.atRiskAnnounced = true;
            outbox.publish(EventType.DOSSIER_AT_RISK, file.dossierId, alert);
            Log.infof("dossier %s is at risk: %s of working time left", file.dossierId, left);
            return 1;
        }
        return 0;
    }
}
