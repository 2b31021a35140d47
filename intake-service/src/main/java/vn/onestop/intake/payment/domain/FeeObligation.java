package vn.onestop.intake.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the applicant owes for a dossier: one of the procedure's fees for its channel (from reception),
 * or a fee or tax an officer asked for during processing. Paid once, online through the payment
 * gateway or at the counter, each with an electronic receipt number.
 */
@Entity
@Table(name = "fee_obligation")
public class FeeObligation extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Enumerated(EnumType.STRING)
    public ObligationKind kind;
    /** FEE: the catalog's fee code; REQUESTED: the PaymentRequested event's id. */
    public String reference;
    public String description;
    @Column(name = "amount_vnd")
    public long amountVnd;
    @Enumerated(EnumType.STRING)
    public ObligationStatus status;
    /** REQUESTED: when processing paused the clock for it. */
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "paid_at")
    public OffsetDateTime paidAt;
    /** ONLINE or COUNTER. */
    @Column(name = "paid_via")
    public String paidVia;
    @Column(name = "paid_by")
    public String paidBy;
    @Column(name = "receipt_number")
    public String receiptNumber;
    @Column(name = "settled_note")
    public String settledNote;

    public static List<FeeObligation> of(UUID dossierId) {
        return list("dossierId = ?1 order by createdAt, id", dossierId);
    }
}
