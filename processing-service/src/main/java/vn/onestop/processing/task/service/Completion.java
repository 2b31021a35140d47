package vn.onestop.processing.task.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An outcome for a task, from an officer (REST) or a partner system (TaskCompleted event).
 *
 * @param outcome           APPROVE, REJECT, REQUEST_SUPPLEMENT or REQUEST_PAYMENT
 * @param supplementDeadline the applicant's deadline to supplement; default: 7 working days
 * @param amount            REQUEST_PAYMENT: fee or tax in VND
 */
public record Completion(String outcome, String note, Map<String, Object> resultData, List<String> missingItems,
                         OffsetDateTime supplementDeadline, Long amount, String completedBy) {
}
