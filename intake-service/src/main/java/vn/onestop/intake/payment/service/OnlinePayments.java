package vn.onestop.intake.payment.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.onestop.intake.config.PaymentConfig;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.payment.domain.FeeObligation;
import vn.onestop.intake.payment.domain.ObligationStatus;
import vn.onestop.intake.payment.domain.OnlinePayment;
import vn.onestop.intake.payment.domain.PaymentStatus;
import vn.onestop.intake.payment.gateway.PaymentGateway;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Paying an obligation online (docs/payments.md): the applicant starts a payment, the gateway's pay
 * page takes the money, its signed callback (or, when that is lost, reconciliation) tells the
 * outcome. No call to the gateway is made inside a database transaction: the attempt is recorded
 * first, the gateway asked, then its answer stored; the gateway knows the attempt by its id, so
 * asking again is harmless.
 */
@ApplicationScoped
public class OnlinePayments {

    /** What a reconciliation run found. */
    public record Reconciliation(int checked, int paid, int failed, int expired, int stillPending, int refundsDue,
                                 List<String> errors) {
    }

    private final FeeObligations obligations;
    private final PaymentGateway gateway;
    private final PaymentConfig config;
    private final ObjectMapper mapper;

    OnlinePayments(FeeObligations obligations, PaymentGateway gateway, PaymentConfig config, ObjectMapper mapper) {
        this.obligations = obligations;
        this.gateway = gateway;
        this.config = config;
        this.mapper = mapper;
    }

    /** A payment attempt and whether this call created it (false: an open one answered again). */
    public record Started(ObligationView.PaymentView payment, boolean created) {
    }

    private record Attempt(UUID paymentId, long amountVnd, String description, String dossierCode,
                           ObligationView.PaymentView open) {
    }

