package vn.onestop.results.result.service;

import vn.onestop.results.result.domain.Result;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

public record ResultView(UUID id, String number, String kind, String procedureId, String dossierCode,
                         String issuer, OffsetDateTime issuedAt, String ownerIdNumber, Map<String, Object> data) {

    static ResultView of(Result r) {
        return new ResultView(r.id, r.number, r.kind.name(), r.procedureId, r.dossierCode, r.issuer, r.issuedAt,
                r.ownerIdNumber, r.data);
    }
}
