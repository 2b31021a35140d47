package vn.onestop.intake.dossier.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the tracking link shows to whoever holds it, without a login: where the dossier stands and
 * when it is due, and nothing about the people in it (no names, identity numbers, addresses,
 * components, notes or reasons; the timeline gives only when and what kind of step).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicTracking(String code, String procedureId, String kind, String receivingAgency,
                             String competentAgency, String status, int nationalStatusCode,
                             OffsetDateTime receivedAt, OffsetDateTime dueAt, String dueWarning, String decision,
                             OffsetDateTime decidedAt, String resultStatus, OffsetDateTime withdrawnAt,
                             List<Member> members, List<Step> timeline) {

    /** A member of a bundle, as its own tracking shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Member(String code, String procedureId, String status, int nationalStatusCode,
                         OffsetDateTime dueAt, String resultStatus) {
    }

    public record Step(OffsetDateTime at, String kind) {
    }
}
