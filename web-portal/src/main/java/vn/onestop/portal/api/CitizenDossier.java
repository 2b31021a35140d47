package vn.onestop.portal.api;

import java.time.OffsetDateTime;
import java.util.List;

/** intake's dossier as its applicant sees it (DossierView), the parts the citizen's pages show. */
public record CitizenDossier(String id, String code, String trackingUrl, String procedureId, String kind,
                             String channel, String status, int nationalStatusCode, OffsetDateTime receivedAt,
                             OffsetDateTime dueAt, String dueWarning, String receivingAgency, String competentAgency,
                             Applicant applicant, List<Member> children, List<Component> components, String decision,
                             OffsetDateTime decidedAt, String resultStatus, Result result, OffsetDateTime withdrawnAt,
                             List<Step> timeline) {

    public record Applicant(String type, String fullName, String idNumber) {
    }

    /** A member of a bundle, with its own status, due date and result. */
    public record Member(String code, String procedureId, String status, OffsetDateTime dueAt, String competentAgency,
                         Result result) {
    }

    /** {@code digitizationState} 0: handed in on paper, not scanned yet. */
    public record Component(String code, String name, int round, String source, String fileName, String documentRef,
                            Integer digitizationState) {

        public boolean awaitingScan() {
            return digitizationState != null && digitizationState == 0;
        }
    }

    public record Result(String id, String number, OffsetDateTime issuedAt, String url, String documentUrl) {
    }

    public record Step(OffsetDateTime at, String kind, String description) {
    }

    public boolean bundle() {
        return "BUNDLE".equals(kind);
    }

    public boolean supplementRequested() {
        return "SUPPLEMENT_REQUESTED".equals(status);
    }

    /** A receipt is printed once the centre received the dossier (intake answers 409 before). */
    public boolean hasReceipt() {
        return !"SUBMITTED_ONLINE".equals(status) && !"REFUSED".equals(status);
    }

    /** The service may be rated once the dossier is over (rating invites then; it decides). */
    public boolean rateable() {
        return List.of("DECIDED", "RETURNED", "WITHDRAWN", "STOPPED").contains(status);
    }

    /** The latest request for a supplement as intake recorded it (what to add, and by when). */
    public String supplementRequest() {
        if (timeline == null) {
            return null;
        }
        String last = null;
        for (Step step : timeline) {
            if ("SUPPLEMENT_REQUESTED".equals(step.kind())) {
                last = step.description();
            }
        }
        return last;
    }

    /** The results issued so far: the dossier's own, then its members'. */
    public List<Result> results() {
        java.util.ArrayList<Result> all = new java.util.ArrayList<>();
        if (result != null) {
            all.add(result);
        }
        if (children != null) {
            children.stream().map(Member::result).filter(java.util.Objects::nonNull).forEach(all::add);
        }
        return all;
    }
}
