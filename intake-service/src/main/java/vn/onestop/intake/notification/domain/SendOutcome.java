package vn.onestop.intake.notification.domain;

/** What a sender reports: sent (with the provider's message id), or failed, retryable or not. */
public sealed interface SendOutcome {

    record Sent(String providerMessageId) implements SendOutcome {
    }

    /** @param retryable false when sending again cannot help (a rejected recipient, a bad request) */
    record Failed(String error, boolean retryable) implements SendOutcome {
    }

    static SendOutcome sent(String providerMessageId) {
        return new Sent(providerMessageId);
    }

    static SendOutcome retryable(String error) {
        return new Failed(error, true);
    }

    static SendOutcome permanent(String error) {
        return new Failed(error, false);
    }
}
