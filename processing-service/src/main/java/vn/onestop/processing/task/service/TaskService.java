package vn.onestop.processing.task.service;

import vn.onestop.processing.workflow.domain.WorkflowDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.onestop.platform.rest.KeysetCursor;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.processing.task.domain.Task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Officers' inboxes and the REST path of task outcomes. */
@ApplicationScoped
public class TaskService {

    private final CaseWorkflow workflow;
    private final EntityManager entityManager;

    TaskService(CaseWorkflow workflow, EntityManager entityManager) {
        this.workflow = workflow;
        this.entityManager = entityManager;
    }

    /** An agency's tasks, oldest due first, keyset-paginated on (dueAt, id). */
    @Transactional
    public Page<TaskView> inbox(String agency, Task.Status status, String cursor, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (agency != null) {
            where.append(" and agency = :agency");
            params.put("agency", agency);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (cursor != null) {
            KeysetCursor after = KeysetCursor.decode(cursor, 2);
            where.append(" and (dueAt > :afterDue or (dueAt = :afterDue and id > :afterId))");
            params.put("afterDue", after.offsetDateTime(0));
            params.put("afterId", after.uuid(1));
        }
        List<Task> rows = Task.<Task>find(where + " order by dueAt, id", params).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Task> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Task last = page.get(page.size() - 1);
            next = KeysetCursor.encode(last.dueAt, last.id);
        }
        return new Page<>(page.stream().map(this::view).toList(), next);
    }

    @Transactional
    public TaskView get(UUID id) {
        Task task = Task.findById(id);
        if (task == null) {
            throw ProblemException.notFound("Task", id.toString());
        }
        return view(task);
    }

    @Transactional
    public TaskView claim(UUID id, String officer) {
        Task task = entityManager.find(Task.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw ProblemException.notFound("Task", id.toString());
        }
        if (task.status == Task.Status.CLAIMED && Objects.equals(task.claimedBy, officer)) {
            return view(task);
        }
        if (task.status != Task.Status.OPEN) {
            throw ProblemException.conflict("task-not-claimable", "Task cannot be claimed",
                    "task " + id + " is " + task.status + (task.claimedBy == null ? "" : " by " + task.claimedBy));
        }
        task.status = Task.Status.CLAIMED;
        task.claimedBy = officer;
        task.claimedAt = workflow.now();
        return view(task);
    }

    /**
     * Records an outcome. Repeating the same outcome for a task already done answers the task as it
     * is (a retry); any other action on a finished task, or one the workflow refuses, is a problem.
     */
    @Transactional
    public TaskView complete(UUID id, Completion completion) {
        Task existing = Task.findById(id);
        if (existing == null) {
            throw ProblemException.notFound("Task", id.toString());
        }
        if (existing.status == Task.Status.DONE && completion.outcome().equals(existing.outcome)
                && Objects.equals(completion.completedBy(), existing.completedBy)) {
            return view(existing);
        }
        return view(workflow.complete(id, completion));
    }

    /** The view of a task, with the result fields its procedure's approval needs when it decides. */
    private TaskView view(Task task) {
        return TaskView.of(task, workflow.workflows().find(task.procedureId)
                .map(WorkflowDefinition::resultFields)
                .orElse(List.of()));
    }
}
