package vn.onestop.intake.dossier.service;

import vn.onestop.intake.dossier.domain.Dossier;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the officers' dossier list. */
public record DossierSummary(UUID id, String code, String procedureId, String kind, String status,
                             int nationalStatusCode, String channel, String receivingAgency, String competentAgency,
                             String applicantName, OffsetDateTime receivedAt, OffsetDateTime dueAt) {

    static DossierSummary of(Dossier d) {
        return new DossierSummary(d.id, d.code, d.procedureId, d.kind, d.status.name(), d.nationalStatusCode,
                d.channel.name(), d.receivingAgency, d.competentAgency, d.applicantName, d.receivedAt, d.dueAt);
    }
}
