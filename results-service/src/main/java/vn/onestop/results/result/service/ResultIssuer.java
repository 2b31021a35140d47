package vn.onestop.results.result.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import io.micrometer.core.instrument.MeterRegistry;
import vn.onestop.platform.messaging.AfterCommit;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.results.result.domain.BlockedResult;
import vn.onestop.results.result.domain.CanonicalForm;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.domain.ResultDataRejected;
import vn.onestop.results.result.domain.ResultKind;
import vn.onestop.results.result.domain.ResultNumber;
import vn.onestop.results.result.domain.ResultSigner;
import vn.onestop.results.result.domain.ValidityPolicy;
import vn.onestop.results.result.messaging.DossierDecidedData;
import vn.onestop.results.result.messaging.ResultBlockedData;
import vn.onestop.results.result.messaging.ResultDataCorrectedData;
import vn.onestop.results.result.messaging.ResultIssuedData;
import vn.onestop.results.signing.service.ResultSigning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ResultIssuer {

    /** National status code 9: decided, result ready (BRIEF §4). */
    private static final int RESULT_READY = 9;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ResultSigning signing;
    private final ResultLinks links;
    private final ObjectMapper mapper;
    private final ValidityPolicy validity = ValidityPolicy.standard();
    private final MeterRegistry registry;
    private final AfterCommit afterCommit;

    ResultIssuer(EntityManager entityManager, Outbox outbox, ResultSigning signing, ResultLinks links,
                 ObjectMapper mapper, MeterRegistry registry, AfterCommit afterCommit) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.signing = signing;
        this.links = links;
        this.mapper = mapper;
        this.registry = registry;
        this.afterCommit = afterCommit;
    }

    /**
     * Issues the result of an approved dossier, once: a dossier has at most one result here, so a
     * decision delivered again (even under another event id) issues nothing new. The result is
     * numbered, given its validity, signed over its canonical form and announced, in one
     * transaction. Data that cannot make a valid result blocks it instead (ResultBlocked): nothing
     * is numbered, and the deciding agency's correction issues it.
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
        if (Result.count("dossierId", decision.dossierId()) > 0 || BlockedResult.findById(decision.dossierId()) != null) {
            Log.infof("dossier %s already has its result, issued or blocked", decision.dossierId());
            return;
        }
        issueOrBlock(decision, decision.resultData() == null ? Map.of() : decision.resultData(), 1);
    }

    /**
     * The deciding agency corrected the data of a blocked result: issued with it, once, or blocked
     * again with the new reason. A correction for a dossier whose result is issued, or that has no
     * blocked result, changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onCorrection(ResultDataCorrectedData correction) {
        if (correction.dossierId() == null || correction.resultData() == null) {
            throw new PoisonEventException("ResultDataCorrected without dossierId or resultData");
        }
        BlockedResult blocked = entityManager.find(BlockedResult.class, correction.dossierId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (blocked == null || !blocked.open()) {
            Log.infof("dossier %s has no blocked result (%s): the correction by %s changes nothing",
                    correction.dossierId(), blocked == null ? "none" : "issued as " + blocked.resultId,
                    correction.correctedBy());
            return;
        }
        DossierDecidedData decision = mapper.convertValue(blocked.decision, DossierDecidedData.class);
        issueOrBlock(decision, correction.resultData(), blocked.attempts + 1);
    }

    private void issueOrBlock(DossierDecidedData decision, Map<String, Object> data, int attempt) {
        OffsetDateTime now = now();
        try {
            Result result = issue(decision, data, now);
            BlockedResult blocked = BlockedResult.findById(decision.dossierId());
            if (blocked != null) {
                blocked.resolvedAt = now;
                blocked.resultId = result.id;
                blocked.updatedAt = now;
                Log.infof("dossier %s: the blocked result is issued as %s after %d attempt(s)", decision.dossierId(),
                        result.number, attempt);
            }
        } catch (ResultDataRejected e) {
            block(decision, data, e, attempt, now);
        }
    }

    /** Whole seconds: the canonical form prints the instant, and it must read back the same. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private Result issue(DossierDecidedData decision, Map<String, Object> data, OffsetDateTime now) {
        ResultKind kind = kindOf(decision.resultKind());
        Result result = new Result();
        result.id = UUID.randomUUID();
        result.kind = kind;
        result.dossierId = decision.dossierId();
        result.dossierCode = decision.dossierCode();
        result.procedureId = decision.procedureId();
        result.issuer = decision.decidedBy();
        result.ownerName = decision.applicant().fullName();
        result.ownerIdNumber = decision.applicant().idNumber();
        result.issuedAt = now;
        result.data = data;
        // never a name from the data: the key holder (ResultSigner says why); a "signer" in the data blocks it
        result.signer = ResultSigner.of(data, signing.defaultSigner());
        // before the number: a result that cannot be valid takes no number, so numbers stay gap-free
        result.validUntil = validity.validUntil(result.procedureId, kind, now, data).orElse(null);
        result.number = nextNumber(decision.decidedBy(), kind, now.atZoneSameInstant(ValidityPolicy.PROVINCE).getYear());
        CanonicalForm canonical = result.canonicalForm();
        result.sha256 = canonical.sha256();
        result.signature = signing.sign(canonical.bytes());
        result.keyId = signing.keyId();
        result.persist();
        outbox.publish(EventType.RESULT_ISSUED, result.dossierId, new ResultIssuedData(result.id, result.number,
                result.kind.name(), result.dossierId, result.dossierCode, result.procedureId, result.issuer,
                result.issuedAt, result.ownerIdNumber, RESULT_READY, result.data, result.validUntil, result.signer,
                result.sha256, result.signature, result.keyId, links.verifyUrl(result.id, result.sha256)));
        Log.infof("dossier %s result %s issued as %s, signed with key %s", result.dossierId, result.id, result.number,
                result.keyId);
        // counted once the result is committed: a rolled-back issue numbered nothing
        String procedure = result.procedureId == null ? "unknown" : result.procedureId;
        afterCommit.run(() -> registry.counter("onestop.results.issued", "procedure", procedure).increment());
        return result;
    }

    private void block(DossierDecidedData decision, Map<String, Object> data, ResultDataRejected rejected, int attempt,
                       OffsetDateTime now) {
        BlockedResult existing = BlockedResult.findById(decision.dossierId());
        BlockedResult blocked = existing != null ? existing : new BlockedResult();
        if (existing == null) {
            blocked.dossierId = decision.dossierId();
            blocked.dossierCode = decision.dossierCode();
            blocked.procedureId = decision.procedureId();
            blocked.issuer = decision.decidedBy();
            blocked.decision = mapper.convertValue(decision, new TypeReference<Map<String, Object>>() {
            });
            blocked.blockedAt = now;
        }
        blocked.resultData = data;
        blocked.reason = "the result cannot be issued: " + rejected.getMessage();
        blocked.violations = List.of(new BlockedResult.Violation(rejected.field(), rejected.problem()));
        blocked.attempts = attempt;
        blocked.updatedAt = now;
        if (existing == null) {
            blocked.persist();
        }
        outbox.publish(EventType.RESULT_BLOCKED, decision.dossierId(), new ResultBlockedData(decision.dossierId(),
                decision.dossierCode(), decision.procedureId(), decision.decidedBy(), now, blocked.reason,
                blocked.violations, attempt));
        Log.warnf("dossier %s: %s (attempt %d); waiting for %s to correct the result data", decision.dossierId(),
                blocked.reason, attempt, decision.decidedBy());
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
}
