package vn.onestop.processing.workflow.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.onestop.workingtime.PauseReason;

/**
 * Why an open step (and with it the dossier's clock) is paused.
 *
 * @param reason            SUPPLEMENT or PAYMENT
 * @param since             when the pause started (the {@code pausedFrom} of the clock's pause round)
 * @param missingItems      SUPPLEMENT: what the applicant must bring, in one written list; empty for PAYMENT
 * @param applicantDeadline SUPPLEMENT: until when the applicant may supplement; null for PAYMENT
 * @param amountVnd         PAYMENT: the amount due, in VND; null for SUPPLEMENT
 */
public record StepPause(
        PauseReason reason,
        Instant since,
        List<String> missingItems,
        Instant applicantDeadline,
        Long amountVnd) {

    public StepPause {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
        if (reason == PauseReason.SUPPLEMENT) {
            if (missingItems.isEmpty() || missingItems.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("pause: a supplement request lists at least one missing item, none blank");
            }
            if (applicantDeadline == null || !applicantDeadline.isAfter(since)) {
                throw new IllegalArgumentException("pause: a supplement request needs an applicant deadline after " + since);
            }
            if (amountVnd != null) {
                throw new IllegalArgumentException("pause: a supplement request has no amount");
            }
        } else {
            if (amountVnd == null || amountVnd <= 0) {
                throw new IllegalArgumentException("pause: a payment request needs an amount above 0 VND");
            }
            if (!missingItems.isEmpty() || applicantDeadline != null) {
                throw new IllegalArgumentException("pause: a payment request has no missing items or applicant deadline");
            }
        }
    }

    public static StepPause supplement(Instant since, List<String> missingItems, Instant applicantDeadline) {
        return new StepPause(PauseReason.SUPPLEMENT, since, missingItems, applicantDeadline, null);
    }

    public static StepPause payment(Instant since, long amountVnd) {
        return new StepPause(PauseReason.PAYMENT, since, List.of(), null, amountVnd);
    }
}
