package vn.onestop.intake.payment.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of FeePaid (contracts: schemas/fee-paid.v1.json): an obligation of a dossier was paid, online
 * through the gateway or at the counter, with its electronic receipt number. For a REQUESTED one,
 * {@code requestedAt} names the pause it ends (processing resumes the clock at {@code paidAt}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeePaidData(UUID dossierId, String dossierCode, UUID obligationId, String kind, String description,
                          long amountVnd, String currency, String paidVia, OffsetDateTime paidAt,
                          String receiptNumber, String transactionId, OffsetDateTime requestedAt) {
}
