package vn.onestop.processing.task.domain;

/**
 * How a task stands to its due time, as the deadline watch announced it for its step: OVERDUE once
 * its overdue alert went out, AT_RISK once its at-risk alert went out (and not yet overdue), ON_TIME
 * otherwise. An apology that moves the step clears both announcements, so the task is ON_TIME again.
 */
public enum DueState {
    ON_TIME, AT_RISK, OVERDUE;

    public static DueState of(boolean atRiskAnnounced, boolean overdueAnnounced) {
        if (overdueAnnounced) {
            return OVERDUE;
        }
        return atRiskAnnounced ? AT_RISK : ON_TIME;
    }

    public static DueState of(Task task) {
        return of(task.atRiskAnnounced, task.overdueAnnounced);
    }
}
