package vn.onestop.portal.api;

import java.time.OffsetDateTime;
import java.util.List;

/** intake's dossier as the competent agency's officer reads it (GET /api/v1/dossiers/{code}). */
public record OfficerDossier(String id, String code, String procedureId, String kind, String channel, String status,
                             OffsetDateTime receivedAt, OffsetDateTime dueAt, String receivingAgency,
                             String competentAgency, Applicant applicant, List<Component> components,
                             List<TimelineItem> timeline) {

    public record Applicant(String type, String fullName, String idNumber) {
    }

    /** A file is stored with intake for an upload or a scan (a sha256 and no document reference). */
    public record Component(String code, String name, int round, String source, int digitizationState,
                            String fileName, String mediaType, Long sizeBytes, String sha256, String documentRef,
                            String providedBy) {

        public boolean hasFile() {
            return sha256 != null && documentRef == null;
        }
    }

    public record TimelineItem(OffsetDateTime at, String kind, String description) {
    }
}
