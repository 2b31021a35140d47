package vn.onestop.intake.receipt.service;

import vn.onestop.intake.config.ReceiptConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.service.TrackingLinks;
import vn.onestop.intake.config.IntakeConfig;
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

    ReceiptService(ProcedureNames procedures, AgencyNames agencies, ReceiptDetails details, TrackingLinks links,
                   IntakeConfig config, ReceiptConfig receipts) {
        this.ratingBaseUrl = receipts.ratingBaseUrl();
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

    @Transactional
    public Optional<ReceiptData> data(String dossierCode, Actor actor) {
        return Dossier.findByCode(dossierCode).filter(d -> DossierAccess.mayRead(actor, d)).map(this::toData);
    }

    private ReceiptData toData(Dossier d) {
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
