package vn.onestop.processing.casefile.domain;

/**
 * Where a dossier's case stands in processing, with the National Public Service Portal status code
 * each maps to (BRIEF §4; the numbers are a mapping, never the states themselves). Stored by name.
 */
public enum CaseStatus {

    /** An instant procedure ("4 on the spot") waiting for the counter officer's fast lane. */
    AT_COUNTER(2),
    /** A bundle member waiting for its upstream results before its clock starts. */
    WAITING(2),
    /** A bundle's parent while its members are processed. */
    BUNDLE(4),
    /** A bundle's parent once every member is finished. */
    BUNDLE_DONE(9),
    IN_PROCESS(4),
    /** Paused: the applicant must supplement. */
    SUPPLEMENT_REQUESTED(5),
    /** Paused: a fee or tax must be paid. */
    AWAITING_PAYMENT(6),
    WITHDRAWN(7),
    STOPPED(8),
    DECIDED(9);

    private final int nationalCode;

    CaseStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }

    /** DECIDED, STOPPED or WITHDRAWN: nothing more happens to the case. */
    public boolean finished() {
        return this == DECIDED || this == STOPPED || this == WITHDRAWN;
    }

    /** Waiting for the applicant (supplement) or a payment: the clock is paused. */
    public boolean paused() {
        return this == SUPPLEMENT_REQUESTED || this == AWAITING_PAYMENT;
    }
}
