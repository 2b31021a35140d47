package vn.onestop.rating.feedback.domain;

import java.time.Instant;

/**
 * How a piece of feedback counts in the satisfaction group (Decision 766): handled on time when
 * answered at or before its due instant; overdue when answered after it, or still unanswered after
 * it at {@code asOf}; settled when answered or overdue (an open one not yet due is not judged).
 */
public record FeedbackHandling(Instant dueAt, Instant answeredAt, Boolean satisfied) {

    public boolean answeredOnTime() {
        return answeredAt != null && !answeredAt.isAfter(dueAt);
    }

    public boolean overdueAt(Instant asOf) {
        return answeredAt != null ? answeredAt.isAfter(dueAt) : asOf.isAfter(dueAt);
    }

    public boolean settledAt(Instant asOf) {
        return answeredAt != null || asOf.isAfter(dueAt);
    }

    /** The applicant said the answer did not satisfy them. */
    public boolean notSatisfied() {
        return Boolean.FALSE.equals(satisfied);
    }
}
