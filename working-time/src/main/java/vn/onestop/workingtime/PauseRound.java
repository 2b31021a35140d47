package vn.onestop.workingtime;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One recorded pause round: the clock stopped at {@code pausedFrom}, restarted at
 * {@code resumedAt}, and the due date moved from {@code oldDue} to {@code newDue} by
 * {@code pausedWorkingTime} of working time. A pause that started after the due date does not
 * move it ({@code newDue} equals {@code oldDue}).
 */
public record PauseRound(
        PauseReason reason,
        OffsetDateTime pausedFrom,
        OffsetDateTime resumedAt,
        Duration pausedWorkingTime,
        OffsetDateTime oldDue,
        OffsetDateTime newDue) {

    public PauseRound {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(pausedFrom, "pausedFrom");
        Objects.requireNonNull(resumedAt, "resumedAt");
        Objects.requireNonNull(pausedWorkingTime, "pausedWorkingTime");
        Objects.requireNonNull(oldDue, "oldDue");
        Objects.requireNonNull(newDue, "newDue");
    }
}
