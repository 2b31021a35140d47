package vn.onestop.results.result.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.domain.ResultAccess;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Revokes a result (issued in error, replaced, annulled): it stops verifying, for good. It takes two
 * administrators: one asks, with the reason; another approves, and only then is the result revoked.
 * Either may withdraw a request that is still waiting.
 */
@ApplicationScoped
public class ResultRevocation {

    private final ResultQueries queries;

    ResultRevocation(ResultQueries queries) {
        this.queries = queries;
    }

    /** The first administrator asks for the revocation; the result stays valid until it is approved. */
    @Transactional
    public ResultView request(UUID id, String reason, Actor actor) {
        Result result = lock(id, actor);
        refuseIfRevoked(result);
        if (result.revocationRequested()) {
            throw ProblemException.conflict("revocation-pending", "Revocation already requested",
                    "the revocation of result " + result.number + " was requested on " + result.revocationRequestedAt
                            + " by " + result.revocationRequestedBy + " and waits for a second administrator");
        }
        result.revocationRequestedAt = now();
        result.revocationRequestedBy = actor.name();
        result.revocationRequestReason = reason;
        Log.infof("dossier %s result %s (%s): revocation requested by %s: %s", result.dossierId, result.id,
                result.number, actor.name(), reason);
        return queries.view(result, actor);
    }

    /**
     * A second administrator approves the request they read (named by when it was made): the result
     * is revoked, by them, for the reason asked. A request withdrawn and made again since, perhaps
     * with another reason, is not the one they approve: 409.
     */
    @Transactional
    public ResultView approve(UUID id, OffsetDateTime requestedAt, Actor actor) {
        Result result = lock(id, actor);
        refuseIfRevoked(result);
        if (!result.revocationRequested()) {
            throw ProblemException.conflict("no-revocation-requested", "No revocation to approve",
                    "nobody has asked to revoke result " + result.number);
        }
        if (!result.revocationRequestedAt.isEqual(requestedAt)) {
            throw ProblemException.conflict("revocation-request-changed", "Another revocation request",
                    "the revocation of result " + result.number + " waiting now was asked on "
                            + result.revocationRequestedAt + ", not on " + requestedAt + "; read it before approving");
        }
        if (result.revocationRequestedBy.equals(actor.name())) {
            throw Caller.forbidden("a second administrator must approve the revocation " + actor.name() + " asked for");
        }
        result.revokedAt = now();
        result.revokedBy = actor.name();
        result.revocationReason = result.revocationRequestReason;
        Log.infof("dossier %s result %s (%s) revoked by %s, asked by %s: %s", result.dossierId, result.id,
                result.number, actor.name(), result.revocationRequestedBy, result.revocationReason);
        return queries.view(result, actor);
    }

    /** Either administrator withdraws a request still waiting for approval. */
    @Transactional
    public ResultView withdraw(UUID id, Actor actor) {
        Result result = lock(id, actor);
        refuseIfRevoked(result);
        if (!result.revocationRequested()) {
            throw ProblemException.conflict("no-revocation-requested", "No revocation to withdraw",
                    "nobody has asked to revoke result " + result.number);
        }
        Log.infof("dossier %s result %s (%s): revocation asked by %s withdrawn by %s", result.dossierId, result.id,
                result.number, result.revocationRequestedBy, actor.name());
        result.revocationRequestedAt = null;
        result.revocationRequestedBy = null;
        result.revocationRequestReason = null;
        return queries.view(result, actor);
    }

    private static Result lock(UUID id, Actor actor) {
        Result result = Result.<Result>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> ResultAccess.mayRead(actor, r))
                .orElseThrow(() -> ProblemException.notFound("Result", id.toString()));
        if (!ResultAccess.mayRevoke(actor)) {
            throw Caller.forbidden("only administrators revoke results");
        }
        return result;
    }

    private static void refuseIfRevoked(Result result) {
        if (result.revoked()) {
            throw ProblemException.conflict("already-revoked", "Result already revoked",
                    "result " + result.number + " was revoked on " + result.revokedAt + " by " + result.revokedBy);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
