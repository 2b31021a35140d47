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

/** Revokes a result (issued in error, replaced, annulled): it stops verifying, for good. */
@ApplicationScoped
public class ResultRevocation {

    private final ResultQueries queries;

    ResultRevocation(ResultQueries queries) {
        this.queries = queries;
    }

    /** Revoked by the caller, an administrator; recorded under the caller's name. */
    @Transactional
    public ResultView revoke(UUID id, String reason, Actor actor) {
        Result result = Result.<Result>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> ResultAccess.mayRead(actor, r))
                .orElseThrow(() -> ProblemException.notFound("Result", id.toString()));
        if (!ResultAccess.mayRevoke(actor)) {
            throw Caller.forbidden("only administrators revoke results");
        }
        String revokedBy = actor.name();
        if (result.revoked()) {
            throw ProblemException.conflict("already-revoked", "Result already revoked",
                    "result " + result.number + " was revoked on " + result.revokedAt + " by " + result.revokedBy);
        }
        result.revokedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        result.revokedBy = revokedBy;
        result.revocationReason = reason;
        Log.infof("dossier %s result %s (%s) revoked by %s: %s", result.dossierId, result.id, result.number,
                revokedBy, reason);
        return queries.view(result);
    }
}
