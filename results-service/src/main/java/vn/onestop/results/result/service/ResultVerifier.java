package vn.onestop.results.result.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.results.document.service.ResultDocuments;
import vn.onestop.results.result.domain.CanonicalForm;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.signing.service.ResultSigning;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Checks a result's authenticity and revocation for anyone who holds its id and SHA-256. */
@ApplicationScoped
public class ResultVerifier {

    private final ResultSigning signing;
    private final ResultDocuments documents;

    ResultVerifier(ResultSigning signing, ResultDocuments documents) {
        this.signing = signing;
        this.documents = documents;
    }

    @Transactional
    public Verification verify(UUID id, String sha256) {
        return verify(id, sha256, null);
    }

    /**
     * {@code documentSha256}: when not null, the SHA-256 (hex) of a PDF copy someone holds, compared
     * with the result's document as drawn now (only once the result's own SHA-256 was given right).
     */
    @Transactional
    public Verification verify(UUID id, String sha256, String documentSha256) {
        Optional<Result> found = Result.findByIdOptional(id);
        if (found.isEmpty()) {
            return Verification.refused(false, "no result " + id + " was issued");
        }
        Result result = found.get();
        boolean revoked = result.revoked();
        if (!result.signed()) {
            return Verification.refused(revoked, "the result was issued before results were signed");
        }
        // Recomputed from the fields as stored now: a change to any of them after signing shows here.
        CanonicalForm canonical = result.canonicalForm();
        String actual = canonical.sha256();
        if (!actual.equals(result.sha256)) {
            Log.warnf("result %s of dossier %s: stored fields no longer match the recorded SHA-256", id,
                    result.dossierId);
            return Verification.refused(revoked, "the result's content was changed after it was signed");
        }
        if (!actual.equals(sha256.toLowerCase(Locale.ROOT))) {
            return Verification.refused(revoked, "the SHA-256 given is not the one of this result");
        }
        if (signing.publicKey(result.keyId).isEmpty()) {
            return Verification.refused(revoked, "the signing key " + result.keyId + " is not known here");
        }
        if (!signing.verifies(result.keyId, canonical.bytes(), result.signature)) {
            Log.warnf("result %s of dossier %s: signature does not verify with key %s", id, result.dossierId,
                    result.keyId);
            return Verification.refused(revoked, "the signature does not verify with key " + result.keyId);
        }
        Boolean documentMatches = documentSha256 == null ? null
                : sha256Hex(documents.render(result)).equals(documentSha256.toLowerCase(Locale.ROOT));
        Verification.Authentic authentic = new Verification.Authentic(result.keyId, result.number,
                result.kind.name(), result.issuer, result.issuedAt, result.validUntil);
        Instant now = Instant.now();
        if (revoked) {
            return Verification.revoked(authentic, result.revokedAt, result.revocationReason, now, documentMatches);
        }
        return Verification.authentic(authentic, now, documentMatches);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
