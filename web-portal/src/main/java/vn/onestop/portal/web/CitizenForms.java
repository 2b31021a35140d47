package vn.onestop.portal.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.onestop.portal.api.ApiProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the citizen's forms share: a call that sends a form (a refusal of the form's content comes back
 * to the form, each violation next to its field and all of them in a summary), the hidden
 * Idempotency-Key of a form, and a PDF passed through from a service.
 */
final class CitizenForms {

    private CitizenForms() {
    }

    /** The API refused what the form sent (400, 409, 413, 422): the form is shown again with why. */
    static final class Refused extends RuntimeException {
        final transient Errors errors;

        Refused(Errors errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }

    /** The violations by field (the API's names, e.g. components.BIRTH_NOTICE) and a summary of all. */
    public record Errors(Map<String, String> fields, List<String> summary) {

        static Errors none() {
            return new Errors(Map.of(), List.of());
        }

        static Errors from(ApiProblem problem, int status) {
            if (problem == null) {
                return new Errors(Map.of(), List.of("HTTP " + status));
            }
            Map<String, String> fields = new LinkedHashMap<>(problem.byField());
            List<String> summary = new ArrayList<>();
            if (problem.violations() == null || problem.violations().isEmpty()) {
                summary.add(problem.detail() == null ? problem.title() : problem.detail());
            } else {
                problem.violations().forEach(v -> summary.add((v.field() == null ? "" : v.field() + ": ") + v.message()));
            }
            return new Errors(fields, summary);
        }

        public boolean any() {
            return !summary.isEmpty() || !fields.isEmpty();
        }

        /** The violation of a field, "" when none. */
        public String of(String field) {
            return fields.getOrDefault(field, "");
        }

        /** The violation of a component of the form (the API names it components.CODE). */
        public String component(String code) {
            return of("components." + code);
        }
    }

    /** Sends a form's content; what the service refuses in it comes back as {@link Refused}. */
    static <T> T send(String what, Supplier<T> call) {
        return Apis.call(what, () -> {
            try {
                return call.get();
            } catch (WebApplicationException e) {
                int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
                if (status == 400 || status == 409 || status == 413 || status == 422) {
                    throw new Refused(Errors.from(ApiProblem.of(e).orElse(null), status));
                }
                throw e;
            }
        });
    }

    /** A new form's key: a double click or a reload sends the same key, and the service answers once. */
    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The key a form came back with, or a new one when it carries none that looks like ours. */
    static String keyOf(String given) {
        return given != null && given.matches("[0-9a-fA-F-]{36}") ? given : newKey();
    }

    /** A service's PDF, passed through as it came (its file name included). */
    static Response pdf(String what, Supplier<Response> call) {
        try (Response answer = Apis.call(what, call)) {
            byte[] pdf = answer.readEntity(byte[].class);
            Response.ResponseBuilder out = Response.ok(pdf, "application/pdf");
            String disposition = answer.getHeaderString("Content-Disposition");
            if (disposition != null) {
                out.header("Content-Disposition", disposition);
            }
            return out.build();
        }
    }

    static Response html(String page) {
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
