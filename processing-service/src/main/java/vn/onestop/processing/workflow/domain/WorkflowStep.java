package vn.onestop.processing.workflow.domain;

import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.TimeLimitUnit;

/**
 * One step of a workflow: who does it and how much time it may take.
 *
 * @param id                    unique inside its workflow, e.g. {@code APPRAISE}
 * @param name                  what the step is, in Vietnamese (shown on tasks)
 * @param agencyType            agency type code of the administration data ({@code POLICE}, {@code TAX}, ...);
 *                              data, not an enum: types change with reforms
 * @param level                 administrative level code ({@code PROVINCE}, {@code COMMUNE})
 * @param budget                the step's own time budget, in working-time units
 * @param parallelGroup         steps with the same group run in parallel; groups run in ascending
 *                              order, numbered 1, 2, 3… without gaps
 * @param deciding              the step whose approval decides the dossier and carries the result fields
 * @param partner               done by an agency outside the one-stop system (e.g. the tax authority);
 *                              its answer arrives through an integration rather than an officer's task
 * @param maxSupplementRequests how many supplement requests the step may make, {@code null} for no limit
 *                              (P12's appraisal: one written request)
 */
public record WorkflowStep(
        String id,
        String name,
        String agencyType,
        String level,
        TimeLimit budget,
        int parallelGroup,
        boolean deciding,
        boolean partner,
        Integer maxSupplementRequests) {

    public WorkflowStep {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("step: id is required");
        }
        id = id.strip();
        String where = "step " + id + ": ";
        name = required(name, where + "name");
        agencyType = required(agencyType, where + "agencyType");
        level = required(level, where + "level");
        if (budget == null) {
            throw new IllegalArgumentException(where + "budget is required");
        }
        if (budget.value() == 0 && budget.unit() != TimeLimitUnit.SAME_DAY) {
            throw new IllegalArgumentException(where + "budget must be more than 0 " + budget.unit());
        }
        if (parallelGroup < 1) {
            throw new IllegalArgumentException(where + "parallelGroup must be 1 or more, not " + parallelGroup);
        }
        if (maxSupplementRequests != null && maxSupplementRequests < 0) {
            throw new IllegalArgumentException(where + "maxSupplementRequests must not be negative, not "
                    + maxSupplementRequests);
        }
    }

    /** A step done inside the one-stop system with no limit on supplement requests. */
    public WorkflowStep(String id, String name, String agencyType, String level, TimeLimit budget,
                        int parallelGroup, boolean deciding) {
        this(id, name, agencyType, level, budget, parallelGroup, deciding, false, null);
    }

    /** Whether the step may make one more supplement request after {@code alreadyMade}. */
    public boolean allowsSupplementRequest(int alreadyMade) {
        return maxSupplementRequests == null || alreadyMade < maxSupplementRequests;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
