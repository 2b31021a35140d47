package vn.onestop.processing.task.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.audit.AuditSubject;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.platform.rest.Roles;
import vn.onestop.processing.task.domain.DueState;
import vn.onestop.processing.task.domain.Task;
import vn.onestop.processing.task.service.Completion;
import vn.onestop.processing.task.service.TaskService;
import vn.onestop.processing.task.service.TaskView;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    private final TaskService tasks;
    private final Caller caller;
    private final AuditSubject audit;

    TaskResource(TaskService tasks, Caller caller, AuditSubject audit) {
        this.tasks = tasks;
        this.caller = caller;
        this.audit = audit;
    }

    /** Work on a task is audited under its dossier, where the auditor looks for it. */
    private TaskView audited(TaskView task) {
        audit.is(task.dossierId().toString());
        return task;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.PARTNER_SYSTEM})
    @Operation(summary = "An agency's inbox", description = "The tasks of the caller's agency (officers, leaders, "
            + "partner systems), oldest due first; follow nextCursor for the next page. agency, when given, must be "
            + "the caller's (403 otherwise). dueState (ON_TIME, AT_RISK, OVERDUE; repeated or comma-separated) "
            + "keeps the tasks whose step the deadline watch announced so, e.g. dueState=AT_RISK,OVERDUE.")
    public Page<TaskView> inbox(@QueryParam("agency") String agency, @QueryParam("status") String status,
                                @QueryParam("dueState") List<String> dueState,
                                @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams params = new QueryParams();
        Task.Status wanted = params.enumValue("status", status, Task.Status.class);
        Set<DueState> dueStates = dueStates(params, dueState);
        params.limit(limit, 200);
        params.throwIfAny();
        return tasks.inbox(agency, wanted, dueStates, cursor, limit, caller.actor());
    }

    /** The due states asked for, each value read on its own; a wrong one is named as dueState. */
    private static Set<DueState> dueStates(QueryParams params, List<String> given) {
        Set<DueState> states = EnumSet.noneOf(DueState.class);
        for (String value : given == null ? List.<String>of() : given) {
            for (String one : value == null ? new String[0] : value.split(",", -1)) {
                DueState state = params.enumValue("dueState", one, DueState.class);
                if (state != null) {
                    states.add(state);
                }
            }
        }
        return states;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.PARTNER_SYSTEM})
    @Path("/{id}")
    @Operation(summary = "One task of the caller's agency",
            description = "Officers, leaders and partner systems of the task's agency; 404 for anyone else.")
    public TaskView get(@PathParam("id") UUID id) {
        return tasks.get(id, caller.actor());
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.PARTNER_SYSTEM})
    @Path("/{id}/claim")
    @Operation(summary = "Claim an open task of the caller's agency for the caller",
            description = "An officer or the partner system of the task's agency (no body); 404 for another "
                    + "agency's task.")
    public TaskView claim(@PathParam("id") UUID id) {
        return audited(tasks.claim(id, caller.actor()));
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.PARTNER_SYSTEM})
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the outcome of a task",
            description = "APPROVE (the deciding step must carry the procedure's required resultFields), REJECT "
                    + "(note = reason), REQUEST_SUPPLEMENT (missingItems; pauses the clock), REQUEST_PAYMENT "
                    + "(amount in VND; pauses the clock). An officer or the partner system of the task's agency, "
                    + "recorded as who completed it; 404 for another agency's task.")
    public TaskView complete(@PathParam("id") UUID id,
                             @NotNull(message = "a JSON body is required") @Valid CompletionRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        switch (request.outcome()) {
            case "REJECT" -> {
                if (request.note() == null || request.note().isBlank()) {
                    violations.add(new Problem.Violation("note", "the reason of a rejection is required"));
                }
            }
            case "REQUEST_SUPPLEMENT" -> {
                if (request.missingItems() == null || request.missingItems().isEmpty()) {
                    violations.add(new Problem.Violation("missingItems", "list what the applicant must add"));
                }
            }
            case "REQUEST_PAYMENT" -> {
                if (request.amount() == null) {
                    violations.add(new Problem.Violation("amount", "the fee or tax amount in VND is required"));
                } else if (request.amount() <= 0) {
                    violations.add(new Problem.Violation("amount", "the amount must be above 0 VND"));
                }
            }
            default -> {
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("incomplete outcome", violations);
        }
        Actor actor = caller.actor();
        return audited(tasks.complete(id, new Completion(request.outcome(), request.note(), request.resultData(),
                request.missingItems(), request.supplementDeadline(), request.amount(), actor.name()), actor));
    }
}
