package vn.onestop.portal.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** processing's tasks as an officer's inbox shows them (GET /api/v1/tasks, TaskView). */
public final class Tasks {

    private Tasks() {
    }

    public record Page(List<Task> items, String nextCursor) {
    }

    /**
     * {@code dueState}: ON_TIME, AT_RISK or OVERDUE, as processing's deadline watch announced it;
     * {@code resultFields}: what a deciding step's approval carries.
     */
    public record Task(String id, String dossierId, String dossierCode, String procedureId, String step,
                       String stepName, String agency, boolean deciding, String status, OffsetDateTime dueAt,
                       OffsetDateTime createdAt, String claimedBy, OffsetDateTime claimedAt, String outcome,
                       String note, String completedBy, OffsetDateTime completedAt, String dueState,
                       List<ResultField> resultFields) {

        public boolean open() {
            return "OPEN".equals(status);
        }

        public boolean workable() {
            return "OPEN".equals(status) || "CLAIMED".equals(status);
        }

        public boolean atRisk() {
            return "AT_RISK".equals(dueState);
        }

        public boolean overdue() {
            return "OVERDUE".equals(dueState);
        }
    }

    /** type: TEXT, DATE, PERSONAL_ID, TAX_CODE, AMOUNT_VND, COUNT, BOOLEAN; bound: how a date stands to the decision. */
    public record ResultField(String name, boolean required, String type, String bound) {
    }

    /** The body of POST /api/v1/tasks/{id}/complete; what is not given is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Completion(String outcome, String note, Map<String, Object> resultData, List<String> missingItems,
                             Long amount) {
    }
}
