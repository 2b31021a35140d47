package vn.onestop.portal.api;

import java.time.OffsetDateTime;
import java.util.List;

/** What intake's tracking link answers: status, dates and the kinds of steps; no personal data. */
public record Tracking(String code, String procedureId, String kind, String receivingAgency, String competentAgency,
                       String status, int nationalStatusCode, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                       String dueWarning, String decision, OffsetDateTime decidedAt, String resultStatus,
                       OffsetDateTime withdrawnAt, List<Member> members, List<Step> timeline) {

    public record Member(String code, String procedureId, String status, OffsetDateTime dueAt, String resultStatus) {
    }

    public record Step(OffsetDateTime at, String kind) {
    }
}
