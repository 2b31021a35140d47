package vn.onestop.processing.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.testing.TestKafka;
import vn.onestop.processing.ProcessingFixtures;
import vn.onestop.processing.ProcessingFixtures.Dossier;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.processing.ProcessingFixtures.LAND_OFFICE;
import static vn.onestop.processing.ProcessingFixtures.PARTNER_DEAD_LETTERS;
import static vn.onestop.processing.ProcessingFixtures.TAX_OFFICE;
import static vn.onestop.processing.ProcessingFixtures.approve;
import static vn.onestop.processing.ProcessingFixtures.eventWhere;
import static vn.onestop.processing.ProcessingFixtures.newDossier;
import static vn.onestop.processing.ProcessingFixtures.openTask;
import static vn.onestop.processing.ProcessingFixtures.processed;
import static vn.onestop.processing.ProcessingFixtures.replyAs;
import static vn.onestop.processing.ProcessingFixtures.submit;
import static vn.onestop.processing.ProcessingFixtures.taskCompleted;

/**
 * Partner systems on their own topics: the tax authority's system gets its tasks, with the personal
 * data the step needs, on its tasks topic (the platform's copy has none), and a reply counts only on
 * the topic of the partner that works the task, with that partner's ce_source. Spoofed replies (for
 * another agency's task, for an officer's task, naming another sender) are dead-lettered with the
 * reason and counted, and change nothing.
 */
@QuarkusTest
class PartnerRepliesTest {

    private static final TestKafka kafka = new TestKafka();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MeterRegistry registry;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void a_partner_gets_its_tasks_on_its_own_topic_and_only_its_own_replies_count() throws Exception {
        Dossier d = newDossier();
        submit(kafka, d, "P10", LAND_OFFICE);
        String receive = openTask(d, LAND_OFFICE, "RECEIVE_CHECK");
        double spoofedBefore = refused("police", "spoofed") + refused("tax", "spoofed");

        // the land office's first step is an officer's task: the tax partner cannot answer it
        String officers = send("tax", "/partners/tax", d, taskCompleted(receive, d, "APPROVE", ""));
        assertThat(deadLetterReason(officers)).contains("officer's task").contains(LAND_OFFICE);

        approve(d, LAND_OFFICE, "RECEIVE_CHECK");
        approve(d, LAND_OFFICE, "APPRAISE");
        JsonNode shared = eventWhere(kafka, d, EventType.TASK_ASSIGNED, e -> "TAX_NOTICE".equals(e.get("step").asText()));
        String taxTask = shared.get("taskId").asText();
        assertThat(shared.has("inputs")).as("the platform's copy carries no personal data").isFalse();

        List<ConsumerRecord<String, String>> mine = kafka.awaitRecords(
                "processing-test." + Topics.forPartner(Topics.PARTNER_TASKS, "tax"),
                r -> r.value().contains(taxTask), Duration.ofSeconds(30));
        ContractValidator.shared().requireValid(EventType.TASK_ASSIGNED, mine.get(0).value());
        JsonNode partnersCopy = JSON.readTree(mine.get(0).value());
        assertThat(partnersCopy.get("agency").asText()).isEqualTo(TAX_OFFICE);
        assertThat(partnersCopy.at("/inputs/applicantIdNumber").asText()).isEqualTo("079088001235");
        // written in the same transaction as the tax copy, which has arrived: the police topic has nothing
        assertThat(kafka.records("processing-test." + Topics.forPartner(Topics.PARTNER_TASKS, "police"),
                r -> r.value().contains(d.id().toString()))).as("the police partner is told nothing of a tax step").isEmpty();

        // the police partner answers the tax authority's task on its own topic: refused
        String otherAgency = send("police", "/partners/police", d, taskCompleted(taxTask, d, "APPROVE", ""));
        assertThat(deadLetterReason(otherAgency)).contains("partner police does not act for agency " + TAX_OFFICE);
        // a record on the tax topic that claims to come from the police: refused
        String otherSender = send("tax", "/partners/police", d, taskCompleted(taxTask, d, "APPROVE", ""));
        assertThat(deadLetterReason(otherSender)).contains("ce_source /partners/police");
        assertThat(openTask(d, TAX_OFFICE, "TAX_NOTICE")).as("still open after three spoofed replies").isEqualTo(taxTask);
        assertThat(refused("police", "spoofed") + refused("tax", "spoofed")).isEqualTo(spoofedBefore + 3);

        // the tax partner's own reply is applied, recorded as that partner's
        String own = send("tax", "/partners/tax", d,
                taskCompleted(taxTask, d, "APPROVE", "\"resultData\": {\"taxNoticeNumber\": \"TB-9\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(own));
        JsonNode done = eventWhere(kafka, d, EventType.STEP_COMPLETED, e -> "TAX_NOTICE".equals(e.get("step").asText()));
        assertThat(done.get("outcome").asText()).isEqualTo("APPROVE");
    }

    private static String send(String topicOf, String source, Dossier d, String data) {
        String id = UUID.randomUUID().toString();
        if (source.equals(EventType.PARTNER_SOURCE_PREFIX + topicOf)) {
            replyAs(kafka, topicOf, d, id, data);
        } else {
            kafka.sendEventFrom(source, "processing-test." + Topics.forPartner(Topics.PARTNER_REPLIES, topicOf),
                    EventType.TASK_COMPLETED.ceType(), id, d.id().toString(), data);
        }
        return id;
    }

    private static String deadLetterReason(String eventId) {
        List<ConsumerRecord<String, String>> dead = kafka.awaitRecords(PARTNER_DEAD_LETTERS,
                r -> eventId.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30));
        return TestKafka.header(dead.get(0), "dead-letter-reason");
    }

    private double refused(String partner, String why) {
        var counter = registry.find("onestop.partner.replies.refused").tag("partner", partner).tag("why", why).counter();
        return counter == null ? 0 : counter.count();
    }
}
