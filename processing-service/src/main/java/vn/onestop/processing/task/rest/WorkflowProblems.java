package vn.onestop.processing.task.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.onestop.platform.rest.Problem;
import vn.onestop.processing.task.service.CaseNotFound;
import vn.onestop.processing.task.service.TaskNotFound;
import vn.onestop.processing.task.service.WorkflowRefused;

import java.util.List;

/** What the workflow refuses is the client's problem: 404 for what does not exist, 409/422 otherwise. */
public class WorkflowProblems {

    @ServerExceptionMapper
    public Response refused(WorkflowRefused e, UriInfo uri) {
        if (e.refusal() != null && !e.refusal().resultDataViolations().isEmpty()) {
            return respond(new Problem(Problem.type("invalid-result-data"), "Result data cannot be issued", 422,
                    e.getMessage(), uri.getPath(), e.refusal().resultDataViolations().stream()
                    .map(v -> new Problem.Violation("resultData." + v.field(), v.message())).toList()));
        }
        return respond(new Problem(Problem.type("workflow-refused"), "Not possible now", 409, e.getMessage(),
                uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public Response caseNotFound(CaseNotFound e, UriInfo uri) {
        return respond(new Problem(Problem.type("not-found"), "Case not found", 404, e.getMessage(), uri.getPath(),
                List.of()));
    }

    @ServerExceptionMapper
    public Response taskNotFound(TaskNotFound e, UriInfo uri) {
        return respond(new Problem(Problem.type("not-found"), "Task not found", 404, e.getMessage(), uri.getPath(),
                List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
