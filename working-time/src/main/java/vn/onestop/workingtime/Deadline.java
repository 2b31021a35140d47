package vn.onestop.workingtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The due date promised for one dossier, with the explanation of how it was reached.
 *
 * <p><b>Computed once, stored, never recomputed.</b> The receipt (appointment slip) shows
 * {@link #due()}; the intake and processing services store this value (it round-trips through
 * {@link DeadlineJson}) and only change it through {@link #pause}, which records each round.
 * A Deadline holds no reference to the calendar it was computed with: when operators later add or
 * correct a holiday, stored deadlines keep their due date, and only new computations see the
 * change. Nothing here reads a calendar lazily.
 *
 * @param calendar         the agency of the {@link WorkCalendar} used
 * @param zone             that calendar's zone; all date-times below are in it
 * @param limit            the procedure's time limit
 * @param receivedAt       when the complete dossier was received
 * @param clockStart       where the clock started (reception snapped into working time)
 * @param clockStartReason why the clock started later than reception, or {@link SnapReason#NONE}
 * @param due              the current due instant (after any pauses)
 * @param steps            the explanation, in order: days skipped before the clock start, then each
 *                         working period counted and each day skipped, then each pause round and the
 *                         periods it added
 * @param pauses           the pause rounds, in order
 * @param uncoveredYears   the years between reception and the due date whose days off the calendar
 *                         does not hold ({@link WorkCalendar#coveredYears()}): counted as ordinary
 *                         weekdays, so the due date may come too early. Empty when the calendar
 *                         knows every day; a non-empty list makes the deadline {@link #provisional()}.
 */
public record Deadline(
        String calendar,
        ZoneId zone,
        TimeLimit limit,
        OffsetDateTime receivedAt,
        OffsetDateTime clockStart,
        SnapReason clockStartReason,
        OffsetDateTime due,
        List<ExplanationStep> steps,
        List<PauseRound> pauses,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> uncoveredYears) {

    public Deadline {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(clockStartReason, "clockStartReason");
        Objects.requireNonNull(due, "due");
        steps = steps == null ? List.of() : List.copyOf(steps);
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        uncoveredYears = uncoveredYears == null ? List.of() : List.copyOf(uncoveredYears);
    }

    /**
     * Whether the due date was reached through days the calendar does not know ({@link #uncoveredYears()}):
     * it must be shown as provisional, and the calendar completed.
     */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean provisional() {
        return !uncoveredYears.isEmpty();
    }

    /** What to tell a reader of a provisional due date; null otherwise. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public String calendarWarning() {
        if (uncoveredYears.isEmpty()) {
            return null;
        }
        return "calendar '" + calendar + "' does not hold the days off of " + uncoveredYears.stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + ": they are counted as ordinary weekdays, "
                + "so this due date may be too early until the calendar is completed";
    }

    /**
     * Computes the due date of a complete dossier received at {@code receivedAt}.
     *
     * <ul>
     *   <li>The clock starts at reception, or at the start of the next working period when
     *       received before opening, between periods, after closing or on a day off.</li>
     *   <li>WORKING_DAYS: N × {@link WorkCalendar#workingDayLength()} of working time added from
     *       the clock start (Tuesday 09:00 + 7 working days = Thursday of the next week 09:00).</li>
     *   <li>WORKING_HOURS: N hours of working time added from the clock start.</li>
     *   <li>SAME_DAY: end of the working day of receipt; received after the cut-off, after the
     *       last period or on a day off: end of the next working day.</li>
     *   <li>CALENDAR_DAYS: N calendar days from the date the clock starts, due at the end of that
     *       working day; a day off moves it forward to the end of the next working day.</li>
     * </ul>
     */
    public static Deadline compute(WorkCalendar calendar, Instant receivedAt, TimeLimit limit) {
        return DeadlineCalculator.compute(calendar, receivedAt, limit);
    }

    /**
     * Records a pause round (supplement request or payment wait) from {@code pausedFrom} to
     * {@code resumedAt}: the due date moves forward by the working time elapsed while paused,
     * measured with {@code calendar} (the agency's current calendar). A round that starts after
     * the due date is recorded but does not move it: an overdue dossier stays overdue.
     *
     * @throws IllegalArgumentException when the round ends before it starts, starts before the
     *         dossier was received or before the previous round resumed, or the calendar is not
     *         the agency's
     */
    public Deadline pause(WorkCalendar calendar, PauseReason reason, Instant pausedFrom, Instant resumedAt) {
        return DeadlineCalculator.pause(this, calendar, reason, pausedFrom, resumedAt);
    }

    /** The due date before any pause moved it. */
    public OffsetDateTime originalDue() {
        return pauses.isEmpty() ? due : pauses.get(0).oldDue();
    }

    /** The working time of all pause rounds that moved the due date. */
    public Duration pausedWorkingTime() {
        return pauses.stream().filter(p -> !p.pausedFrom().isAfter(p.oldDue()))
                .map(PauseRound::pausedWorkingTime).reduce(Duration.ZERO, Duration::plus);
    }
}
