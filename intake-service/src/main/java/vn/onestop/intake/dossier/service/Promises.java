package vn.onestop.intake.dossier.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.HeldSubmission;
import vn.onestop.platform.calendars.CalendarCopies;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.TimeLimitUnit;
import vn.onestop.workingtime.WorkCalendar;

import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * The promise on the receipt: the due date of a dossier received at an instant, from the competent
 * agency's calendar (owned by processing); a same-day procedure's own cut-off hour, where the catalog
 * publishes one, replaces the calendar's. A dossier waiting for acceptance gets no promise yet: its
 * clock starts when the centre accepts it.
 */
@ApplicationScoped
public class Promises {

    private final CalendarCopies calendars;

    Promises(CalendarCopies calendars) {
        this.calendars = calendars;
    }

    /** Sets the dossier's time limit and, unless it waits for acceptance, its due date from {@code receivedAt}. */
    public void promise(Dossier dossier, vn.onestop.intake.catalog.domain.TimeLimit published, OffsetDateTime receivedAt) {
        TimeLimit limit = toWorkingTime(published);
        dossier.timeLimitValue = limit.value();
        dossier.timeLimitUnit = limit.unit().name();
        if (dossier.status == DossierStatus.SUBMITTED_ONLINE) {
            return;
        }
        WorkCalendar calendar = calendars.forAgency(dossier.competentAgency);
        if (published.cutoff() != null) {
            calendar = calendar.toBuilder().sameDayCutoff(published.cutoff()).build();
        }
        Deadline deadline = Deadline.compute(calendar, receivedAt.toInstant(), limit);
        dossier.dueAt = deadline.due();
        dossier.dueWarning = deadline.calendarWarning();
        if (deadline.provisional()) {
            Log.warnf("dossier %s: provisional promise %s: %s", dossier.id, dossier.dueAt, dossier.dueWarning);
        }
    }

    /** The catalog's limit as it is held while a dossier waits for acceptance, and back. */
    static HeldSubmission hold(com.fasterxml.jackson.databind.JsonNode chain, java.util.Map<String, String> agencies,
                               vn.onestop.intake.catalog.domain.TimeLimit published) {
        return new HeldSubmission(chain, agencies, published == null ? null : published.value(),
                published == null ? null : published.unit().name(),
                published == null || published.cutoff() == null ? null : published.cutoff().toString());
    }

    static vn.onestop.intake.catalog.domain.TimeLimit heldLimit(HeldSubmission held) {
        return held.limitUnit() == null ? null : new vn.onestop.intake.catalog.domain.TimeLimit(held.limitValue(),
                TimeLimitUnit.valueOf(held.limitUnit()), held.limitCutoff() == null ? null : LocalTime.parse(held.limitCutoff()));
    }

    /** The catalog counts in working-time's units; a same-day limit's cut-off goes to the calendar instead. */
    static TimeLimit toWorkingTime(vn.onestop.intake.catalog.domain.TimeLimit limit) {
        return limit.unit() == TimeLimitUnit.SAME_DAY ? TimeLimit.sameDay() : new TimeLimit(limit.value(), limit.unit());
    }
}
