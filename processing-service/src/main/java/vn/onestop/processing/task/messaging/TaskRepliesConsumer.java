package vn.onestop.processing.task.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.platform.messaging.EventInbox;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.processing.task.domain.Task;
import vn.onestop.processing.task.service.CaseWorkflow;
import vn.onestop.processing.task.service.Completion;
import vn.onestop.processing.task.service.TaskNotFound;
import vn.onestop.processing.task.service.WorkflowRefused;

/**
 * Partner agency systems (police, social security, tax, land office) answer their tasks with
 * TaskCompleted on the inbound topic. A reply for an unknown or finished task, or one the workflow
 * refuses, is dead-lettered with the reason; a redelivered reply is applied once.
 */
@ApplicationScoped
public class TaskRepliesConsumer {

    private final EventInbox inbox;
    private final CaseWorkflow workflow;

    TaskRepliesConsumer(EventInbox inbox, CaseWorkflow workflow) {
        this.inbox = inbox;
        this.workflow = workflow;
    }

    @Incoming("task-replies")
    @Blocking
    public void onReply(ConsumerRecord<String, String> record) {
        inbox.handle("processing-service", record, event -> {
            ProcessingEvents.TaskCompleted reply = event.dataAs(ProcessingEvents.TaskCompleted.class);
            if (reply.taskId() == null || reply.outcome() == null) {
                throw new PoisonEventException("TaskCompleted " + event.id() + " without taskId or outcome");
            }
            Task task = Task.findById(reply.taskId());
            if (task != null && reply.dossierId() != null && !task.dossierId.equals(reply.dossierId())) {
                throw new PoisonEventException("TaskCompleted " + event.id() + ": task " + reply.taskId()
                        + " is not a task of dossier " + reply.dossierId());
            }
            try {
                workflow.complete(reply.taskId(), new Completion(reply.outcome(), reply.note(), reply.resultData(),
                        reply.missingItems(), reply.supplementDeadline(), reply.amount(),
                        reply.completedBy() + " (" + event.source() + ")"));
            } catch (TaskNotFound | WorkflowRefused e) {
                throw new PoisonEventException("TaskCompleted " + event.id() + " refused: " + e.getMessage());
            }
        });
    }
}
