package vn.onestop.intake.dossier.domain;

/**
 * Internal dossier states and the National Public Service Portal status code each maps to
 * (BRIEF §4). The numbers are a mapping, never the states themselves.
 */
public enum DossierStatus {
    SUBMITTED_ONLINE(1, 0),
    RECEIVED(2, 1),
    REFUSED(3, 9),
    IN_PROCESS(4, 2),
    SUPPLEMENT_REQUESTED(5, 3),
    AWAITING_PAYMENT(6, 3),
    WITHDRAWN(7, 9),
    STOPPED(8, 9),
    DECIDED(9, 5),
    RETURNED(10, 6);

    private static final int ENDED_UNDECIDED = 9;

    private final int nationalCode;
    /** Progress along the lifecycle; events can arrive from several topics in any order. */
    private final int progress;

    DossierStatus(int nationalCode, int progress) {
        this.nationalCode = nationalCode;
        this.progress = progress;
    }

    public int nationalCode() {
        return nationalCode;
    }

    public boolean isFinal() {
        return progress == ENDED_UNDECIDED || this == RETURNED;
    }

    /**
     * Whether an event that reports {@code next} should move a dossier that is in this state.
     * Final states never move; otherwise only forward, so a late event cannot undo a newer one
     * (for example a decision arriving after the result it led to). The pauses (5, 6) can go back
     * to processing; refusal, withdrawal and stop end a dossier only before it is decided.
     */
    public boolean mayAdvanceTo(DossierStatus next) {
        if (isFinal() || next == this) {
            return false;
        }
        if (next == IN_PROCESS && (this == SUPPLEMENT_REQUESTED || this == AWAITING_PAYMENT)) {
            return true;
        }
        if (next.progress == ENDED_UNDECIDED) {
            return progress < DECIDED.progress;
        }
        return next.progress > progress;
    }
}
