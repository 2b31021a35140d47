package vn.onestop.intake.receipt.service;

import vn.onestop.intake.payment.domain.FeeObligation;
import vn.onestop.intake.payment.domain.OnlinePayment;
import vn.onestop.intake.payment.domain.PaymentStatus;
import vn.onestop.intake.receipt.domain.FeeReceiptPdf;
import java.util.UUID;

import vn.onestop.intake.config.PublicBaseUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.service.TrackingLinks;
import vn.onestop.intake.config.IntakeConfig;
import vn.onestop.intake.receipt.domain.ApologyLetterPdf;
import vn.onestop.intake.receipt.domain.IntakeSlipPdf;
import vn.onestop.intake.receipt.domain.ReceiptData;
import vn.onestop.intake.receipt.domain.ReceiptPdf;
import vn.onestop.platform.rest.Actor;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** The receipt and appointment slip of a received dossier. */
@ApplicationScoped
public class ReceiptService {

    private final ProcedureNames procedures;
    private final AgencyNames agencies;
    private final ReceiptDetails details;
    private final TrackingLinks links;
    private final ZoneId zone;
    private final String ratingBaseUrl;
    private final ReceiptPdf renderer = new ReceiptPdf();
    private final IntakeSlipPdf slips = new IntakeSlipPdf();
    private final ApologyLetterPdf apologies = new ApologyLetterPdf();
    private final FeeReceiptPdf feeReceipts = new FeeReceiptPdf();

    ReceiptService(ProcedureNames procedures, AgencyNames agencies, ReceiptDetails details, TrackingLinks links,
                   IntakeConfig config, PublicBaseUrls urls) {
        this.ratingBaseUrl = urls.rating();
        this.procedures = procedures;
        this.agencies = agencies;
        this.details = details;
        this.links = links;
        this.zone = config.zone();
    }

    /** The slip as PDF bytes, if {@code actor} may read the dossier; otherwise empty, as for an unknown code. */
    public Optional<byte[]> pdf(String dossierCode, Actor actor) {
        // Read in a transaction, render after it: rendering holds no database connection.
        return data(dossierCode, actor).map(renderer::render);
    }

    /**
     * The guidance (form 02) or refusal (form 03) slip of a dossier refused at intake, if {@code actor}
     * may read it; a dossier not refused is a 409.
     */
    public Optional<byte[]> refusalSlip(String dossierCode, Actor actor) {
        return slipData(dossierCode, actor).map(slips::render);
    }

    @Transactional
    public Optional<IntakeSlipPdf.Data> slipData(String dossierCode, Actor actor) {
        return Dossier.findByCode(dossierCode).filter(d -> DossierAccess.mayRead(actor, d)).map(d -> {
            if (d.status != DossierStatus.REFUSED) {
                throw ProblemException.conflict("not-refused", "Not refused", "dossier " + d.code + " is " + d.status
                        + ": a guidance or refusal slip exists only for a dossier refused at intake");
            }
            return new IntakeSlipPdf.Data(agencies.nameOf(d.receivingAgency), d.receivingAgency, d.code, d.procedureId,
                    procedures.nameOf(d.procedureId), d.applicantName, local(d.filedAt), d.refusalReason,
                    d.refusalMissing, local(d.refusedAt), d.refusedBy);
        });
    }

    /** The apology letter (form 04) of a dossier, if {@code actor} may read it; none issued is a 409. */
    public Optional<byte[]> apologyLetter(String dossierCode, Actor actor) {
        return apologyData(dossierCode, actor).map(apologies::render);
    }

    @Transactional
    public Optional<ApologyLetterPdf.Data> apologyData(String dossierCode, Actor actor) {
        return Dossier.findByCode(dossierCode).filter(d -> DossierAccess.mayRead(actor, d)).map(d -> {
            if (d.apologyIssuedAt == null) {
                throw ProblemException.conflict("no-apology", "No apology letter", "no apology letter was issued for "
                        + "dossier " + d.code);
            }
            return new ApologyLetterPdf.Data(agencies.nameOf(d.competentAgency), d.competentAgency, d.code,
                    d.procedureId, procedures.nameOf(d.procedureId), d.applicantName, local(d.receivedAt),
                    local(d.apologyOldDue), local(d.apologyNewDue), d.apologyReason, local(d.apologyIssuedAt), d.apologyIssuedBy);
        });
    }

    /** The electronic receipt of a paid obligation of a dossier, if {@code actor} may read it; unpaid is a 409. */
    public Optional<byte[]> feeReceipt(String dossierCode, UUID obligationId, Actor actor) {
        return feeReceiptData(dossierCode, obligationId, actor).map(feeReceipts::render);
    }

    @Transactional
    public Optional<FeeReceiptPdf.Data> feeReceiptData(String dossierCode, UUID obligationId, Actor actor) {
        return Dossier.findByCode(dossierCode).filter(d -> DossierAccess.mayRead(actor, d)).map(d -> {
            FeeObligation o = FeeObligation.<FeeObligation>findByIdOptional(obligationId)
                    .filter(found -> found.dossierId.equals(d.id))
                    .orElseThrow(() -> ProblemException.notFound("Obligation", obligationId + " of dossier " + d.code));
            if (o.receiptNumber == null) {
                throw ProblemException.conflict("not-paid", "Not paid", "obligation " + o.id + " of dossier " + d.code
                        + " is " + o.status + ": an electronic receipt exists once it is paid");
            }
            String transaction = "ONLINE".equals(o.paidVia) ? OnlinePayment.<OnlinePayment>find(
                    "obligationId = ?1 and status = ?2 and refundDue = false", o.id, PaymentStatus.PAID)
                    .firstResultOptional().map(p -> p.transactionId).orElse(null) : null;
            return new FeeReceiptPdf.Data(agencies.nameOf(d.receivingAgency), d.receivingAgency, o.receiptNumber, d.code,
                    d.procedureId, procedures.nameOf(d.procedureId), d.applicantName, o.description, o.amountVnd,
                    o.paidVia, transaction, local(o.paidAt));
        });
    }

    @Transactional
    public Optional<ReceiptData> data(String dossierCode, Actor actor) {
        return Dossier.findByCode(dossierCode).filter(d -> DossierAccess.mayRead(actor, d)).map(this::toData);
    }

    private ReceiptData toData(Dossier d) {
        if (d.status == DossierStatus.SUBMITTED_ONLINE || d.status == DossierStatus.REFUSED || d.held != null) {
            throw ProblemException.conflict("not-received", "Not received", "dossier " + d.code + " is " + d.status
                    + ": a receipt and appointment slip is issued only when the centre receives the dossier");
        }
        ReceiptDetails.Details extra = details.of(d.id);
        ReceiptData.AppointmentSlot slot = extra.appointment() == null ? null
                : new ReceiptData.AppointmentSlot(local(extra.appointment().start()), local(extra.appointment().end()),
                extra.appointment().place());
        return new ReceiptData(agencies.nameOf(d.receivingAgency), d.receivingAgency, d.code, d.procedureId,
                procedures.nameOf(d.procedureId), d.applicantName, d.applicantIdNumber, d.channel,
                extra.components(), local(d.receivedAt), local(extra.dueAt()), links.of(d), slot,
                ratingBaseUrl + d.code + "/ratings");
    }

    private LocalDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
    }
}
