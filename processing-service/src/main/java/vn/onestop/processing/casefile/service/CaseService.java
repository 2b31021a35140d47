package vn.onestop.processing.casefile.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.chain.ChainCoordinator;
import vn.onestop.processing.casefile.messaging.DossierSubmittedData;
import vn.onestop.processing.task.service.CaseWorkflow;
import vn.onestop.processing.workflow.domain.WorkflowDefinition;
import vn.onestop.platform.messaging.PoisonEventException;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseService {

    private final CaseWorkflow workflow;
    private final ChainCoordinator chains;
    private final ObjectMapper mapper;

    CaseService(CaseWorkflow workflow, ChainCoordinator chains, ObjectMapper mapper) {
        this.workflow = workflow;
        this.chains = chains;
        this.mapper = mapper;
    }

    /**
     * Opens the case of a received dossier and starts its procedure's workflow. A bundle's parent
     * only groups its members; a member waiting for upstream results starts when they arrive; an
     * instant procedure waits for the counter officer's fast lane.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(DossierSubmittedData dossier) {
        if (dossier.dossierId() == null || dossier.code() == null || dossier.applicant() == null
                || dossier.receivedAt() == null) {
            throw new PoisonEventException("DossierSubmitted without dossierId, code, applicant or receivedAt");
        }
        if (CaseFile.findById(dossier.dossierId()) != null) {
            // the same dossier announced again under another event id: the case exists
            Log.infof("dossier %s already has a case", dossier.dossierId());
            return;
        }
        boolean bundle = "BUNDLE".equals(dossier.kind());
        WorkflowDefinition definition = bundle ? null : workflow.workflows().find(dossier.procedureId())
                .orElseThrow(() -> new PoisonEventException("no workflow for procedure " + dossier.procedureId()));
        CaseFile file = new CaseFile();
        file.dossierId = dossier.dossierId();
        file.dossierCode = dossier.code();
        file.procedureId = dossier.procedureId();
        file.kind = dossier.kind() == null ? "PROCEDURE" : dossier.kind();
        file.receivingAgency = dossier.receivingAgency();
        file.competentAgency = dossier.competentAgency();
        file.applicantName = dossier.applicant().fullName();
        file.applicantIdNumber = dossier.applicant().idNumber();
        file.receivedAt = dossier.receivedAt();
        file.dueAt = dossier.dueAt();
        file.agencies = dossier.agencies() == null ? null : json(dossier.agencies());
        file.parentId = dossier.parentId();
        file.waitingFor = dossier.waitingFor() == null || dossier.waitingFor().isEmpty() ? null : json(dossier.waitingFor());
        if (bundle) {
            file.status = "BUNDLE";
        } else if (!dossier.startsNow()) {
            file.status = "WAITING";
        } else if (definition.instant()) {
            file.status = "AT_COUNTER";
        } else {
            file.status = "IN_PROCESS";
        }
        file.persist();
        if ("IN_PROCESS".equals(file.status)) {
            workflow.start(file, definition);
        } else if ("WAITING".equals(file.status)) {
            chains.opened(file);
        }
        Log.infof("dossier %s: case opened (%s)", file.dossierId, file.status);
    }

    @Transactional
    public Optional<CaseView> find(UUID dossierId) {
        return CaseFile.<CaseFile>findByIdOptional(dossierId).map(CaseView::of);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
