package vn.onestop.processing.workflow.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an officer records on an open step. Built leniently: whether the values make sense (a
 * reason, at least one missing item, an amount above 0) is checked by {@link WorkflowRun#complete},
 * which answers a {@link Refusal} rather than throwing.
 */
public sealed interface StepOutcome {

    OutcomeKind kind();

    static Approve approve() {
        return new Approve(Map.of());
    }

    static Approve approve(Map<String, ?> resultData) {
        return new Approve(StepState.copy(resultData));
    }

    static Reject reject(String reason) {
        return new Reject(reason);
    }

    static RequestSupplement requestSupplement(List<String> missingItems, Instant applicantDeadline) {
        return new RequestSupplement(missingItems, applicantDeadline);
    }

    static RequestPayment requestPayment(long amountVnd) {
        return new RequestPayment(amountVnd);
    }

    /** The step is done; {@code resultData} (values: text, numbers, booleans) feeds the result. */
    record Approve(Map<String, Object> resultData) implements StepOutcome {
        public Approve {
            resultData = StepState.copy(resultData);
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.APPROVE;
        }
    }

    /** The dossier is refused; the written reason goes to the applicant. */
    record Reject(String reason) implements StepOutcome {
        @Override
        public OutcomeKind kind() {
            return OutcomeKind.REJECT;
        }
    }

    /** One written list of what is missing, and until when the applicant may bring it. */
    record RequestSupplement(List<String> missingItems, Instant applicantDeadline) implements StepOutcome {
        public RequestSupplement {
            // nulls become blanks so that the run refuses them instead of this constructor throwing
            missingItems = missingItems == null ? List.of()
                    : missingItems.stream().map(item -> item == null ? "" : item).toList();
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.REQUEST_SUPPLEMENT;
        }
    }

    /** A fee or tax to pay before the step can go on. */
    record RequestPayment(long amountVnd) implements StepOutcome {
        @Override
        public OutcomeKind kind() {
            return OutcomeKind.REQUEST_PAYMENT;
        }
    }
}
