package vn.onestop.intake.dossier.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import vn.onestop.intake.dossier.domain.DossierComponent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dossier as the portal and the officers see it. {@code trackingUrl} is the public link printed on
 * the receipt, which the applicant may share: whoever holds it sees {@link PublicTracking}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierView(UUID id, String code, String trackingUrl, String procedureId, String kind, String catalogVersion,
                          String channel, String status, int nationalStatusCode, OffsetDateTime receivedAt,
                          OffsetDateTime dueAt, String dueWarning, TimeLimit timeLimit, String receivingAgency, String competentAgency,
                          Applicant applicant, Map<String, String> representative,
                          @JsonProperty("notify") List<String> notifyChannels,
                          ParentRef parent, List<ChildRef> children, List<ComponentView> components,
                          List<Map<String, String>> waitingFor, String decision, OffsetDateTime decidedAt,
                          String resultStatus, ResultRef result, ResultProblem resultProblem,
                          OffsetDateTime withdrawnAt, OffsetDateTime filedAt, Refusal refusal,
                          List<TimelineItem> timeline) {

    /** Refused at intake (national status 3): the slip given (GUIDANCE, form 02, or REFUSAL, form 03). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Refusal(String slip, String reason, List<String> missingItems, OffsetDateTime refusedAt,
                          String refusedBy) {
    }

    public record Applicant(String type, String fullName, String idNumber) {
    }

    public record TimeLimit(int value, String unit) {
    }

    public record ParentRef(UUID id, String code, String bundleId) {
    }

    /** A member of a bundle with its own status, due date and result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChildRef(UUID id, String code, String procedureId, String status, int nationalStatusCode,
                           OffsetDateTime dueAt, String competentAgency, ResultRef result) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComponentView(String code, String name, int round, String source, int digitizationState,
                                String fileName, String mediaType, Long sizeBytes, String sha256, String documentRef,
                                String providedBy, String reusedFrom, OffsetDateTime digitizedAt) {

        static ComponentView of(DossierComponent c) {
            return new ComponentView(c.key.code(), c.name, c.key.round(), c.source, c.digitizationState, c.fileName,
                    c.mediaType, c.sizeBytes, c.sha256, c.documentRef, c.providedBy, c.reusedFrom, c.digitizedAt);
        }
    }

    /** The result of a dossier, with links to it and to its PDF on the results service. */
    public record ResultRef(UUID id, String number, OffsetDateTime issuedAt, String url, String documentUrl) {
    }

    /** Why an approved dossier's result cannot be issued yet, and since when. */
    public record ResultProblem(String reason, OffsetDateTime since) {
    }

    public record TimelineItem(OffsetDateTime at, String kind, String description, String source) {
    }
}
