package vn.onestop.processing.task.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.processing.task.domain.Task;
import vn.onestop.processing.task.service.Completion;
import vn.onestop.processing.task.service.TaskService;
import vn.onestop.processing.task.service.TaskView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    private final TaskService tasks;

    TaskResource(TaskService tasks) {
        this.tasks = tasks;
    }

    public record ClaimRequest(@NotBlank @Size(max = 200) String officer) {
    }

    @GET
    @Operation(summary = "An agency's inbox", description = "Oldest due first; follow nextCursor for the next page.")
    public Page<TaskView> inbox(@QueryParam("agency") String agency, @QueryParam("status") String status,
                                @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams params = new QueryParams();
        Task.Status wanted = params.enumValue("status", status, Task.Status.class);
        params.limit(limit, 200);
        params.throwIfAny();
        return tasks.inbox(agency, wanted, cursor, limit);
    }

    @GET
    @Path("/{id}")
    public TaskView get(@PathParam("id") UUID id) {
        return tasks.get(id);
    }

    @POST
    @Path("/{id}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim an open task for an officer")
    public TaskView claim(@PathParam("id") UUID id, @NotNull(message = "a JSON body is required") @Valid ClaimRequest request) {
        return tasks.claim(id, request.officer());
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the outcome of a task",
            description = "APPROVE (the deciding step must carry the procedure's required resultFields), REJECT "
                    + "(note = reason), REQUEST_SUPPLEMENT (missingItems; pauses the clock), REQUEST_PAYMENT "
                    + "(amount in VND; pauses the clock).")
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
                }
            }
            default -> {
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("incomplete outcome", violations);
        }
        return tasks.complete(id, new Completion(request.outcome(), request.note(), request.resultData(),
                request.missingItems(), request.supplementDeadline(), request.amount(), request.completedBy()));
    }
}
