package vn.onestop.results.document.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.results.document.domain.ResultDocumentData;
import vn.onestop.results.document.domain.ResultPdf;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.domain.ValidityPolicy;
import vn.onestop.results.result.service.ResultLinks;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
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

    /** The number of the result and its PDF, if the result exists. */
    public Optional<Document> pdf(UUID id) {
        // Read in a short transaction, render after it: no connection is held while drawing.
        return QuarkusTransaction.joiningExisting().call(() -> data(id))
                .map(data -> new Document(data.number(), renderer.render(data)));
    }

    private Optional<ResultDocumentData> data(UUID id) {
        return Result.<Result>findByIdOptional(id).map(r -> new ResultDocumentData(r.number, r.kind, r.procedureId,
                r.dossierCode, r.issuer, r.signer == null ? r.issuer : r.signer, local(r.issuedAt), local(r.validUntil),
                r.ownerName, r.ownerIdNumber, r.data, r.sha256, r.keyId, links.verifyUrl(r.id, r.sha256),
                r.revoked() ? new ResultDocumentData.Revocation(local(r.revokedAt), r.revocationReason) : null));
    }

    private static LocalDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ValidityPolicy.PROVINCE).toLocalDateTime();
    }

    public record Document(String number, byte[] pdf) {
    }
}
