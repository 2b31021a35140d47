package vn.onestop.processing.workflow.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.onestop.contracts.resultdata.ResultDataRules;
import vn.onestop.contracts.resultdata.ResultFieldRule;
import vn.onestop.workingtime.TimeLimit;

/**
 * The workflow of one procedure: its steps in order, and what its result must contain.
 *
 * <p>Validated on construction; every message starts with {@code workflow <procedureId>:} and names
 * the step when one is at fault:
 * <ul>
 *   <li>step ids are unique;</li>
 *   <li>steps are listed in group order, and the groups are 1, 2, 3… without gaps;</li>
 *   <li>exactly one step is {@code deciding}, and it is in the last group;</li>
 *   <li>result field names are unique;</li>
 *   <li>the step budgets fit inside the statutory limit, by {@link WorkflowBudget}.</li>
 * </ul>
 *
 * @param procedureId  the catalog id of the procedure (P1…P13)
 * @param name         the procedure's name, in Vietnamese
 * @param timeLimit    the statutory time limit, the same as the procedure catalog's latest version
 * @param earlierTimeLimits the limits of the catalog's earlier versions, each until its last day
 *                     (a dossier received then keeps its version's limit), oldest first
 * @param instant      "4 on the spot": received, appraised, approved and returned at the counter,
 *                     so {@link WorkflowRun#fastLane} may complete every step in one call
 * @param resultKind   what the result is (CERTIFICATE, LICENCE, DECISION, RECORD_UPDATE, ...)
 * @param resultFields the result's fields, the same as the catalog's
 * @param steps        the steps, in group order
 */
