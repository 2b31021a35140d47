package vn.onestop.processing.casefile.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.platform.messaging.DossierTraces;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.processing.casefile.domain.CaseAccess;
import vn.onestop.processing.casefile.domain.CaseFile;
import vn.onestop.processing.casefile.domain.CaseStatus;
import vn.onestop.processing.casefile.messaging.DossierSubmittedData;
import vn.onestop.processing.chain.service.ChainCoordinator;
import vn.onestop.processing.task.service.CaseWorkflow;
import vn.onestop.processing.workflow.domain.WorkflowDefinition;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

@ApplicationScoped
public class CaseService {

    private final CaseWorkflow workflow;
    private final ChainCoordinator chains;
    private final DossierTraces traces;

    CaseService(CaseWorkflow workflow, ChainCoordinator chains, DossierTraces traces) {
        this.traces = traces;
        this.workflow = workflow;
        this.chains = chains;
    }

    /**
     * The case, if {@code actor} may see it (otherwise 404, as for an unknown dossier), and then
     * only if {@code allowed} lets them do what they ask (otherwise 403 with {@code refusal}).
     */
    @Transactional
    public CaseFile require(UUID dossierId, Actor actor, BiPredicate<Actor, CaseFile> allowed, String refusal) {
        return visibleAndAllowed(CaseFile.findById(dossierId), dossierId, actor, allowed, refusal);
    }

    /**
     * As {@link #require}, for a request that changes the case: the case's lock is taken first
     * ({@link CaseWorkflow#lockCaseIfAny}), before anything of it is read, and held to the end of the
     * caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFile requireForChange(UUID dossierId, Actor actor, BiPredicate<Actor, CaseFile> allowed,
                                     String refusal) {
        return visibleAndAllowed(workflow.lockCaseIfAny(dossierId).orElse(null), dossierId, actor, allowed, refusal);
    }

    private CaseFile visibleAndAllowed(CaseFile file, UUID dossierId, Actor actor,
                                       BiPredicate<Actor, CaseFile> allowed, String refusal) {
        if (file == null || !mayRead(actor, file)) {
            throw ProblemException.notFound("Case", dossierId.toString());
        }
        if (!allowed.test(actor, file)) {
            throw Caller.forbidden(refusal);
        }
        return file;
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
        if (dossier.parentId() != null) {
            // a member opens under its bundle's lock: what it reads of its upstream members (failed,
            // handed over) cannot change until it has committed and they can see it
            workflow.lockCaseIfAny(dossier.parentId());
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
        if (dossier.timeLimit() != null && dossier.timeLimit().value() != null && dossier.timeLimit().unit() != null) {
            file.timeLimitValue = dossier.timeLimit().value();
            file.timeLimitUnit = dossier.timeLimit().unit();
        }
        file.agencies = dossier.agencies();
        file.parentId = dossier.parentId();
        file.waitingFor = dossier.waitingFor() == null || dossier.waitingFor().isEmpty() ? null : dossier.waitingFor();
        // the dossier's trace, which later work on the case continues (CaseWorkflow.lockCaseIfAny)
        traces.current().ifPresent(trace -> {
            file.traceParent = trace.traceparent();
            file.traceState = trace.tracestate();
        });
        if (bundle) {
            file.status = CaseStatus.BUNDLE;
        } else if (!dossier.startsNow()) {
            file.status = CaseStatus.WAITING;
        } else if (definition.instant()) {
            file.status = CaseStatus.AT_COUNTER;
        } else {
            file.status = CaseStatus.IN_PROCESS;
        }
        if (bundle) {
            workflow.watchBundle(file);
        }
        file.persist();
        if (file.status == CaseStatus.IN_PROCESS) {
            workflow.start(file, definition);
        } else if (file.status == CaseStatus.WAITING) {
            chains.opened(file);
        }
        Log.infof("dossier %s: case opened (%s)", file.dossierId, file.status);
    }

    /** The case, if {@code actor} may see it; otherwise empty, as for an unknown dossier. */
    @Transactional
    public Optional<CaseView> find(UUID dossierId, Actor actor) {
        return readable(dossierId, actor).map(CaseView::of);
    }

    /** The case entity, if {@code actor} may see it; otherwise empty, as for an unknown dossier. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseFile> readable(UUID dossierId, Actor actor) {
        return CaseFile.<CaseFile>findByIdOptional(dossierId).filter(f -> mayRead(actor, f));
    }

    private boolean mayRead(Actor actor, CaseFile file) {
        return CaseAccess.mayRead(actor, file, file.procedureId == null ? null
                : workflow.workflows().find(file.procedureId).orElse(null));
    }
}
