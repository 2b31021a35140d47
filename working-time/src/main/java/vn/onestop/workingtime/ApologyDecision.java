package vn.onestop.workingtime;

import java.util.Objects;

/** The result of {@link ApologyRule#evaluate}: the outcome and, unless ACCEPTED, why. */
public record ApologyDecision(ApologyOutcome outcome, String reason) {

    public ApologyDecision {
        Objects.requireNonNull(outcome, "outcome");
    }

    static ApologyDecision accepted() {
        return new ApologyDecision(ApologyOutcome.ACCEPTED, null);
    }

    static ApologyDecision acceptedLate(String reason) {
        return new ApologyDecision(ApologyOutcome.ACCEPTED_LATE, reason);
    }

    static ApologyDecision refused(String reason) {
        return new ApologyDecision(ApologyOutcome.REFUSED, reason);
    }

    /** True for ACCEPTED and ACCEPTED_LATE: the new date may be promised. */
    public boolean allowed() {
        return outcome != ApologyOutcome.REFUSED;
    }
}
