package vn.onestop.intake.dossier.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A dossier as the portal and the officers see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierView(UUID id, String code, String procedureId, String channel, String status,
                          int nationalStatusCode, OffsetDateTime receivedAt, String receivingAgency,
                          String competentAgency, Applicant applicant, String decision, OffsetDateTime decidedAt,
                          ResultRef result, List<TimelineItem> timeline) {

    public record Applicant(String type, String fullName, String idNumber) {
    }

    public record ResultRef(UUID id, String number, OffsetDateTime issuedAt) {
    }

    public record TimelineItem(OffsetDateTime at, String kind, String description, String source) {
    }
}
