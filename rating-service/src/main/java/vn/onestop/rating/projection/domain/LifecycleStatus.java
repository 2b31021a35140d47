package vn.onestop.rating.projection.domain;

/**
 * Where a dossier stands, as far as rating can tell from the public events, with the national
 * (DVCQG) status code each maps to (BRIEF §4). Internal names, not the numbers: the numbers mix
 * lifecycle and reason.
 */
public enum LifecycleStatus {
    /** Filed online, waiting for the receiving centre to accept it. */
    SUBMITTED_ONLINE(1),
    RECEIVED(2),
    /** Refused at intake with a guidance or refusal slip: never received. */
    REFUSED(3),
    IN_PROCESS(4),
    SUPPLEMENT_REQUESTED(5),
    AWAITING_PAYMENT(6),
    WITHDRAWN(7),
    STOPPED(8),
    DECIDED(9),
    RESULT_RETURNED(10);

    private final int nationalCode;

    LifecycleStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }

    /** The dossier will not change any more in processing (a result may still be handed over). */
    public boolean ended() {
        return this == WITHDRAWN || this == STOPPED || this == DECIDED || this == RESULT_RETURNED || this == REFUSED;
    }
}
