package vn.onestop.intake.payment.domain;

/** An attempt to pay an obligation online, as the gateway reports it. */
public enum PaymentStatus {
    PENDING, PAID, FAILED, EXPIRED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
