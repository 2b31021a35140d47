package vn.onestop.intake.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One attempt to pay an obligation through the payment gateway. Its id is the order id the gateway
 * knows it by; the gateway's transaction id and pay page come back when it is created.
 */
@Entity
@Table(name = "online_payment")
public class OnlinePayment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "obligation_id")
    public UUID obligationId;
    @Column(name = "amount_vnd")
    public long amountVnd;
    @Enumerated(EnumType.STRING)
    public PaymentStatus status;
    @Column(name = "transaction_id")
    public String transactionId;
    @Column(name = "pay_url")
    public String payUrl;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "paid_at")
    public OffsetDateTime paidAt;
    @Column(name = "bank_code")
    public String bankCode;
    /** CALLBACK or RECONCILIATION. */
    @Column(name = "learned_by")
    public String learnedBy;
    /** Paid although its obligation was already paid or settled: the gateway must refund it. */
    @Column(name = "refund_due")
    public boolean refundDue;
}
