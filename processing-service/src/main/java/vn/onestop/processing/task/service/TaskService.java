package vn.onestop.processing.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.KeysetCursor;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.processing.task.domain.DueState;
import vn.onestop.processing.task.domain.Task;
import vn.onestop.processing.task.domain.TaskAccess;
import vn.onestop.processing.workflow.domain.WorkflowDefinition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Officers' inboxes and the REST path of task outcomes. */
@ApplicationScoped
public class TaskService {

    private final CaseWorkflow workflow;

    TaskService(CaseWorkflow workflow) {
        this.workflow = workflow;
    }

    /**
     * The caller's agency's tasks, oldest due first, keyset-paginated on (dueAt, id); only those of
     * the given due states when any is given (empty: every state).
     */
    @Transactional
    public Page<TaskView> inbox(String agency, Task.Status status, Set<DueState> dueStates, String cursor, int limit,
                                Actor actor) {
        if (actor.agency() == null) {
            throw Caller.forbidden("the token names no agency, so there is no inbox to show");
        }
        if (agency != null && !actor.actsFor(agency)) {
            throw Caller.forbidden("agency " + agency + " is not yours (" + actor.agency() + ")");
        }
        StringBuilder where = new StringBuilder("agency = :agency");
        Map<String, Object> params = new HashMap<>();
        params.put("agency", actor.agency());
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (!dueStates.isEmpty() && dueStates.size() < DueState.values().length) {
            where.append(" and (").append(dueStates.stream().map(TaskService::condition)
                    .collect(Collectors.joining(" or "))).append(")");
        }
        if (cursor != null) {
            KeysetCursor after = KeysetCursor.decode(cursor, 2);
            where.append(" and (dueAt > :afterDue or (dueAt = :afterDue and id > :afterId))");
            params.put("afterDue", after.offsetDateTime(0));
            params.put("afterId", after.uuid(1));
        }
        List<Task> rows = Task.<Task>find(where + " order by dueAt, id", params).page(0, limit + 1).list();
        return Page.ofOneMore(rows, limit, this::view, last -> KeysetCursor.encode(last.dueAt, last.id));
    }

    /** The tasks of a due state, as {@link DueState#of(Task)} reads the watch's announcements. */
    private static String condition(DueState state) {
        return switch (state) {
            case OVERDUE -> "overdueAnnounced = true";
            case AT_RISK -> "(overdueAnnounced = false and atRiskAnnounced = true)";
            case ON_TIME -> "(overdueAnnounced = false and atRiskAnnounced = false)";
        };
    }

    @Transactional
    public TaskView get(UUID id, Actor actor) {
        Task task = Task.findById(id);
        if (task == null || !TaskAccess.mayRead(actor, task)) {
            throw ProblemException.notFound("Task", id.toString());
        }
        return view(task);
    }

    @Transactional
    public TaskView claim(UUID id, Actor actor) {
        Task task = workflow.lockTask(id).orElse(null);
        requireWorkable(task, id, actor);
        String officer = actor.name();
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
    public TaskView complete(UUID id, Completion completion, Actor actor) {
        Task existing = workflow.lockTask(id).orElse(null);
        requireWorkable(existing, id, actor);
        if (existing.status == Task.Status.DONE && completion.outcome().equals(existing.outcome)
                && Objects.equals(completion.completedBy(), existing.completedBy)) {
            return view(existing);
        }
        return view(workflow.complete(id, completion));
    }

    /** 404 for a task of another agency (as for an unknown id); 403 for a leader, who sees but does not work it. */
    private static void requireWorkable(Task task, UUID id, Actor actor) {
        if (task == null || !TaskAccess.mayRead(actor, task)) {
            throw ProblemException.notFound("Task", id.toString());
        }
        if (!TaskAccess.mayWork(actor, task)) {
            throw Caller.forbidden("the officers and partner system of agency " + task.agency + " work its tasks");
        }
    }

    /** The view of a task, with the result fields its procedure's approval needs when it decides. */
    private TaskView view(Task task) {
        return TaskView.of(task, workflow.workflows().find(task.procedureId)
                .map(WorkflowDefinition::resultFields)
                .orElse(List.of()));
    }
}
