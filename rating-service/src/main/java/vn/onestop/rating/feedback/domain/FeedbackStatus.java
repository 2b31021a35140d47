package vn.onestop.rating.feedback.domain;

/** RECEIVED → IN_PROGRESS (an officer took it) → ANSWERED; RECEIVED → ANSWERED directly is allowed. */
public enum FeedbackStatus {
    RECEIVED,
    IN_PROGRESS,
    ANSWERED;

    public boolean mayClaim() {
        return this == RECEIVED;
    }

    public boolean mayAnswer() {
        return this != ANSWERED;
    }
}
