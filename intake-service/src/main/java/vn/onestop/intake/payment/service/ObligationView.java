package vn.onestop.intake.payment.service;

import vn.onestop.intake.payment.domain.FeeObligation;
import vn.onestop.intake.payment.domain.OnlinePayment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An obligation of a dossier with its online payment attempts, as the applicant and the counter see it. */
public record ObligationView(UUID id, String dossierCode, String kind, String description, long amountVnd,
                             String currency, String status, OffsetDateTime requestedAt, OffsetDateTime createdAt,
                             OffsetDateTime paidAt, String paidVia, String receiptNumber, String settledNote,
                             List<PaymentView> payments) {

    public static ObligationView of(FeeObligation o, List<OnlinePayment> payments) {
        return new ObligationView(o.id, o.dossierCode, o.kind.name(), o.description, o.amountVnd, "VND",
                o.status.name(), o.requestedAt, o.createdAt, o.paidAt, o.paidVia, o.receiptNumber, o.settledNote,
                payments.stream().map(PaymentView::of).toList());
    }

    /** One attempt to pay online: {@code payUrl} is where the applicant's browser goes to pay. */
    public record PaymentView(UUID id, UUID obligationId, long amountVnd, String status, String transactionId,
                              String payUrl, OffsetDateTime expiresAt, OffsetDateTime createdAt,
                              OffsetDateTime paidAt, boolean refundDue) {
        public static PaymentView of(OnlinePayment p) {
            return new PaymentView(p.id, p.obligationId, p.amountVnd, p.status.name(), p.transactionId, p.payUrl,
                    p.expiresAt, p.createdAt, p.paidAt, p.refundDue);
        }
    }
}
