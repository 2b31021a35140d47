package vn.onestop.portal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * How a leader's overdue page marks an open task: OVERDUE past its due time; DUE_SOON when less
 * than {@link #SOON} of clock time is left. processing-service itself announces a step "at risk"
 * by working time (less than a working day, or half the step's budget); its task list does not say
 * so, hence this plainer mark, named for what it is.
 */
public enum TaskUrgency {
    OVERDUE, DUE_SOON, ON_TRACK;

    static final Duration SOON = Duration.ofHours(24);

    public static TaskUrgency of(OffsetDateTime dueAt, Instant now) {
        if (dueAt == null) {
            return ON_TRACK;
        }
        Instant due = dueAt.toInstant();
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        return Duration.between(now, due).compareTo(SOON) <= 0 ? DUE_SOON : ON_TRACK;
    }
}
