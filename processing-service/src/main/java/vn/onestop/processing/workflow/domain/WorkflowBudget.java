package vn.onestop.processing.workflow.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.WorkCalendar;

/**
 * How step budgets are checked against the statutory time limit (BRIEF §5: "step budgets must fit
 * inside the statutory limit"). Everything is converted to working time with the default
 * calendar's working day ({@link #WORKING_DAY}, 8 h):
 *
 * <ul>
 *   <li>WORKING_DAYS: N × 8 h;</li>
 *   <li>WORKING_HOURS: N h;</li>
 *   <li>SAME_DAY: 8 h, the rest of the day at best (reception at opening);</li>
 *   <li>CALENDAR_DAYS: N × 8 h, an <b>upper bound</b>: N calendar days never hold more than N full
 *       working days after the day of reception, and usually fewer (weekends, holidays). A workflow
 *       that passes this check can still overrun a calendar-day limit over a long holiday; the cap of
 *       every step's due at the dossier's due ({@link StepDue}) keeps the promise to the applicant.</li>
 * </ul>
 * The workflow needs, per parallel group, the largest budget of its steps (they run at the same
 * time), summed over the groups (they run one after another).
 */
public final class WorkflowBudget {

    /** The working day of the default calendar (07:00–11:30, 13:30–17:00). */
    public static final Duration WORKING_DAY = WorkCalendar.builder().build().workingDayLength();

    private WorkflowBudget() {
    }

    /** The working time {@code limit} stands for, by the rules above. */
    public static Duration workingTime(TimeLimit limit) {
        Objects.requireNonNull(limit, "limit");
        switch (limit.unit()) {
            case WORKING_HOURS:
                return Duration.ofHours(limit.value());
            case SAME_DAY:
                return WORKING_DAY;
            case WORKING_DAYS:
            case CALENDAR_DAYS:
                return WORKING_DAY.multipliedBy(limit.value());
            default:
                throw new IllegalArgumentException("unit: unknown unit " + limit.unit());
        }
    }

    /** The largest budget of each parallel group, by group number. */
    public static Map<Integer, WorkflowStep> longestStepPerGroup(List<WorkflowStep> steps) {
        Map<Integer, WorkflowStep> longest = new TreeMap<>();
        for (WorkflowStep step : steps) {
            longest.merge(step.parallelGroup(), step, (a, b) ->
                    workingTime(b.budget()).compareTo(workingTime(a.budget())) > 0 ? b : a);
        }
        return longest;
    }

    /** The working time the steps need: the sum over groups of the largest budget in each group. */
    public static Duration required(List<WorkflowStep> steps) {
        return longestStepPerGroup(steps).values().stream()
                .map(s -> workingTime(s.budget()))
                .reduce(Duration.ZERO, Duration::plus);
    }

    static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }
}
