package vn.onestop.processing.deadline.service;

import vn.onestop.processing.casefile.domain.CaseStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.processing.calendar.service.CalendarService;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.task.messaging.ProcessingEvents;
import vn.onestop.processing.task.service.CaseNotFound;
import vn.onestop.processing.task.service.CaseWorkflow;
import vn.onestop.processing.workflow.domain.WorkflowDefinition;
import vn.onestop.workingtime.ApologyDecision;
import vn.onestop.workingtime.ApologyOutcome;
import vn.onestop.workingtime.ApologyRule;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.DeadlineJson;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkingTime;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Explains due dates, previews them for the portal, and records apology letters with a new date. */
@ApplicationScoped
public class DeadlineService {

    private final CaseWorkflow workflow;
    private final CalendarService calendars;
    private final Outbox outbox;
    private final ObjectMapper mapper;

    DeadlineService(CaseWorkflow workflow, CalendarService calendars, Outbox outbox, ObjectMapper mapper) {
        this.workflow = workflow;
        this.calendars = calendars;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /** A dossier's due date and how it came about: start, counted periods, skipped days, pauses. */
    public record Explanation(UUID dossierId, String dossierCode, String status, OffsetDateTime dueAt, int apologies,
                              JsonNode explanation) {
    }

    @Transactional
    public Explanation explain(UUID dossierId) {
        CaseFile file = CaseFile.findById(dossierId);
        if (file == null || file.deadline == null) {
            throw ProblemException.notFound("Deadline of dossier", dossierId.toString());
        }
        return new Explanation(file.dossierId, file.dossierCode, file.status.name(), file.dueAt, file.apologies,
                tree(DeadlineJson.write(file.deadline)));
    }

    /** "If I submit then, when is it due?" — the same arithmetic as a real dossier. */
    public JsonNode preview(String procedureId, String agency, Instant receivedAt) {
        WorkflowDefinition definition = workflow.workflows().find(procedureId)
                .orElseThrow(() -> ProblemException.notFound("Procedure", procedureId));
        WorkCalendar calendar = calendars.calendarOf(agency);
        TimeLimit limit = definition.timeLimitOn(receivedAt.atZone(calendar.zone()).toLocalDate());
        return tree(DeadlineJson.write(Deadline.compute(calendar, receivedAt, limit)));
    }

    /**
     * An apology letter with a new date (BRIEF §5): at most once, before the deadline, with a later
     * date; issued less than one working day before the deadline it is accepted but flagged late.
     */
    @Transactional
    public Explanation apologise(UUID dossierId, OffsetDateTime newDueAt, String reason, String issuedBy) {
        CaseFile file;
        try {
            file = workflow.lockCase(dossierId);
        } catch (CaseNotFound e) {
            throw ProblemException.notFound("Dossier", dossierId.toString());
        }
        if (file.deadline == null || (file.status != CaseStatus.IN_PROCESS && !file.status.paused())) {
            throw ProblemException.conflict("apology-not-possible", "Apology not possible",
                    "dossier " + file.dossierCode + " is " + file.status + ": only a dossier in process can be rescheduled");
        }
        OffsetDateTime now = workflow.now();
        WorkCalendar calendar = calendars.calendarOf(file.competentAgency);
        ApologyDecision decision = ApologyRule.evaluate(calendar, file.deadline, now.toInstant(),
                newDueAt.toInstant(), file.apologies);
        if (decision.outcome() == ApologyOutcome.REFUSED) {
            throw new ProblemException(409, "apology-refused", "Apology refused", decision.reason(),
                    List.of(new Problem.Violation("newDueAt", decision.reason())));
        }
        OffsetDateTime oldDue = file.dueAt;
        file.dueAt = newDueAt.withOffsetSameInstant(ZoneOffset.UTC);
        // the open steps get the same extra working time, within the new date
        workflow.moveOpenSteps(file, WorkingTime.workingTimeBetween(calendar, oldDue.toInstant(), file.dueAt.toInstant()),
                now);
        file.apologies++;
        file.atRiskAnnounced = false;
        file.overdueAnnounced = false;
        file.planWatch(calendar);
        boolean late = decision.outcome() == ApologyOutcome.ACCEPTED_LATE;
        outbox.publish(EventType.APOLOGY_ISSUED, file.dossierId, new ProcessingEvents.ApologyIssued(file.dossierId,
                file.dossierCode, oldDue, file.dueAt, reason, now, issuedBy, late));
        Log.infof("dossier %s rescheduled from %s to %s%s", file.dossierId, oldDue, file.dueAt, late ? " (late)" : "");
        return new Explanation(file.dossierId, file.dossierCode, file.status.name(), file.dueAt, file.apologies,
                tree(DeadlineJson.write(file.deadline)));
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
