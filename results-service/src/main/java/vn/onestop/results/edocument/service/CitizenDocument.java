package vn.onestop.results.edocument.service;

import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.service.ResultLinks;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One document of a citizen's e-document store: an issued result (an electronic certified copy,
 * P13, is a result of kind CERTIFIED_COPY) with its provenance: the dossier, the issuing agency,
 * its validity and whether it was revoked.
 */
public record CitizenDocument(UUID id, String number, String kind, String procedureId, String dossierCode,
                              String issuer, OffsetDateTime issuedAt, OffsetDateTime validUntil, boolean revoked,
                              String verifyUrl, String documentUrl) {

    static CitizenDocument of(Result r, ResultLinks links) {
        return new CitizenDocument(r.id, r.number, r.kind.name(), r.procedureId, r.dossierCode, r.issuer, r.issuedAt,
                r.validUntil, r.revoked(), links.verifyUrl(r.id, r.sha256), links.documentUrl(r.id));
    }
}
