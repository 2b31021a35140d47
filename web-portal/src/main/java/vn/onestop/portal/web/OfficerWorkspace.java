package vn.onestop.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import vn.onestop.portal.api.ApiProblem;
import vn.onestop.portal.api.Catalog;
import vn.onestop.portal.api.DeadlineExplanation;
import vn.onestop.portal.api.IntakeApi;
import vn.onestop.portal.api.OfficerDossier;
import vn.onestop.portal.api.OfficerIntakeApi;
import vn.onestop.portal.api.OfficerProcessingApi;
import vn.onestop.portal.api.Tasks;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The officer's workspace: the agency's inbox, a task with its dossier, and the outcome of the task.
 * As on every logged-in page, the portal decides nothing: processing and intake are called with the
 * officer's own token and answer only what the officer's agency may see and do; their refusals
 * (problem+json) are shown next to the fields they name.
 */
@Path("/officer")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class OfficerWorkspace {

    private static final int PAGE_SIZE = 50;
    private static final Set<String> STATUSES = Set.of("OPEN", "CLAIMED", "DONE", "CANCELLED");
    private static final Set<String> SHOWN = Set.of("application/pdf", "image/png", "image/jpeg");
    private static final Set<String> OUTCOMES = Set.of("APPROVE", "REJECT", "REQUEST_SUPPLEMENT", "REQUEST_PAYMENT");

    /** {@code status}: the tab shown ("" for every status). */
    public record Inbox(Tasks.Page page, String status, String cursor) {
    }

    /**
     * One input of the approval's result-fields form: the field's name, the input type its format asks
     * for, the value given and the API's violation of it ("" when none).
     */
    public record Field(String name, String type, boolean required, String input, String value, String error) {

        public boolean yesNo() {
            return "BOOLEAN".equals(type);
        }

        public boolean personalId() {
            return "PERSONAL_ID".equals(type);
        }

        public boolean number() {
            return "number".equals(input);
        }
    }

    /**
     * The task page: the task, its dossier, the due date's explanation, the procedure's published
     * components (the supplement checklist), the approval's fields; after a refused outcome, which
     * outcome, the API's violations by field and its detail.
     */
    public record Workspace(Tasks.Task task, OfficerDossier dossier, DeadlineExplanation deadline,
                            List<Catalog.Component> checklist, List<Field> fields, String tried,
                            Map<String, String> errors, String refusal, Map<String, String> given,
                            List<String> missing) {

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        public String given(String field) {
            return given.getOrDefault(field, "");
        }

        public boolean checked(String item) {
            return missing.contains(item);
        }

        public boolean triedThis(String outcome) {
            return outcome.equals(tried);
        }

        /**
         * The dossier waits for the applicant (a supplement or a payment asked at this step): the
         * step stays open and resumes when they answer; nothing is decided meanwhile. The case's
         * status comes with the due date's explanation, from processing itself (intake learns it later).
         */
        public boolean paused() {
            return deadline != null && ("SUPPLEMENT_REQUESTED".equals(deadline.status())
                    || "AWAITING_PAYMENT".equals(deadline.status()));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Inbox inbox);

        static native TemplateInstance task(Workspace workspace);
    }

    @Inject
    @RestClient
    OfficerProcessingApi processing;

    @Inject
    @RestClient
    OfficerIntakeApi intake;

    @Inject
    @RestClient
    IntakeApi catalog;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    View view;

    @GET
    @Path("/tasks")
    public TemplateInstance inbox(@QueryParam("status") String status, @QueryParam("cursor") String cursor) {
        // an unknown tab is the default one, rather than an error page
        String tab = status == null ? "OPEN" : STATUSES.contains(status) ? status : "";
        String after = cursor == null || cursor.isBlank() ? null : cursor;
        Tasks.Page page = Apis.call("inbox", () -> processing.inbox(bearer(), tab.isEmpty() ? null : tab, after, PAGE_SIZE));
        return Templates.inbox(new Inbox(page, tab, after)).setLocale(view.locale());
    }

    @GET
    @Path("/tasks/{id}")
    public TemplateInstance task(@PathParam("id") String id) {
        return render(workspace(id, null, Map.of(), null, Map.of(), List.of()));
    }

    @POST
    @Path("/tasks/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("id") String id) {
        try {
            Apis.call("task " + id, () -> refusedAsIs(() -> processing.claim(bearer(), id)));
        } catch (Refused refused) {
            return page(refused.status, workspace(id, "CLAIM", refused.errors, refused.detail, Map.of(), List.of()));
        }
        return seeOther("/officer/tasks/" + id);
    }

    /**
     * One form per outcome, each naming its {@code outcome}; the result fields come as pairs of
     * {@code field} (the name) and {@code value}, in the form's order (a yes/no field is a select, so
     * every field sends a value and the pairs stay aligned).
     */
    @POST
    @Path("/tasks/{id}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") String id, @RestForm("outcome") String outcome,
                             @RestForm("note") String note, @RestForm("field") List<String> names,
                             @RestForm("value") List<String> values, @RestForm("missing") List<String> missing,
                             @RestForm("missingOther") String missingOther, @RestForm("amount") String amount) {
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new PageException(400, "no such outcome: " + outcome);
        }
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, Object> resultData = new LinkedHashMap<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            String value = values != null && i < values.size() ? values.get(i).strip() : "";
            given.put(names.get(i), value);
            if (!value.isEmpty()) {
                resultData.put(names.get(i), value);
            }
        }
        given.put("note", blankToEmpty(note));
        given.put("amount", blankToEmpty(amount));
        given.put("missingOther", blankToEmpty(missingOther));
        List<String> items = new ArrayList<>(missing == null ? List.of() : missing);
        if (missingOther != null && !missingOther.isBlank()) {
            items.add(missingOther.strip());
        }
        Long vnd = null;
        if ("REQUEST_PAYMENT".equals(outcome) && !blankToEmpty(amount).isEmpty()) {
            try {
                vnd = Long.valueOf(amount.strip());
            } catch (NumberFormatException notAWholeNumber) {
                return page(400, workspace(id, outcome, Map.of("amount", view.english()
                        ? "a whole number of đồng" : "số tiền là số nguyên (đồng)"), null, given, items));
            }
        }
        Tasks.Completion completion = switch (outcome) {
            case "APPROVE" -> new Tasks.Completion(outcome, nullIfBlank(note), typed(id, resultData), null, null);
            case "REJECT" -> new Tasks.Completion(outcome, nullIfBlank(note), null, null, null);
            case "REQUEST_SUPPLEMENT" -> new Tasks.Completion(outcome, nullIfBlank(note), null, items, null);
            default -> new Tasks.Completion(outcome, nullIfBlank(note), null, null, vnd);
        };
        try {
            Apis.call("task " + id, () -> refusedAsIs(() -> processing.complete(bearer(), id, completion)));
        } catch (Refused refused) {
            return page(refused.status, workspace(id, outcome, refused.errors, refused.detail, given,
                    missing == null ? List.of() : missing));
        }
        return seeOther("/officer/tasks/" + id);
    }

    /** A component's file, passed through from intake with the officer's token (intake decides who may read it). */
    @GET
    @Path("/dossiers/{code}/components/{component}/file")
    @Produces(MediaType.WILDCARD)
    public Response componentFile(@PathParam("code") String code, @PathParam("component") String component) {
        try (Response answer = intake.componentFile(bearer(), code, component)) {
            byte[] content = answer.readEntity(byte[].class);
            MediaType type = answer.getMediaType();
            // a PDF or a picture opens in the browser; anything else an applicant sent is saved, never shown
            boolean shown = type != null && SHOWN.contains(type.getType() + "/" + type.getSubtype());
            String disposition = answer.getHeaderString("Content-Disposition");
            if (!shown) {
                disposition = "attachment" + (disposition == null ? "" : disposition.replaceFirst("^[^;]*", ""));
            }
            return Response.ok(content, type).header("Content-Disposition", disposition)
                    .header("X-Content-Type-Options", "nosniff").build();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
            throw new PageException(status == 404 || status == 403 || status == 401 ? 404 : 502,
                    "component file " + code + "/" + component + ": intake answered " + status);
        } catch (ProcessingException e) {
            throw new PageException(503, "intake-service does not answer", e);
        }
    }

    private Workspace workspace(String id, String tried, Map<String, String> errors, String refusal,
                                Map<String, String> given, List<String> missing) {
        Tasks.Task task = Apis.call("task " + id, () -> processing.task(bearer(), id));
        OfficerDossier dossier = Apis.call("dossier " + task.dossierCode(), () -> intake.dossier(bearer(), task.dossierCode()));
        DeadlineExplanation deadline;
        try {
            deadline = Apis.call("deadline of " + task.dossierCode(), () -> processing.deadline(bearer(), task.dossierId()));
        } catch (PageException none) {
            // the task can still be worked without the explanation; the page says there is none
            deadline = null;
        }
        List<Catalog.Component> checklist;
        try {
            Catalog.Entry entry = Apis.call("procedure " + task.procedureId(), () -> catalog.procedure(task.procedureId()));
            checklist = entry.components() == null ? List.of() : entry.components();
        } catch (PageException none) {
            checklist = List.of();
        }
        List<Field> fields = new ArrayList<>();
        for (Tasks.ResultField f : task.resultFields() == null ? List.<Tasks.ResultField>of() : task.resultFields()) {
            fields.add(new Field(f.name(), f.type(), f.required(), inputType(f.type()),
                    given.getOrDefault(f.name(), ""), errors.getOrDefault("resultData." + f.name(), "")));
        }
        return new Workspace(task, dossier, deadline, checklist, fields, tried, errors, refusal, given, missing);
    }

    /** The HTML input a result field's format asks for; the API checks the value either way. */
    public static String inputType(String type) {
        if (type == null) {
            return "text";
        }
        return switch (type) {
            case "DATE" -> "date";
            case "AMOUNT_VND", "COUNT" -> "number";
            default -> "text";
        };
    }

    /**
     * The values as the result fields' types ask (a form sends text): whole numbers for amounts and
     * counts, true/false for yes/no; a value that is not one is sent as typed, for the API to name.
     */
    private Map<String, Object> typed(String id, Map<String, Object> given) {
        if (given.isEmpty()) {
            return null;
        }
        Tasks.Task task = Apis.call("task " + id, () -> processing.task(bearer(), id));
        Map<String, Object> typed = new LinkedHashMap<>(given);
        for (Tasks.ResultField f : task.resultFields() == null ? List.<Tasks.ResultField>of() : task.resultFields()) {
            Object value = given.get(f.name());
            if (!(value instanceof String text)) {
                continue;
            }
            if ("AMOUNT_VND".equals(f.type()) || "COUNT".equals(f.type())) {
                try {
                    typed.put(f.name(), Long.valueOf(text));
                } catch (NumberFormatException notANumber) {
                    typed.put(f.name(), text);
                }
            } else if ("BOOLEAN".equals(f.type()) && (text.equals("true") || text.equals("false"))) {
                typed.put(f.name(), Boolean.valueOf(text));
            }
        }
        return typed;
    }

    private TemplateInstance render(Workspace workspace) {
        return Templates.task(workspace).setLocale(view.locale());
    }

    private Response page(int status, Workspace workspace) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(workspace).render()).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The API's refusal of what the officer asked (400 invalid, 409 not possible now, 422 invalid
     * result data): shown on the task page; every other answer is the error page's ({@link Apis}).
     */
    private static <T> T refusedAsIs(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 400 || status == 409 || status == 422) {
                ApiProblem problem = ApiProblem.of(e).orElse(null);
                throw new Refused(status, problem == null ? Map.of() : problem.byField(),
                        problem == null ? null : problem.detail());
            }
            throw e;
        }
    }

    private static final class Refused extends RuntimeException {
        private final int status;
        private final Map<String, String> errors;
        private final String detail;

        Refused(int status, Map<String, String> errors, String detail) {
            super(null, null, false, false);
            this.status = status;
            this.errors = errors;
            this.detail = detail;
        }
    }
}
