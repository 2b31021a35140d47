package vn.onestop.e2e;

import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.EventTimes;
import vn.onestop.platform.testing.TestKafka;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The social security system as a partner agency over the public topics: it takes a dossier's task
 * from its own tasks topic and answers on its own replies topic, passing the task's trace context on
 * as a partner that traces does (contracts' AsyncAPI). What the end-to-end tests share of it.
 */
final class SocialSecurity {

    private SocialSecurity() {
    }

    /**
     * Waits for the dossier's step on the partner's tasks topic (checked against the contract),
     * approves it with this result data (JSON) or none, and returns the task as it was assigned.
     */
    static ConsumerRecord<String, String> approves(TestKafka kafka, String dossierId, String step, String resultData) {
        ConsumerRecord<String, String> assigned = kafka.awaitRecords(
                PackagedPlatform.TOPIC_PREFIX + Topics.forPartner(Topics.PARTNER_TASKS, "social-security"),
                r -> dossierId.equals(TestKafka.header(r, "ce_subject"))
                        && EventType.TASK_ASSIGNED.ceType().equals(TestKafka.header(r, "ce_type"))
                        && r.value().contains("\"" + step + "\""), Duration.ofSeconds(60)).get(0);
        ContractValidator.shared().requireValid(EventType.TASK_ASSIGNED, assigned.value());
        String taskId = JsonPath.from(assigned.value()).getString("taskId");
        String reply = """
                {"taskId": "%s", "dossierId": "%s", "outcome": "APPROVE", "completedBy": "vssid-gateway",
                 "completedAt": "%s"%s}""".formatted(taskId, dossierId, EventTimes.now(),
                resultData == null ? "" : ", \"resultData\": " + resultData);
        ContractValidator.shared().requireValid(EventType.TASK_COMPLETED, reply);
        String traceparent = TestKafka.header(assigned, "ce_traceparent");
        kafka.sendEventFrom("/partners/social-security",
                PackagedPlatform.TOPIC_PREFIX + Topics.forPartner(Topics.PARTNER_REPLIES, "social-security"),
                EventType.TASK_COMPLETED.ceType(), UUID.randomUUID().toString(), dossierId, reply,
                traceparent == null ? Map.of() : Map.of("ce_traceparent", traceparent));
        return assigned;
    }
}
