package vn.onestop.intake.notification.domain;

/**
 * What a sender reports: sent (a real channel accepted it, with the provider's message id), recorded
 * (nothing left the service), or failed, retryable or not.
 */
public sealed interface SendOutcome {

    record Sent(String providerMessageId) implements SendOutcome {
    }

    /** Recording mode: the notification row is all there is; {@code reference} names it. */
    record Recorded(String reference) implements SendOutcome {
    }

    /** @param retryable false when sending again cannot help (a rejected recipient, a bad request) */
    record Failed(String error, boolean retryable) implements SendOutcome {
    }

    static SendOutcome sent(String providerMessageId) {
        return new Sent(providerMessageId);
    }

    static SendOutcome recorded(String reference) {
        return new Recorded(reference);
    }

    static SendOutcome retryable(String error) {
        return new Failed(error, true);
    }

    static SendOutcome permanent(String error) {
        return new Failed(error, false);
    }
}
