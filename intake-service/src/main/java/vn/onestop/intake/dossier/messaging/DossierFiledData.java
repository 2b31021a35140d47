package vn.onestop.intake.dossier.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.onestop.intake.dossier.domain.Dossier;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of DossierFiled (contracts: schemas/dossier-filed.v1.json): an online submission awaiting acceptance. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierFiledData(UUID dossierId, String code, String procedureId, String kind, UUID parentId,
                               String channel, String receivingAgency, String competentAgency, Applicant applicant,
                               OffsetDateTime filedAt, String onlineService, String status, int nationalStatusCode) {

    public record Applicant(String type, String fullName, String idNumber) {
    }

    public static DossierFiledData of(Dossier d) {
        return new DossierFiledData(d.id, d.code, d.procedureId, d.kind, d.parentId, d.channel.name(), d.receivingAgency,
                d.competentAgency, new Applicant(d.applicantType.name(), d.applicantName, d.applicantIdNumber), d.filedAt,
                d.onlineService, d.status.name(), d.nationalStatusCode);
    }
}
