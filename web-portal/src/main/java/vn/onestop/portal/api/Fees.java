package vn.onestop.portal.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * intake's fees of a dossier (GET /api/v1/dossiers/{code}/fees, docs/payments.md): what is owed and
 * its online payment attempts, the parts the citizen's dossier page shows.
 */
public final class Fees {

    private Fees() {
    }

    /**
     * One obligation: {@code kind} FEE (the procedure's) or REQUESTED (asked by an officer during
     * processing); {@code status} DUE, PAID, SETTLED or CANCELLED; {@code paidVia} ONLINE or COUNTER.
     */
    public record Obligation(String id, String dossierCode, String kind, String description, long amountVnd,
                             String status, OffsetDateTime requestedAt, OffsetDateTime paidAt, String paidVia,
                             String receiptNumber, String settledNote, List<Payment> payments) {
    }

    /** An attempt to pay online: PENDING, PAID, FAILED or EXPIRED; {@code payUrl} the gateway's pay page. */
    public record Payment(String id, String status, String transactionId, String payUrl, OffsetDateTime expiresAt,
                          OffsetDateTime createdAt, OffsetDateTime paidAt) {
    }
}
