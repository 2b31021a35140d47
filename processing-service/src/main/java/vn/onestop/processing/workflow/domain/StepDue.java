package vn.onestop.processing.workflow.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.PauseReason;
import vn.onestop.workingtime.WorkCalendar;

/**
 * A step's due date: its budget added in working time from the moment it opens
 * ({@link Deadline#compute} with the step's budget, so reception-time snapping, weekends, holidays
 * and the same-day cut-off all apply), <b>capped at the dossier's due date</b>: a step may never
 * promise more than the dossier promised the applicant. A step that opens after the dossier is
 * already due is due at once (at the dossier's due, which is in the past: overdue).
 *
 * <p>Like the dossier's {@link Deadline}, this is computed once and stored. While the dossier is
 * paused every open step is paused too: on {@link Effect.Resume} call {@link #pause} on each open
 * step with the dossier's new due date. When an apology letter moves the dossier's date, call
 * {@link #withDossierDue}.
 *
 * @param stepId     the step
 * @param budget     the step budget's own deadline (its {@code receivedAt} is when the step opened)
 * @param dossierDue the dossier's current due date, the cap
 */
public record StepDue(String stepId, Deadline budget, OffsetDateTime dossierDue) {

    public StepDue {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(dossierDue, "dossierDue");
    }

    /** The due date of {@code step} opened at {@code openedAt}, with the agency's calendar. */
    public static StepDue compute(WorkCalendar calendar, WorkflowStep step, Instant openedAt, OffsetDateTime dossierDue) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(openedAt, "openedAt");
        return new StepDue(step.id(), Deadline.compute(calendar, openedAt, step.budget()), dossierDue);
    }

    /** The due dates of the steps of an {@link Effect.OpenSteps}, all opened at {@code openedAt}. */
    public static List<StepDue> computeAll(WorkCalendar calendar, WorkflowDefinition definition, List<String> stepIds,
                                           Instant openedAt, OffsetDateTime dossierDue) {
        Objects.requireNonNull(definition, "definition");
        return stepIds.stream()
                .map(id -> compute(calendar, definition.step(id).orElseThrow(() ->
                        new IllegalArgumentException("workflow " + definition.procedureId() + " has no step " + id)),
                        openedAt, dossierDue))
                .collect(Collectors.toList());
    }

    /** The step's due: the budget's due, or the dossier's due when that is earlier (in the calendar's zone). */
    public OffsetDateTime due() {
        return cappedByDossierDue()
                ? dossierDue.atZoneSameInstant(budget.zone()).toOffsetDateTime()
                : budget.due();
    }

    /** Whether the dossier's due date, not the step budget, sets the step's due. */
    public boolean cappedByDossierDue() {
        return dossierDue.toInstant().isBefore(budget.due().toInstant());
    }

    /**
     * A pause round of the dossier (supplement or payment) while this step was open: the budget's
     * due moves by the paused working time, and the cap becomes the dossier's new due.
     */
    public StepDue pause(WorkCalendar calendar, PauseReason reason, Instant pausedFrom, Instant resumedAt,
                         OffsetDateTime newDossierDue) {
        return new StepDue(stepId, budget.pause(calendar, reason, pausedFrom, resumedAt), newDossierDue);
    }

    /** The dossier's due date changed (an apology letter with a new date): a new cap. */
    public StepDue withDossierDue(OffsetDateTime newDossierDue) {
        return new StepDue(stepId, budget, newDossierDue);
    }
}
