package vn.onestop.rating.projection.domain;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One task of a dossier's workflow, merged from TaskAssigned, StepCompleted, TaskCancelled and a
 * step's DossierOverdue (keyed by task id). {@code late}: completed on a date after its due date
 * (the reports' rule, {@link Timeliness}).
 */
public record StepFact(UUID taskId, String step, String agency, OffsetDateTime assignedAt, OffsetDateTime dueAt,
                       OffsetDateTime completedAt, String outcome, boolean cancelled, boolean overdue) {

    public boolean late(ZoneId zone) {
        return judged() && Timeliness.of(dueAt.toInstant(), completedAt.toInstant(), zone) == Timeliness.LATE;
    }

    /** A completed step whose due date is known: the ones the timeliness criteria count. */
    public boolean judged() {
        return completedAt != null && dueAt != null;
    }
}
