package vn.onestop.results.handover.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.results.handover.domain.HandoverChannel;
import vn.onestop.results.handover.domain.ResultHandover;
import vn.onestop.results.handover.messaging.ResultReturnedData;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.domain.ResultAccess;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Records that a result reached its applicant, once, and announces it (ResultReturned, national
 * status 10) in the same transaction.
 */
@ApplicationScoped
public class HandoverService {

    /** National status code 10: result returned to the applicant (BRIEF §4). */
    static final int RESULT_RETURNED = 10;
    /** Clocks of counters and post offices drift; a handover a little "in the future" is not refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Outbox outbox;

    HandoverService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Recorded by the caller, counter staff (of any centre: ResultAccess says why). */
    @Transactional
    public HandoverView handOver(UUID resultId, Handover handover, Actor actor) {
        // The row lock makes concurrent handovers of one result queue up: the second sees the first.
        Result result = Result.<Result>findByIdOptional(resultId, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> ResultAccess.mayRead(actor, r))
                .orElseThrow(() -> ProblemException.notFound("Result", resultId.toString()));
        if (!ResultAccess.mayHandOver(actor)) {
            throw Caller.forbidden("only counter staff record the handover of a result");
        }
        ResultHandover earlier = ResultHandover.ofResult(resultId).orElse(null);
        if (earlier != null) {
            throw ProblemException.conflict("already-handed-over", "Result already handed over",
                    "result " + result.number + " was handed over " + earlier.channel + " to " + earlier.receivedBy
                            + " at " + earlier.handedOverAt);
        }
        if (result.revoked()) {
            throw ProblemException.conflict("result-revoked", "Result revoked",
                    "result " + result.number + " was revoked on " + result.revokedAt + " and cannot be handed over");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime handedOverAt = handover.handedOverAt() == null ? now
                : handover.handedOverAt().truncatedTo(ChronoUnit.MICROS);
        check(result, handover, handedOverAt, now);

        ResultHandover record = new ResultHandover();
        record.id = UUID.randomUUID();
        record.resultId = result.id;
        record.channel = handover.channel();
        record.receivedBy = handover.receivedBy();
        record.receiverIdNumber = handover.receiverIdNumber();
        record.proof = handover.proof();
        record.handedOverBy = actor.name();
        record.handedOverAt = handedOverAt;
        record.recordedAt = now;
        record.persist();
        outbox.publish(EventType.RESULT_RETURNED, result.dossierId, new ResultReturnedData(result.id,
                result.dossierId, result.dossierCode, record.channel.name(), record.handedOverAt, record.receivedBy,
                record.receiverIdNumber, record.proof, result.number, result.procedureId, RESULT_RETURNED));
        Log.infof("dossier %s result %s handed over %s to %s by %s", result.dossierId, result.id, record.channel,
                record.receivedBy, record.handedOverBy);
        return HandoverView.of(record, result.number, result.dossierCode, RESULT_RETURNED);
    }

    private static void check(Result result, Handover handover, OffsetDateTime handedOverAt, OffsetDateTime now) {
        if (handover.channel() == HandoverChannel.POSTAL && handover.proof() == null) {
            throw ProblemException.invalid("a postal handover needs the tracking number as proof",
                    List.of(new Problem.Violation("proof", "is required for POSTAL: the postal tracking number")));
        }
        if (handedOverAt.isBefore(result.issuedAt)) {
            throw ProblemException.invalid("the result cannot be handed over before it was issued",
                    List.of(new Problem.Violation("handedOverAt", "must not be before the issue, " + result.issuedAt)));
        }
        if (handedOverAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("a handover is recorded after it happened",
                    List.of(new Problem.Violation("handedOverAt", "must not be in the future")));
        }
    }
}
