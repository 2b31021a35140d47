package vn.onestop.intake.payment.domain;

public enum ObligationStatus {
    /** Not paid yet. */
    DUE,
    /** Paid online or at the counter, with an electronic receipt. */
    PAID,
    /** Paid outside the platform: the officer confirmed it (e.g. a tax paid at the treasury) and the clock runs again. */
    SETTLED,
    /** No longer owed: the dossier was withdrawn before it was paid. */
    CANCELLED
}
