package vn.onestop.intake.dossier.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.onestop.intake.dossier.domain.Dossier;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of DossierSubmitted (contracts: schemas/dossier-submitted.v1.json). */
public record DossierSubmittedData(UUID dossierId, String code, String procedureId, String channel,
                                   String receivingAgency, String competentAgency, Applicant applicant,
                                   String status, int nationalStatusCode, OffsetDateTime receivedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applicant(String type, String fullName, String idNumber, String email, String phone) {
    }

    public static DossierSubmittedData of(Dossier d) {
        return new DossierSubmittedData(d.id, d.code, d.procedureId, d.channel.name(), d.receivingAgency,
                d.competentAgency,
                new Applicant(d.applicantType.name(), d.applicantName, d.applicantIdNumber, d.applicantEmail,
                        d.applicantPhone),
                d.status.name(), d.nationalStatusCode, d.receivedAt);
    }
}