public record WorkflowDefinition(
        String procedureId,
        String name,
        TimeLimit timeLimit,
        boolean instant,
        String resultKind,
        List<ResultFieldRule> resultFields,
        List<WorkflowStep> steps,
        List<DatedTimeLimit> earlierTimeLimits) {

    /** The time limit of an earlier version of the procedure, which applied up to {@code until} included. */
    public record DatedTimeLimit(java.time.LocalDate until, TimeLimit limit) {
    }

    public WorkflowDefinition(String procedureId, String name, TimeLimit timeLimit, boolean instant, String resultKind,
                              List<ResultFieldRule> resultFields, List<WorkflowStep> steps) {
        this(procedureId, name, timeLimit, instant, resultKind, resultFields, steps, List.of());
    }

    /** The time limit of the version in force on {@code day} (the day of receipt, in the province's zone). */
    public TimeLimit timeLimitOn(java.time.LocalDate day) {
        for (DatedTimeLimit earlier : earlierTimeLimits) {
            if (!day.isAfter(earlier.until())) {
                return earlier.limit();
            }
        }
        return timeLimit;
    }

    public WorkflowDefinition {
        if (procedureId == null || procedureId.isBlank()) {
            throw new IllegalArgumentException("workflow: procedureId is required");
        }
        procedureId = procedureId.strip();
        String where = "workflow " + procedureId + ": ";
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(where + "name is required");
        }
        if (timeLimit == null) {
            throw new IllegalArgumentException(where + "timeLimit is required");
        }
        if (resultKind == null || resultKind.isBlank()) {
            throw new IllegalArgumentException(where + "resultKind is required");
        }
        resultFields = resultFields == null ? List.of() : List.copyOf(resultFields);
        steps = steps == null ? List.of() : List.copyOf(steps);
        earlierTimeLimits = earlierTimeLimits == null ? List.of() : earlierTimeLimits.stream()
                .sorted(java.util.Comparator.comparing(DatedTimeLimit::until)).toList();
        validate(where, timeLimit, resultFields, steps);
    }

    private static void validate(String where, TimeLimit timeLimit, List<ResultFieldRule> resultFields,
                                 List<WorkflowStep> steps) {
        Set<String> fieldNames = new HashSet<>();
        for (ResultFieldRule f : resultFields) {
            if (!fieldNames.add(f.name())) {
                throw new IllegalArgumentException(where + "resultFields: duplicate field '" + f.name() + "'");
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(where + "steps: a workflow needs at least one step");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            WorkflowStep s = steps.get(i);
            Integer previous = seen.putIfAbsent(s.id(), i);
            if (previous != null) {
                throw new IllegalArgumentException(where + "step " + s.id() + ": duplicate step id (steps["
                        + previous + "] and steps[" + i + "])");
            }
            if (i > 0 && s.parallelGroup() < steps.get(i - 1).parallelGroup()) {
                throw new IllegalArgumentException(where + "step " + s.id() + ": parallelGroup " + s.parallelGroup()
                        + " is listed after group " + steps.get(i - 1).parallelGroup()
                        + "; list the steps in group order");
            }
        }
        TreeSet<Integer> groups = steps.stream().map(WorkflowStep::parallelGroup)
                .collect(Collectors.toCollection(TreeSet::new));
        for (int g = 1; g <= groups.last(); g++) {
            if (!groups.contains(g)) {
                throw new IllegalArgumentException(where + "parallel groups must be 1, 2, 3… without gaps; found "
                        + groups + ", group " + g + " is missing");
            }
        }
        List<WorkflowStep> deciding = steps.stream().filter(WorkflowStep::deciding).collect(Collectors.toList());
        if (deciding.isEmpty()) {
            throw new IllegalArgumentException(where + "no deciding step; exactly one step must have deciding: true");
        }
        if (deciding.size() > 1) {
            throw new IllegalArgumentException(where + "several deciding steps ("
                    + deciding.stream().map(WorkflowStep::id).collect(Collectors.joining(", "))
                    + "); exactly one step must have deciding: true");
        }
        WorkflowStep decider = deciding.get(0);
        if (decider.parallelGroup() != groups.last()) {
            throw new IllegalArgumentException(where + "step " + decider.id() + ": the deciding step is in parallel group "
                    + decider.parallelGroup() + " but must be in the last group (" + groups.last() + ")");
        }
        Duration needed = WorkflowBudget.required(steps);
        Duration allowed = WorkflowBudget.workingTime(timeLimit);
        if (needed.compareTo(allowed) > 0) {
            String perGroup = WorkflowBudget.longestStepPerGroup(steps).entrySet().stream()
                    .map(e -> "group " + e.getKey() + " step " + e.getValue().id() + " "
                            + WorkflowBudget.hours(WorkflowBudget.workingTime(e.getValue().budget())))
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(where + "step budgets need " + WorkflowBudget.hours(needed)
                    + " of working time (" + perGroup + ") but the statutory limit " + timeLimit.value() + " "
                    + timeLimit.unit() + " allows " + WorkflowBudget.hours(allowed));
        }
    }

    public Optional<WorkflowStep> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public WorkflowStep decidingStep() {
        return steps.stream().filter(WorkflowStep::deciding).findFirst().orElseThrow();
    }

    /** The number of the last parallel group (groups are 1…n). */
    public int lastGroup() {
        return steps.get(steps.size() - 1).parallelGroup();
    }

    public List<WorkflowStep> stepsInGroup(int group) {
        return steps.stream().filter(s -> s.parallelGroup() == group).collect(Collectors.toList());
    }

    public List<String> requiredResultFields() {
        return resultFields.stream().filter(ResultFieldRule::required).map(ResultFieldRule::name).collect(Collectors.toList());
    }

    /**
     * What is wrong with the data an approval carries, field by field
     * ({@link ResultDataRules}): for the deciding step every required field must be there; any
     * step's declared fields must have their format and stand right to {@code decisionDay}.
     */
    public List<ResultDataRules.Violation> resultDataViolations(Map<String, ?> resultData, LocalDate decisionDay,
                                                                boolean deciding) {
        return ResultDataRules.check(resultFields, resultData, decisionDay, deciding);
    }

    /** The same for data corrected after the decision, issued on {@code issueDay}. */
    public List<ResultDataRules.Violation> resultDataViolations(Map<String, ?> resultData, LocalDate decisionDay,
                                                                LocalDate issueDay, boolean deciding) {
        return ResultDataRules.check(resultFields, resultData, decisionDay, issueDay, deciding);
    }

    /** The working time the steps need ({@link WorkflowBudget#required}). */
    public Duration requiredWorkingTime() {
        return WorkflowBudget.required(steps);
    }

    /** The working time the statutory limit stands for ({@link WorkflowBudget#workingTime}). */
    public Duration statutoryWorkingTime() {
        return WorkflowBudget.workingTime(timeLimit);
    }
}
