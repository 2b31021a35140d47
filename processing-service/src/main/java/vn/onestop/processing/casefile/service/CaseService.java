package vn.onestop.processing.casefile.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.messaging.DossierDecidedData;
import vn.onestop.processing.casefile.messaging.DossierSubmittedData;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.messaging.PoisonEventException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseService {

    /** National status code 9: decided, result ready (BRIEF §4). */
    private static final int DECIDED = 9;

    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    CaseService(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Opens the case of a received dossier. Walking skeleton: the decision is automatic (approved
     * at once); the workflow issue (#4) replaces it with steps, tasks and officers' outcomes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(DossierSubmittedData dossier) {
        if (dossier.dossierId() == null || dossier.code() == null || dossier.applicant() == null) {
            throw new PoisonEventException("DossierSubmitted without dossierId, code or applicant");
        }
        if (CaseFile.findById(dossier.dossierId()) != null) {
            // Same dossier announced again under another event id: the case exists, nothing to do.
            Log.infof("dossier %s already has a case", dossier.dossierId());
            return;
        }
        CaseFile file = new CaseFile();
        file.dossierId = dossier.dossierId();
        file.dossierCode = dossier.code();
        file.procedureId = dossier.procedureId();
        file.competentAgency = dossier.competentAgency();
        file.applicantName = dossier.applicant().fullName();
        file.applicantIdNumber = dossier.applicant().idNumber();
        file.receivedAt = dossier.receivedAt();
        file.status = "IN_PROCESS";
        file.persist();
        decideAutomatically(file);
    }

    private void decideAutomatically(CaseFile file) {
        file.decision = "APPROVED";
        file.decidedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        file.status = "DECIDED";
        outbox.publish(EventType.DOSSIER_DECIDED, file.dossierId, new DossierDecidedData(
                file.dossierId, file.dossierCode, file.procedureId, file.decision, null, file.decidedAt,
                file.competentAgency, file.status, DECIDED,
                new DossierDecidedData.Applicant(file.applicantName, file.applicantIdNumber),
                Map.of()));
        Log.infof("dossier %s decided %s automatically", file.dossierId, file.decision);
    }

    @Transactional
    public Optional<CaseView> find(UUID dossierId) {
        return CaseFile.<CaseFile>findByIdOptional(dossierId).map(CaseView::of);
    }
}
