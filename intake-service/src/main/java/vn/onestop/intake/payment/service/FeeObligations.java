package vn.onestop.intake.payment.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.catalog.domain.Fee;
import vn.onestop.intake.catalog.service.CatalogService;
import vn.onestop.intake.config.IntakeConfig;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.payment.domain.FeeObligation;
import vn.onestop.intake.payment.domain.ObligationKind;
import vn.onestop.intake.payment.domain.ObligationStatus;
import vn.onestop.intake.payment.domain.OnlinePayment;
import vn.onestop.intake.payment.domain.PaymentStatus;
import vn.onestop.intake.payment.messaging.FeePaidData;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * What applicants owe for their dossiers (docs/payments.md): the procedure's fees for the channel, owed
 * from reception, and the fees or taxes officers ask for during processing; paying one (online or at
 * the counter) gives it an electronic receipt number and publishes FeePaid, which ends processing's
 * pause for a requested payment and counts in the online-payment index.
 */
@ApplicationScoped
public class FeeObligations {

    private final CatalogService catalog;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ZoneId zone;

    FeeObligations(CatalogService catalog, Outbox outbox, EntityManager entityManager, Clock clock, IntakeConfig config) {
        this.catalog = catalog;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
        this.zone = config.zone();
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A dossier was received: it owes each fee of its procedure (the catalog version of the day of
     * receipt) that applies to its channel. A bundle's parent owes nothing itself; its members do.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(Dossier dossier) {
        LocalDate day = dossier.receivedAt.atZoneSameInstant(zone).toLocalDate();
        catalog.procedure(dossier.procedureId, day).ifPresent(procedure -> {
            for (Fee fee : procedure.fees()) {
                if (fee.amountVnd() > 0 && fee.appliesTo(dossier.channel.name())) {
                    FeeObligation o = obligation(dossier, ObligationKind.FEE, fee.code(), fee.name(), fee.amountVnd(),
                            dossier.receivedAt);
                    o.persist();
                    TimelineEntry.of(dossier.id, dossier.receivedAt, "FEE_DUE", fee.name() + ": " + fee.amountVnd()
                            + " VND to pay, online or at the counter", "intake-service", null).persist();
                }
            }
        });
    }

    /** Processing asked for a fee or tax (PaymentRequested, event {@code eventId}): once per request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(Dossier dossier, String eventId, long amountVnd, String reason, OffsetDateTime requestedAt) {
        if (amountVnd <= 0 || FeeObligation.count("dossierId = ?1 and kind = ?2 and reference = ?3", dossier.id,
                ObligationKind.REQUESTED, eventId) > 0) {
            return;
        }
        FeeObligation o = obligation(dossier, ObligationKind.REQUESTED, eventId,
                reason == null || reason.isBlank() ? "Phí, lệ phí, thuế theo yêu cầu của cơ quan giải quyết" : reason,
                amountVnd, requestedAt == null ? now() : requestedAt);
        o.requestedAt = requestedAt;
        o.persist();
    }

    /**
     * Processing's clock runs again after a payment pause that did not end with a payment recorded
     * here (an officer confirmed it, or the tax procedure of the chain did): what was requested for that
     * pause is settled, no longer to pay online.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pauseEnded(Dossier dossier, OffsetDateTime pausedFrom, OffsetDateTime resumedAt) {
        for (FeeObligation o : lockedOf(dossier.id)) {
            if (o.kind == ObligationKind.REQUESTED && o.status == ObligationStatus.DUE && o.requestedAt != null
                    && pausedFrom != null && o.requestedAt.toInstant().equals(pausedFrom.toInstant())) {
                o.status = ObligationStatus.SETTLED;
                o.settledNote = "confirmed by the competent agency at " + resumedAt + "; not paid through the platform";
            }
        }
    }

    /** The dossier was withdrawn: what it still owes is cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(Dossier dossier) {
        for (FeeObligation o : lockedOf(dossier.id)) {
            if (o.status == ObligationStatus.DUE) {
                o.status = ObligationStatus.CANCELLED;
                o.settledNote = "the dossier was withdrawn";
            }
        }
    }

    @Transactional
    public List<ObligationView> list(String code, Actor actor) {
        Dossier dossier = readable(code, actor);
        return FeeObligation.of(dossier.id).stream().map(o -> ObligationView.of(o, payments(o.id))).toList();
    }

    @Transactional
    public ObligationView get(String code, UUID obligationId, Actor actor) {
        FeeObligation o = obligationOf(readable(code, actor), obligationId, false);
        return ObligationView.of(o, payments(o.id));
    }

    /**
     * The receiving centre's counter staff took the payment in cash or by card at the counter. Refused
     * (409) while an online attempt may still be paid, so that nothing is paid twice.
     */
    @Transactional
    public ObligationView paidAtCounter(String code, UUID obligationId, Actor actor) {
        Dossier dossier = readable(code, actor);
        if (!DossierAccess.isReceivingStaff(actor, dossier)) {
            throw Caller.forbidden("only the receiving centre's counter staff record a payment at the counter");
        }
        FeeObligation o = obligationOf(dossier, obligationId, true);
        requireDue(o);
        OffsetDateTime now = now();
        boolean payingOnline = payments(o.id).stream().anyMatch(p -> p.status == PaymentStatus.PENDING
                && (p.expiresAt == null ? p.createdAt.isAfter(now.minus(OnlinePayments.IN_FLIGHT))
                        : p.expiresAt.isAfter(now)));
        if (payingOnline) {
            throw ProblemException.conflict("payment-in-progress", "Payment in progress", "an online payment of "
                    + "this obligation is still open at the gateway; wait until it is paid or expires");
        }
        paid(o, "COUNTER", now, actor.name(), null);
        return ObligationView.of(o, payments(o.id));
    }

