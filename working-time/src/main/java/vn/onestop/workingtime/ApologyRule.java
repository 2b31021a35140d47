package vn.onestop.workingtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The apology letter with a new date (phiếu xin lỗi và hẹn lại ngày trả), BRIEF §5: a dossier that
 * will be late gets one letter with a new date, at least one working day before the deadline.
 *
 * <p>Checked in this order:
 * <ol>
 *   <li>only once: a dossier already rescheduled is REFUSED;</li>
 *   <li>never after the deadline: issued after the due instant is REFUSED (at the due instant
 *       itself is still allowed);</li>
 *   <li>the new date must be after the current due date, otherwise REFUSED;</li>
 *   <li>at least one working day ({@link WorkCalendar#workingDayLength()}) of working time before
 *       the due instant is ACCEPTED; less than that is ACCEPTED_LATE (valid, but reported as a
 *       late apology).</li>
 * </ol>
 */
public final class ApologyRule {

    private ApologyRule() {
    }

    /**
     * @param deadline           the dossier's current deadline (its {@link Deadline#due()} is the deadline)
     * @param issuedAt           when the letter is issued
     * @param newDue             the new date promised in the letter
     * @param previousApologies  apology letters with a new date already issued for this dossier
     */
    public static ApologyDecision evaluate(WorkCalendar calendar, Deadline deadline, Instant issuedAt,
                                           Instant newDue, int previousApologies) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(newDue, "newDue");
        if (previousApologies < 0) {
            throw new IllegalArgumentException("previousApologies: " + previousApologies + " is negative");
        }
        Instant due = deadline.due().toInstant();
        if (previousApologies > 0) {
            return ApologyDecision.refused("the dossier was already rescheduled once; a second new date is not allowed");
        }
        if (issuedAt.isAfter(due)) {
            return ApologyDecision.refused("issued after the deadline " + deadline.due()
                    + "; the apology must come before it");
        }
        if (!newDue.isAfter(due)) {
            return ApologyDecision.refused("the new date must be after the current due date " + deadline.due());
        }
        Duration notice = WorkingTime.workingTimeBetween(calendar, issuedAt, due);
        if (notice.compareTo(calendar.workingDayLength()) >= 0) {
            return ApologyDecision.accepted();
        }
        return ApologyDecision.acceptedLate("issued with " + notice + " of working time before the deadline, less than one working day ("
                + calendar.workingDayLength() + ")");
    }
}
