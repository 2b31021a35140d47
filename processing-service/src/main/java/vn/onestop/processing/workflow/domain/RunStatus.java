package vn.onestop.processing.workflow.domain;

/**
 * Where a dossier's workflow stands, derived from its step states. The service maps it to the
 * dossier status and its national code (ADR 0007): IN_PROCESS → 4, SUPPLEMENT_REQUESTED → 5,
 * AWAITING_PAYMENT → 6, WITHDRAWN → 7, STOPPED → 8, APPROVED and REJECTED → DECIDED (9).
 */
public enum RunStatus {
    /** No step opened yet. */
    NOT_STARTED(false, false),
    IN_PROCESS(false, false),
    /** A step asked the applicant for missing items; the clock is paused. */
    SUPPLEMENT_REQUESTED(false, true),
    /** A step waits for a fee or tax to be paid; the clock is paused. */
    AWAITING_PAYMENT(false, true),
    APPROVED(true, false),
    REJECTED(true, false),
    WITHDRAWN(true, false),
    STOPPED(true, false);

    private final boolean finished;
    private final boolean paused;

    RunStatus(boolean finished, boolean paused) {
        this.finished = finished;
        this.paused = paused;
    }

    /** A final state: no transition is accepted any more. */
    public boolean isFinished() {
        return finished;
    }

    public boolean isPaused() {
        return paused;
    }

    /** APPROVED or REJECTED. */
    public boolean isDecided() {
        return this == APPROVED || this == REJECTED;
    }
}
