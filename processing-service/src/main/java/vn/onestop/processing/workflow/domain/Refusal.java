package vn.onestop.processing.workflow.domain;

import vn.onestop.contracts.resultdata.ResultDataRules;

import java.util.List;
import java.util.Objects;

/**
 * A refused transition; the run is unchanged.
 *
 * @param resultDataViolations for {@link RefusalCode#INVALID_RESULT_DATA}: each result field the
 *                             approval got wrong, and how; empty otherwise
 */
public record Refusal(RefusalCode code, String reason, List<ResultDataRules.Violation> resultDataViolations)
        implements TransitionResult {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        resultDataViolations = resultDataViolations == null ? List.of() : List.copyOf(resultDataViolations);
    }

    public Refusal(RefusalCode code, String reason) {
        this(code, reason, List.of());
    }

    @Override
    public List<Effect> effects() {
        return List.of();
    }
}
