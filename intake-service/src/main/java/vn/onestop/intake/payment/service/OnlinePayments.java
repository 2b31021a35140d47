package vn.onestop.intake.payment.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.onestop.intake.dossier.service.TrackingLinks;
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
    private final TrackingLinks links;
    private final EntityManager entityManager;

    OnlinePayments(FeeObligations obligations, PaymentGateway gateway, PaymentConfig config, ObjectMapper mapper,
                   TrackingLinks links, EntityManager entityManager) {
        this.obligations = obligations;
        this.gateway = gateway;
        this.config = config;
        this.mapper = mapper;
        this.links = links;
        this.entityManager = entityManager;
    }

    /** A payment attempt and whether this call created it (false: an open one answered again). */
    public record Started(ObligationView.PaymentView payment, boolean created) {
    }

    /**
     * How long an attempt recorded but not yet answered by the gateway counts as in flight: a second
     * start asks the gateway again for the same order (it answers the same transaction) rather than
     * opening another one; reconciliation fails it only after this.
     */
    static final Duration IN_FLIGHT = Duration.ofMinutes(15);

    private record Attempt(UUID paymentId, long amountVnd, String description, String dossierCode, URI returnUrl,
                           ObligationView.PaymentView open, boolean fresh) {
    }

    /**
     * The applicant (or their representative) starts paying {@code obligationId}: answered with the
     * gateway's pay page. An attempt still open at the gateway, or still being created there, is
     * answered again rather than doubled.
     */
    public Started start(String code, UUID obligationId, Actor actor, URI apiBase) {
        if (!gateway.configured()) {
            throw unavailable("online payment is not configured on this installation; pay at the counter");
        }
        URI callback = config.callbackUrl().orElseGet(() -> {
            if (!config.urlsFromRequest()) {
                throw unavailable("online payment is not configured on this installation (no "
                        + "onestop.payments.callback-url); pay at the counter");
            }
            return apiBase.resolve("api/v1/payments/callback");
        });
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> {
            Dossier dossier = obligations.readable(code, actor);
            if (!DossierAccess.owns(actor, dossier.applicantIdNumber, dossier.representative)) {
                throw Caller.forbidden("only the applicant or their representative pays online; the counter records "
                        + "a payment taken there with .../counter-payment");
            }
            FeeObligation o = obligations.obligationOf(dossier, obligationId, true);
            FeeObligations.requireDue(o);
            OffsetDateTime now = obligations.now();
            URI back = config.returnUrl().map(template -> URI.create(template.replace("{code}", dossier.code)))
                    .orElseGet(() -> URI.create(links.of(dossier)));
            for (OnlinePayment p : FeeObligations.payments(o.id)) {
                if (p.status != PaymentStatus.PENDING) {
                    continue;
                }
                if (p.transactionId != null && p.expiresAt != null && p.expiresAt.isAfter(now)) {
                    return new Attempt(p.id, o.amountVnd, o.description, o.dossierCode, back,
                            ObligationView.PaymentView.of(p), false);
                }
                if (p.transactionId == null && p.createdAt.isAfter(now.minus(IN_FLIGHT))) {
                    return new Attempt(p.id, o.amountVnd, o.description, o.dossierCode, back, null, false);
                }
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
            return new Attempt(p.id, o.amountVnd, o.description, o.dossierCode, back, null, true);
        });
        if (attempt.open() != null) {
            return new Started(attempt.open(), false);
        }
        PaymentGateway.Created created;
        try {
            created = gateway.create(attempt.paymentId(), attempt.amountVnd(),
                    shorten("Hồ sơ " + attempt.dossierCode() + ": " + attempt.description(), 200),
                    attempt.returnUrl(), callback);
        } catch (PaymentGateway.Unavailable e) {
            // the attempt stays PENDING without a transaction: the next start asks the gateway again
            // for the same order, and reconciliation fails it once it is no longer in flight
            Log.warnf("payment %s could not be created at the gateway: %s", attempt.paymentId(), e.getMessage());
            throw unavailable("the payment gateway cannot take the payment now; try again later");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            OnlinePayment p = OnlinePayment.findById(attempt.paymentId(), LockModeType.PESSIMISTIC_WRITE);
            if (p.transactionId == null) {
                p.transactionId = created.transactionId();
                p.payUrl = created.payUrl().toString();
                p.expiresAt = created.expiresAt();
                p.updatedAt = obligations.now();
                Log.infof("payment %s of dossier %s created at the gateway as %s", p.id, attempt.dossierCode(),
                        created.transactionId());
            }
            return new Started(ObligationView.PaymentView.of(p), attempt.fresh());
        });
    }

    /**
     * The gateway's callback: {@code body} exactly as received, signed with the shared secret. Applied
     * once; a replay changes nothing. Refused: a wrong or missing signature (400: the operation is
     * public, no token is involved, so a message whose signature does not verify is an invalid one),
     * an unknown payment (404), an amount other than the one asked for (422: nothing is recorded as paid).
     */
    public void callback(byte[] body, String signature) {
        if (!gateway.signedByGateway(body, signature)) {
            Log.warnf("payment callback refused: the signature does not match");
            throw new ProblemException(400, "invalid-signature", "Invalid signature",
                    "the callback is not signed with the gateway's secret (header X-Signature)");
        }
        PaymentGateway.Status status;
        UUID orderId;
        String merchant;
        try {
            JsonNode json = mapper.readTree(body);
            status = PaymentGateway.status(json);
            orderId = UUID.fromString(status.orderId());
            merchant = json.path("merchantCode").asText("");
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(400, "invalid-callback", "Invalid callback",
                    "the callback is not a payment notice: " + e.getMessage());
        }
        if (!gateway.merchant().equals(merchant)) {
            throw new ProblemException(422, "wrong-merchant", "Wrong merchant", "the callback is for another merchant");
        }
        QuarkusTransaction.requiringNew().run(() -> apply(orderId, status, "CALLBACK"));
    }

    /**
     * Asks the gateway about every payment still pending {@code after} its creation (all of them with
     * {@link Duration#ZERO}): a lost callback is found this way. The least recently checked first, at
     * most 500 a run; a payment the gateway cannot answer for is reported and tried again next time.
     */
    public Reconciliation reconcile(Duration after) {
        OffsetDateTime now = obligations.now();
        OffsetDateTime cutoff = now.minus(after);
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> OnlinePayment
                .<OnlinePayment>find("status = ?1 and createdAt <= ?2 order by updatedAt, id", PaymentStatus.PENDING, cutoff)
                .page(0, 500).list().stream().map(p -> p.id).toList());
        int paid = 0, failed = 0, expired = 0, still = 0;
        List<String> errors = new java.util.ArrayList<>();
        for (UUID id : pending) {
            PaymentStatus outcome;
            try {
                OnlinePayment p = QuarkusTransaction.requiringNew().call(() -> {
                    OnlinePayment found = OnlinePayment.findById(id);
                    found.updatedAt = obligations.now();
                    return found;
                });
                if (p.transactionId == null) {
                    outcome = p.createdAt.isAfter(now.minus(IN_FLIGHT)) ? PaymentStatus.PENDING
                            // never reached the gateway, and no longer in flight: nothing can be paid
                            : QuarkusTransaction.requiringNew().call(() -> apply(id, new PaymentGateway.Status(null,
                                    id.toString(), p.amountVnd, "FAILED", null, null), "RECONCILIATION"));
                } else {
                    PaymentGateway.Status known = gateway.status(p.transactionId).orElse(new PaymentGateway.Status(
                            p.transactionId, id.toString(), p.amountVnd, "FAILED", null, null));
                    outcome = QuarkusTransaction.requiringNew().call(() -> apply(id, known, "RECONCILIATION"));
                }
            } catch (RuntimeException e) {
                errors.add(id + ": " + e.getMessage());
                continue;
            }
            switch (outcome) {
                case PAID -> paid++;
                case FAILED -> failed++;
                case EXPIRED -> expired++;
                case PENDING -> still++;
            }
        }
        long refunds = QuarkusTransaction.requiringNew().call(() -> OnlinePayment.count("refundDue", true));
        if (!pending.isEmpty()) {
            Log.infof("payment reconciliation: %d checked, %d paid, %d failed, %d expired, %d pending, %d errors",
                    pending.size(), paid, failed, expired, still, errors.size());
        }
        return new Reconciliation(pending.size(), paid, failed, expired, still, (int) refunds, List.copyOf(errors));
    }

    /**
     * Applies what the gateway says of payment {@code orderId}. The obligation is locked first, then the
     * payment is read under its own lock (so two appliers, a callback and reconciliation, see each
     * other's outcome, and a payment is never taken for a second one).
     */
    private PaymentStatus apply(UUID orderId, PaymentGateway.Status status, String learnedBy) {
        Object obligationId = entityManager.createNativeQuery("select obligation_id from online_payment where id = ?1")
                .setParameter(1, orderId).getResultStream().findFirst().orElse(null);
        if (obligationId == null) {
            throw ProblemException.notFound("Payment", orderId.toString());
        }
        FeeObligation o = FeeObligation.findById(obligationId, LockModeType.PESSIMISTIC_WRITE);
        OnlinePayment p = OnlinePayment.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        if (status.transactionId() != null && p.transactionId != null && !p.transactionId.equals(status.transactionId())) {
            throw ProblemException.notFound("Payment", orderId + " with transaction " + status.transactionId());
        }
        if (status.amount() != p.amountVnd) {
            Log.errorf("payment %s: the gateway reports %d VND, %d VND were asked for; not recorded as paid",
                    orderId, status.amount(), p.amountVnd);
            throw new ProblemException(422, "amount-mismatch", "Amount mismatch", "the payment " + orderId + " was for "
                    + p.amountVnd + " VND, the notice says " + status.amount() + " VND");
        }
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

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(503, "payment-unavailable", "Online payment unavailable", detail);
    }
}
