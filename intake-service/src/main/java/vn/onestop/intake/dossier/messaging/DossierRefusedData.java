package vn.onestop.intake.dossier.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.onestop.intake.dossier.domain.Dossier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of DossierRefused (contracts: schemas/dossier-refused.v1.json): refused at intake with a slip. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DossierRefusedData(UUID dossierId, String dossierCode, String slip, String reason, List<String> missingItems,
                                 OffsetDateTime refusedAt, String refusedBy, String status, int nationalStatusCode) {

    public static DossierRefusedData of(Dossier d) {
        return new DossierRefusedData(d.id, d.code, d.refusalSlip, d.refusalReason, d.refusalMissing, d.refusedAt,
                d.refusedBy, d.status.name(), d.nationalStatusCode);
    }
}