    /**
     * Marks {@code o} (locked, DUE) paid: its electronic receipt number, the dossier's timeline and
     * FeePaid, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paid(FeeObligation o, String via, OffsetDateTime paidAt, String paidBy, String transactionId) {
        long sequence = ((Number) entityManager.createNativeQuery("select nextval('electronic_receipt_seq')")
                .getSingleResult()).longValue();
        o.status = ObligationStatus.PAID;
        o.paidAt = paidAt;
        o.paidVia = via;
        o.paidBy = paidBy;
        o.receiptNumber = receiptNumber(paidAt.atZoneSameInstant(zone).getYear(), sequence);
        TimelineEntry.of(o.dossierId, paidAt, "FEE_PAID", o.description + ": " + o.amountVnd + " VND paid "
                + ("ONLINE".equals(via) ? "online" : "at the counter") + ", electronic receipt " + o.receiptNumber,
                "intake-service", null).persist();
        outbox.publish(EventType.FEE_PAID, o.dossierId, new FeePaidData(o.dossierId, o.dossierCode, o.id,
                o.kind.name(), o.description, o.amountVnd, "VND", via, paidAt, o.receiptNumber, transactionId,
                o.requestedAt));
        Log.infof("dossier %s: obligation %s paid %s, receipt %s", o.dossierId, o.id, via, o.receiptNumber);
    }

    /** "BL2026-00000042": the electronic receipt's number, unique across the installation. */
    public static String receiptNumber(int year, long sequence) {
        return "BL" + year + "-" + String.format("%08d", sequence);
    }

    static void requireDue(FeeObligation o) {
        if (o.status != ObligationStatus.DUE) {
            throw ProblemException.conflict("obligation-not-due", "Nothing to pay", "obligation " + o.id + " of dossier "
                    + o.dossierCode + " is " + o.status + (o.receiptNumber == null ? "" : " (receipt " + o.receiptNumber + ")"));
        }
    }

    Dossier readable(String code, Actor actor) {
        return Dossier.<Dossier>find("code", code).firstResultOptional()
                .filter(d -> DossierAccess.mayRead(actor, d))
                .orElseThrow(() -> ProblemException.notFound("Dossier", code));
    }

    FeeObligation obligationOf(Dossier dossier, UUID obligationId, boolean lock) {
        FeeObligation o = lock ? FeeObligation.findById(obligationId, LockModeType.PESSIMISTIC_WRITE)
                : FeeObligation.findById(obligationId);
        if (o == null || !o.dossierId.equals(dossier.id)) {
            throw ProblemException.notFound("Obligation", obligationId + " of dossier " + dossier.code);
        }
        return o;
    }

    static List<OnlinePayment> payments(UUID obligationId) {
        return OnlinePayment.list("obligationId = ?1 order by createdAt, id", obligationId);
    }

    private static List<FeeObligation> lockedOf(UUID dossierId) {
        return FeeObligation.<FeeObligation>find("dossierId = ?1 order by id", dossierId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private FeeObligation obligation(Dossier dossier, ObligationKind kind, String reference, String description,
                                     long amountVnd, OffsetDateTime at) {
        FeeObligation o = new FeeObligation();
        o.id = UUID.randomUUID();
        o.dossierId = dossier.id;
        o.dossierCode = dossier.code;
        o.kind = kind;
        o.reference = reference;
        o.description = description;
        o.amountVnd = amountVnd;
        o.status = ObligationStatus.DUE;
        o.createdAt = at;
        return o;
    }
}