    /**
     * The applicant (or their representative) starts paying {@code obligationId}: answered with the
     * gateway's pay page. An attempt still open at the gateway is answered again rather than doubled.
     */
    public Started start(String code, UUID obligationId, Actor actor, URI apiBase) {
        if (!gateway.configured()) {
            throw unavailable("online payment is not configured on this installation; pay at the counter");
        }
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> {
            Dossier dossier = obligations.readable(code, actor);
            if (!DossierAccess.owns(actor, dossier.applicantIdNumber, dossier.representative)) {
                throw Caller.forbidden("only the applicant or their representative pays online; the counter records "
                        + "a payment taken there with .../counter-payment");
            }
            FeeObligation o = obligations.obligationOf(dossier, obligationId, true);
            FeeObligations.requireDue(o);
            OffsetDateTime now = obligations.now();
            Optional<OnlinePayment> open = FeeObligations.payments(o.id).stream()
                    .filter(p -> p.status == PaymentStatus.PENDING && p.transactionId != null
                            && p.expiresAt != null && p.expiresAt.isAfter(now))
                    .findFirst();
            if (open.isPresent()) {
                return new Attempt(open.get().id, o.amountVnd, o.description, o.dossierCode,
                        ObligationView.PaymentView.of(open.get()));
            }
            OnlinePayment p = new OnlinePayment();
            p.id = UUID.randomUUID();
            p.obligationId = o.id;
            p.amountVnd = o.amountVnd;
            p.status = PaymentStatus.PENDING;
            p.createdAt = now;
            p.updatedAt = now;
            p.createdBy = actor.name();
            p.persist();
            return new Attempt(p.id, o.amountVnd, o.description, o.dossierCode, null);
        });
        if (attempt.open() != null) {
            return new Started(attempt.open(), false);
        }
        PaymentGateway.Created created;
        try {
            created = gateway.create(attempt.paymentId(), attempt.amountVnd(),
                    shorten("Hồ sơ " + attempt.dossierCode() + ": " + attempt.description(), 200),
                    returnUrl(attempt.dossierCode(), apiBase), callbackUrl(apiBase));
        } catch (PaymentGateway.Unavailable e) {
            QuarkusTransaction.requiringNew().run(() -> {
                OnlinePayment p = OnlinePayment.findById(attempt.paymentId(), LockModeType.PESSIMISTIC_WRITE);
                if (p.status == PaymentStatus.PENDING && p.transactionId == null) {
                    p.status = PaymentStatus.FAILED;
                    p.updatedAt = obligations.now();
                }
            });
            Log.warnf("payment %s could not be created at the gateway: %s", attempt.paymentId(), e.getMessage());
            throw unavailable("the payment gateway cannot take the payment now; try again later");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            OnlinePayment p = OnlinePayment.findById(attempt.paymentId(), LockModeType.PESSIMISTIC_WRITE);
            p.transactionId = created.transactionId();
            p.payUrl = created.payUrl().toString();
            p.expiresAt = created.expiresAt();
            p.updatedAt = obligations.now();
            Log.infof("payment %s of dossier %s created at the gateway as %s", p.id, attempt.dossierCode(),
                    created.transactionId());
            return new Started(ObligationView.PaymentView.of(p), true);
        });
    }

    /**
     * The gateway's callback: {@code body} exactly as received, signed with the shared secret. Applied
     * once; a replay changes nothing. Refused: a wrong signature (401), an unknown payment (404), an
     * amount other than the one asked for (422: nothing is recorded as paid).
     */
    public void callback(byte[] body, String signature) {
        if (!gateway.signedByGateway(body, signature)) {
            Log.warnf("payment callback refused: the signature does not match");
            throw new ProblemException(401, "invalid-signature", "Invalid signature",
                    "the callback is not signed with the gateway's secret (header X-Signature)");
        }
        PaymentGateway.Status status;
        UUID orderId;
        try {
            JsonNode json = mapper.readTree(body);
            status = PaymentGateway.status(json);
            orderId = UUID.fromString(status.orderId());
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(400, "invalid-callback", "Invalid callback",
                    "the callback is not a payment notice: " + e.getMessage());
        }
        if (!gateway.merchant().equals(textOr(body, "merchantCode"))) {
            throw new ProblemException(422, "wrong-merchant", "Wrong merchant", "the callback is for another merchant");
        }
        QuarkusTransaction.requiringNew().run(() -> apply(orderId, status, "CALLBACK"));
    }

    /**
     * Asks the gateway about every payment still pending {@code after} its creation (all of them with
     * {@link Duration#ZERO}): a lost callback is found this way.
     */
    public Reconciliation reconcile(Duration after) {
        OffsetDateTime cutoff = obligations.now().minus(after);
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> OnlinePayment
                .<OnlinePayment>find("status = ?1 and createdAt <= ?2 order by createdAt", PaymentStatus.PENDING, cutoff)
                .page(0, 500).list().stream().map(p -> p.id).toList());
        int paid = 0, failed = 0, expired = 0, still = 0, refunds = 0;
        List<String> errors = new java.util.ArrayList<>();
        for (UUID id : pending) {
            OnlinePayment p = QuarkusTransaction.requiringNew().call(() -> OnlinePayment.findById(id));
            PaymentStatus outcome;
            try {
                if (p.transactionId == null) {
                    // never reached the gateway (a crash between recording and asking): nothing can be paid
                    outcome = QuarkusTransaction.requiringNew().call(() -> apply(id, new PaymentGateway.Status(null,
                            id.toString(), p.amountVnd, "FAILED", null, null), "RECONCILIATION"));
                } else {
                    Optional<PaymentGateway.Status> status = gateway.status(p.transactionId);
                    PaymentGateway.Status known = status.orElse(new PaymentGateway.Status(p.transactionId,
                            id.toString(), p.amountVnd, "FAILED", null, null));
                    outcome = QuarkusTransaction.requiringNew().call(() -> apply(id, known, "RECONCILIATION"));
                }
            } catch (PaymentGateway.Unavailable | ProblemException e) {
                errors.add(p.id + ": " + e.getMessage());
                continue;
            }
            switch (outcome) {
                case PAID -> paid++;
                case FAILED -> failed++;
                case EXPIRED -> expired++;
                case PENDING -> still++;
            }
            if (QuarkusTransaction.requiringNew().call(() -> OnlinePayment.<OnlinePayment>findById(id).refundDue)) {
                refunds++;
            }
        }
        if (!pending.isEmpty()) {
            Log.infof("payment reconciliation: %d checked, %d paid, %d failed, %d expired, %d pending, %d errors",
                    pending.size(), paid, failed, expired, still, errors.size());
        }
        return new Reconciliation(pending.size(), paid, failed, expired, still, refunds, List.copyOf(errors));
    }

    /** Applies what the gateway says of payment {@code orderId}; the obligation is locked before the payment. */
    private PaymentStatus apply(UUID orderId, PaymentGateway.Status status, String learnedBy) {
        OnlinePayment found = OnlinePayment.findById(orderId);
        if (found == null || (status.transactionId() != null && found.transactionId != null
                && !found.transactionId.equals(status.transactionId()))) {
            throw ProblemException.notFound("Payment", orderId.toString());
        }
        if (status.amount() != found.amountVnd) {
            Log.errorf("payment %s: the gateway reports %d VND, %d VND were asked for; not recorded as paid",
                    orderId, status.amount(), found.amountVnd);
            throw new ProblemException(422, "amount-mismatch", "Amount mismatch", "the payment " + orderId + " was for "
                    + found.amountVnd + " VND, the notice says " + status.amount() + " VND");
        }
        FeeObligation o = FeeObligation.findById(found.obligationId, LockModeType.PESSIMISTIC_WRITE);
        OnlinePayment p = OnlinePayment.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        PaymentStatus reported = parse(status.status());
        if (p.status == PaymentStatus.PAID || (p.status.isFinal() && reported != PaymentStatus.PAID)
                || reported == PaymentStatus.PENDING) {
            return p.status;   // a replay, or nothing new
        }
        OffsetDateTime now = obligations.now();
        if (p.transactionId == null) {
            p.transactionId = status.transactionId();
        }
        p.status = reported;
        p.updatedAt = now;
        p.learnedBy = learnedBy;
        if (reported == PaymentStatus.PAID) {
            p.paidAt = (status.paidAt() == null ? now : status.paidAt()).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MICROS);
            p.bankCode = status.bankCode();
            if (o.status == ObligationStatus.DUE) {
                obligations.paid(o, "ONLINE", p.paidAt, "gateway " + p.transactionId
                        + (p.bankCode == null ? "" : " (" + p.bankCode + ")"), p.transactionId);
            } else {
                p.refundDue = true;
                Log.warnf("payment %s paid although obligation %s is %s: a refund is due", p.id, o.id, o.status);
            }
        }
        return p.status;
    }

    private static PaymentStatus parse(String status) {
        try {
            return PaymentStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(400, "invalid-callback", "Invalid callback", "unknown payment status " + status);
        }
    }

    private String textOr(byte[] body, String field) {
        try {
            JsonNode value = mapper.readTree(body).get(field);
            return value == null ? "" : value.asText();
        } catch (IOException e) {
            return "";
        }
    }

    private URI callbackUrl(URI apiBase) {
        return config.callbackUrl().orElseGet(() -> apiBase.resolve("api/v1/payments/callback"));
    }

    private URI returnUrl(String code, URI apiBase) {
        return config.returnUrl().map(template -> URI.create(template.replace("{code}", code)))
                .orElseGet(() -> apiBase.resolve("api/v1/dossiers/" + code + "/fees"));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(503, "payment-unavailable", "Online payment unavailable", detail);
    }
}
