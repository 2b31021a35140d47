package vn.onestop.processing.task.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.messaging.EventInbox;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.processing.partner.domain.PartnerSystems;
import vn.onestop.processing.task.domain.Task;
import vn.onestop.processing.task.service.CaseWorkflow;
import vn.onestop.processing.task.service.Completion;
import vn.onestop.processing.task.service.TaskNotFound;
import vn.onestop.processing.task.service.WorkflowRefused;

import java.util.Optional;

/**
 * Partner agency systems (police, social security, tax, land office) answer their tasks with
 * TaskCompleted, each on its own replies topic, which only that partner may write (broker ACLs).
 * The sender is the topic's partner, never what the record says: a reply for a task of an agency
 * the partner does not act for, or for an officer's task, or one whose {@code ce_source} names
 * another partner, is dead-lettered with the reason and counted in
 * {@code onestop_partner_replies_refused_total}. So is a reply for an unknown or finished task, or
 * one the workflow refuses; a redelivered reply is applied once.
 */
@ApplicationScoped
public class TaskRepliesConsumer {

    private final EventInbox inbox;
    private final CaseWorkflow workflow;
    private final PartnerSystems partners;
    private final MeterRegistry registry;

    TaskRepliesConsumer(EventInbox inbox, CaseWorkflow workflow, PartnerSystems partners, MeterRegistry registry) {
        this.inbox = inbox;
        this.workflow = workflow;
        this.partners = partners;
        this.registry = registry;
    }

    @Incoming("task-replies")
    @Blocking
    public void onReply(ConsumerRecord<String, String> record) {
        Optional<String> sender = Topics.partnerOf(Topics.PARTNER_REPLIES, record.topic());
        inbox.handle("processing-service", record, event -> {
            if (sender.isEmpty()) {
                throw refused("unknown", "spoofed", "TaskCompleted " + event.id() + " on " + record.topic()
                        + ", which is no partner's replies topic");
            }
            String partner = sender.get();
            if (!(EventType.PARTNER_SOURCE_PREFIX + partner).equals(event.source())) {
                throw refused(partner, "spoofed", "TaskCompleted " + event.id() + " on partner " + partner
                        + "'s topic names another sender, ce_source " + event.source());
            }
            ProcessingEvents.TaskCompleted reply = event.dataAs(ProcessingEvents.TaskCompleted.class);
            if (reply.taskId() == null || reply.outcome() == null) {
                throw refused(partner, "invalid", "TaskCompleted " + event.id() + " without taskId or outcome");
            }
            Task task = workflow.lockTask(reply.taskId()).orElse(null);
            if (task != null && reply.dossierId() != null && !task.dossierId.equals(reply.dossierId())) {
                throw refused(partner, "invalid", "TaskCompleted " + event.id() + ": task " + reply.taskId()
                        + " is not a task of dossier " + reply.dossierId());
            }
            if (task != null) {
                Optional<String> notTheirs = partners.refusal(partner, task.agency);
                if (notTheirs.isPresent()) {
                    throw refused(partner, "spoofed", "TaskCompleted " + event.id() + " for task " + task.id
                            + " refused: " + notTheirs.get());
                }
            }
            try {
                workflow.complete(reply.taskId(), new Completion(reply.outcome(), reply.note(), reply.resultData(),
                        reply.missingItems(), reply.supplementDeadline(), reply.amount(),
                        reply.completedBy() + " (partner " + partner + ")"));
            } catch (TaskNotFound | WorkflowRefused e) {
                throw refused(partner, "refused", "TaskCompleted " + event.id() + " refused: " + e.getMessage());
            }
        });
    }

    private PoisonEventException refused(String partner, String why, String reason) {
        registry.counter("onestop.partner.replies.refused", "partner", partner, "why", why).increment();
        return new PoisonEventException(reason);
    }
}
