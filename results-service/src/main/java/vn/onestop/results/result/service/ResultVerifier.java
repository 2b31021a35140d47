package vn.onestop.results.result.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.results.result.domain.CanonicalForm;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.signing.service.ResultSigning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Checks a result's authenticity and revocation for anyone who holds its id and SHA-256. */
@ApplicationScoped
public class ResultVerifier {

    private final ResultSigning signing;

    ResultVerifier(ResultSigning signing) {
        this.signing = signing;
    }

    @Transactional
    public Verification verify(UUID id, String sha256) {
        Optional<Result> found = Result.findByIdOptional(id);
        if (found.isEmpty()) {
            return new Verification(false, false, "no result " + id + " was issued");
        }
        Result result = found.get();
        boolean revoked = result.revoked();
        if (!result.signed()) {
            return new Verification(false, revoked, "the result was issued before results were signed");
        }
        // Recomputed from the fields as stored now: a change to any of them after signing shows here.
        CanonicalForm canonical = result.canonicalForm();
        String actual = canonical.sha256();
        if (!actual.equals(result.sha256)) {
            Log.warnf("result %s of dossier %s: stored fields no longer match the recorded SHA-256", id,
                    result.dossierId);
            return new Verification(false, revoked, "the result's content was changed after it was signed");
        }
        if (!actual.equals(sha256.toLowerCase(Locale.ROOT))) {
            return new Verification(false, revoked, "the SHA-256 given is not the one of this result");
        }
        if (signing.publicKey(result.keyId).isEmpty()) {
            return new Verification(false, revoked, "the signing key " + result.keyId + " is not known here");
        }
        if (!signing.verifies(result.keyId, canonical.bytes(), result.signature)) {
            Log.warnf("result %s of dossier %s: signature does not verify with key %s", id, result.dossierId,
                    result.keyId);
            return new Verification(false, revoked, "the signature does not verify with key " + result.keyId);
        }
        if (revoked) {
            return new Verification(false, true, "authentic, but revoked on " + result.revokedAt + ": "
                    + result.revocationReason);
        }
        String validity = result.validUntil == null ? "it does not expire"
                : result.validUntil.isBefore(OffsetDateTime.now(ZoneOffset.UTC)) ? "its validity ended " + result.validUntil
                : "valid until " + result.validUntil;
        return new Verification(true, false, "authentic: signed with key " + result.keyId + ", not revoked; "
                + validity);
    }
}
