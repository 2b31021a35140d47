package vn.onestop.results.document.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.platform.rest.Actor;
import vn.onestop.results.document.domain.ResultDocumentData;
import vn.onestop.results.document.domain.ResultPdf;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.domain.ValidityPolicy;
import vn.onestop.results.result.service.ResultLinks;
import vn.onestop.results.result.service.ResultQueries;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The PDF rendition of a result, drawn from the stored result each time it is asked for: it always
 * shows the current revocation, and there is no second copy to keep in step.
 */
@ApplicationScoped
public class ResultDocuments {

    private final ResultPdf renderer = new ResultPdf();
    private final ResultLinks links;

    ResultDocuments(ResultLinks links) {
        this.links = links;
    }

    /** The number of the result and its PDF; 404 when there is none or the caller may not see it. */
    public Document pdf(UUID id, Actor actor) {
        // Read in a short transaction, render after it: no connection is held while drawing.
        ResultDocumentData data = QuarkusTransaction.joiningExisting().call(() -> data(ResultQueries.readable(id, actor)));
        return new Document(data.number(), renderer.render(data));
    }

    /** The result's PDF as {@link #pdf} draws it, without an access check: for the public verification's comparison. */
    public byte[] render(Result result) {
        return renderer.render(data(result));
    }

    private ResultDocumentData data(Result r) {
        return new ResultDocumentData(r.number, r.kind, r.procedureId,
                r.dossierCode, r.issuer, r.signer == null ? r.issuer : r.signer, local(r.issuedAt), local(r.validUntil),
                r.ownerName, r.ownerIdNumber, r.data, r.sha256, r.keyId, links.verifyUrl(r.id, r.sha256),
                r.revoked() ? new ResultDocumentData.Revocation(local(r.revokedAt), r.revocationReason) : null);
    }

    private static LocalDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ValidityPolicy.PROVINCE).toLocalDateTime();
    }

    public record Document(String number, byte[] pdf) {
    }
}
