package vn.onestop.results.result.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.domain.ResultKind;
import vn.onestop.results.result.domain.ResultNumber;
import vn.onestop.results.result.messaging.DossierDecidedData;
import vn.onestop.results.result.messaging.ResultIssuedData;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.messaging.PoisonEventException;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ResultIssuer {

    /** National status code 9: decided, result ready (BRIEF §4). */
    private static final int RESULT_READY = 9;
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EntityManager entityManager;
    private final Outbox outbox;

    ResultIssuer(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /**
     * Issues the result of an approved dossier, once: a dossier has at most one result here, so a
     * decision delivered again (even under another event id) issues nothing new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDecision(DossierDecidedData decision) {
        if (decision.dossierId() == null || decision.applicant() == null || decision.decidedBy() == null) {
            throw new PoisonEventException("DossierDecided without dossierId, applicant or decidedBy");
        }
        if (!"APPROVED".equals(decision.decision())) {
            Log.infof("dossier %s was %s: no result to issue", decision.dossierId(), decision.decision());
            return;
        }
        if (Result.count("dossierId", decision.dossierId()) > 0) {
            Log.infof("dossier %s already has its result", decision.dossierId());
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        ResultKind kind = kindOf(decision.resultKind());
        Result result = new Result();
        result.id = UUID.randomUUID();
        result.kind = kind;
        result.number = nextNumber(decision.decidedBy(), kind, now.atZoneSameInstant(PROVINCE).getYear());
        result.dossierId = decision.dossierId();
        result.dossierCode = decision.dossierCode();
        result.procedureId = decision.procedureId();
        result.issuer = decision.decidedBy();
        result.ownerName = decision.applicant().fullName();
        result.ownerIdNumber = decision.applicant().idNumber();
        result.issuedAt = now;
        result.data = decision.resultData() == null ? Map.of() : decision.resultData();
        result.persist();
        outbox.publish(EventType.RESULT_ISSUED, result.dossierId, new ResultIssuedData(result.id, result.number,
                result.kind.name(), result.dossierId, result.dossierCode, result.procedureId, result.issuer,
                result.issuedAt, result.ownerIdNumber, RESULT_READY, result.data));
        Log.infof("dossier %s result %s issued as %s", result.dossierId, result.id, result.number);
    }

    /** The kind the workflow of the procedure declares; a certificate when the decision does not say. */
    private static ResultKind kindOf(String declared) {
        if (declared == null) {
            return ResultKind.CERTIFICATE;
        }
        try {
            return ResultKind.valueOf(declared);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("DossierDecided names an unknown result kind " + declared);
        }
    }

    private String nextNumber(String issuer, ResultKind kind, int year) {
        Number sequence = (Number) entityManager.createNativeQuery("""
                        insert into result_number_counter (issuer, kind, year, last_seq) values (?1, ?2, ?3, 1)
                        on conflict (issuer, kind, year) do update set last_seq = result_number_counter.last_seq + 1
                        returning last_seq""")
                .setParameter(1, issuer)
                .setParameter(2, kind.name())
                .setParameter(3, year)
                .getSingleResult();
        return ResultNumber.format(sequence.intValue(), year, kind, issuer);
    }

    @Transactional
    public Optional<ResultView> find(UUID id) {
        return Result.<Result>findByIdOptional(id).map(ResultView::of);
    }

    @Transactional
    public java.util.List<ResultView> forDossier(String dossierCode) {
        return Result.forDossierCode(dossierCode).stream().map(ResultView::of).toList();
    }
}
