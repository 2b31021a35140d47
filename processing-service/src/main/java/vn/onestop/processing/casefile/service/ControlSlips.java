package vn.onestop.processing.casefile.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.platform.rest.Actor;
import vn.onestop.processing.calendar.service.CalendarService;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.domain.ControlSlipPdf;
import vn.onestop.processing.task.domain.Task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * The process-control slip (form 05) of a case: its tasks in the order they were handed over, in the
 * competent agency's time zone. For whoever may read the case.
 */
@ApplicationScoped
public class ControlSlips {

    private final CaseService cases;
    private final CalendarService calendars;
    private final Clock clock;
    private final ControlSlipPdf renderer = new ControlSlipPdf();

    ControlSlips(CaseService cases, CalendarService calendars, Clock clock) {
        this.cases = cases;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The slip as PDF bytes; empty for a case the actor may not read, as for an unknown one. */
    public Optional<byte[]> pdf(UUID dossierId, Actor actor) {
        // Read in a transaction, render after it: rendering holds no database connection.
        return data(dossierId, actor).map(renderer::render);
    }

    @Transactional
    public Optional<ControlSlipPdf.Data> data(UUID dossierId, Actor actor) {
        return cases.readable(dossierId, actor).map(file -> {
            ZoneId zone = calendars.calendarOf(file.competentAgency).zone();
            var steps = Task.<Task>list("dossierId", file.dossierId).stream()
                    .sorted(Comparator.comparing((Task t) -> t.createdAt).thenComparing(t -> t.step))
                    .map(t -> new ControlSlipPdf.Step(t.stepName, t.agency, local(t.createdAt, zone), local(t.dueAt, zone),
                            local(t.completedAt, zone), t.outcome, t.completedBy, t.status == Task.Status.CANCELLED))
                    .toList();
            return new ControlSlipPdf.Data(file.competentAgency, file.competentAgency, file.dossierCode, file.procedureId,
                    file.applicantName, local(file.receivedAt, zone), local(file.dueAt, zone), steps,
                    LocalDate.now(clock.withZone(zone)));
        });
    }

    private static LocalDateTime local(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
    }
}
