package vn.onestop.processing.workflow.domain;

import java.util.List;
import java.util.Objects;

/**
 * A refused transition; the run is unchanged.
 *
 * @param missingResultFields for {@link RefusalCode#MISSING_RESULT_FIELDS}: the names of the
 *                            required result fields the approval lacks; empty otherwise
 */
public record Refusal(RefusalCode code, String reason, List<String> missingResultFields) implements TransitionResult {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        missingResultFields = missingResultFields == null ? List.of() : List.copyOf(missingResultFields);
    }

    public Refusal(RefusalCode code, String reason) {
        this(code, reason, List.of());
    }

    @Override
    public List<Effect> effects() {
        return List.of();
    }
}
