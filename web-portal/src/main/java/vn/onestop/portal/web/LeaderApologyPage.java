package vn.onestop.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import vn.onestop.portal.api.ApiProblem;
import vn.onestop.portal.api.DeadlineExplanation;
import vn.onestop.portal.api.IntakeFormsApi;
import vn.onestop.portal.api.LeaderApologyApi;
import vn.onestop.portal.api.OfficerDossier;
import vn.onestop.portal.api.OfficerIntakeApi;
import vn.onestop.portal.api.OfficerProcessingApi;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The leader's apology letter with a new return date (Circular 01/2018 form 04, BRIEF §5): for a
 * dossier of the overdue or nearly due list, or one found by its code, the leader gives the new date
 * and the reason; processing decides (a leader of the competent agency, once per dossier, before
 * the deadline, a later date) and intake prints the letter, which the page opens through the portal.
 * Every call carries the leader's token.
 */
@Path("/office/leader/apology")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class LeaderApologyPage {

    /** The form as sent (the date as the field held it), to show it again with its errors. */
    public record ApologyForm(String newDueAt, String reason) {
    }

    /**
     * The page of a dossier: its current deadline, the form, the errors by field (processing's names:
     * newDueAt, reason) with all of them in a summary, and whether the letter was just issued or is
     * still being prepared by intake.
     */
    public record ApologyView(OfficerDossier dossier, DeadlineExplanation deadline, ApologyForm form,
                              Map<String, String> errors, List<String> summary, boolean issued, boolean pending) {

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        /** A letter was issued for this dossier (processing counts them). */
        public boolean hasLetter() {
            return deadline.apologies() > 0;
        }

        /**
         * The letter was asked for and intake could not print it yet: "being prepared" only when
         * processing counts a letter (intake learns of it from processing's event, a moment later).
         * intake answers the same 409 for a dossier that has none, which is then offered the form.
         */
        public boolean letterPending() {
            return pending && hasLetter();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lookup(String code);

        static native TemplateInstance apology(ApologyView view);
    }

    @Inject
    @RestClient
    OfficerIntakeApi intake;

    @Inject
    @RestClient
    IntakeFormsApi forms;

    @Inject
    @RestClient
    OfficerProcessingApi processing;

    @Inject
    @RestClient
    LeaderApologyApi apologies;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    View view;

    /** Find a dossier by its code (the overdue list links straight to a dossier's page). */
    @GET
    public Response lookup(@QueryParam("code") String code) {
        if (code != null && !code.isBlank()) {
            return Response.seeOther(UriBuilder.fromPath("/office/leader/apology/{code}").build(code.strip())).build();
        }
        return CitizenForms.html(Templates.lookup("").setLocale(view.locale()).render());
    }

    @GET
    @Path("/{code}")
    public TemplateInstance apology(@PathParam("code") String code, @QueryParam("issued") boolean issued,
                                    @QueryParam("pending") boolean pending) {
        OfficerDossier dossier = dossier(code);
        DeadlineExplanation deadline = deadline(dossier);
        ApologyForm form = new ApologyForm(ApologyDate.field(deadline.dueAt(), View.PROVINCE), "");
        return Templates.apology(new ApologyView(dossier, deadline, form, Map.of(), List.of(), issued, pending))
                .setLocale(view.locale());
    }

    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apologise(@PathParam("code") String code, @RestForm("newDueAt") String newDueAt,
                              @RestForm("reason") String reason) {
        OfficerDossier dossier = dossier(code);
        ApologyForm form = new ApologyForm(newDueAt == null ? "" : newDueAt.strip(), reason == null ? "" : reason.strip());
        Optional<OffsetDateTime> date = ApologyDate.parse(newDueAt, View.PROVINCE);
        if (date.isEmpty()) {
            String why = words().new_due_invalid();
            return again(400, dossier, form, Map.of("newDueAt", why), List.of(why));
        }
        try {
            Apis.call("apology", () -> {
                try {
                    return apologies.apologise(bearer(), dossier.id(),
                            new LeaderApologyApi.Apology(date.get().toString(), form.reason()));
                } catch (WebApplicationException e) {
                    int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
                    if (status == 400 || status == 409 || status == 422) {
                        throw new Refused(status, ApiProblem.of(e).orElse(null));
                    }
                    throw e;
                }
            });
        } catch (Refused refused) {
            return again(refused.status, dossier, form, refused.errors(), refused.summary());
        }
        return Response.seeOther(UriBuilder.fromPath("/office/leader/apology/{code}").queryParam("issued", "true")
                .build(dossier.code())).build();
    }

    /** intake's apology letter, printed with the leader's token; intake learns of it from processing's event. */
    @GET
    @Path("/{code}/letter")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response letter(@PathParam("code") String code) {
        try {
            return CitizenForms.pdf("apology letter of " + code, () -> {
                try {
                    return forms.apologyLetter(bearer(), code);
                } catch (WebApplicationException e) {
                    if (e.getResponse() != null && e.getResponse().getStatus() == 409) {
                        throw new NotYet();
                    }
                    throw e;
                }
            });
        } catch (NotYet notYet) {
            return Response.seeOther(UriBuilder.fromPath("/office/leader/apology/{code}").queryParam("pending", "true")
                    .build(code)).build();
        }
    }

    private Response again(int status, OfficerDossier dossier, ApologyForm form, Map<String, String> errors,
                           List<String> summary) {
        ApologyView again = new ApologyView(dossier, deadline(dossier), form, errors, summary, false, false);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.apology(again).setLocale(view.locale()).render()).build();
    }

    private OfficerDossier dossier(String code) {
        return Apis.call("dossier " + code, () -> intake.dossier(bearer(), code));
    }

    private DeadlineExplanation deadline(OfficerDossier dossier) {
        return Apis.call("deadline of " + dossier.code(), () -> processing.deadline(bearer(), dossier.id()));
    }

    private CounterMessages words() {
        return view.english()
                ? MessageBundles.get(CounterMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(CounterMessages.class);
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    /** intake has not learnt of the letter yet (409 no-apology): the page says so. */
    private static final class NotYet extends RuntimeException {
        NotYet() {
            super(null, null, false, false);
        }
    }

    /**
     * processing refused the letter: its violations by field, or (409, a refusal of the date: once,
     * before the deadline, later than it) its reason, shown next to the date.
     */
    private static final class Refused extends RuntimeException {
        private final int status;
        private final transient ApiProblem problem;

        Refused(int status, ApiProblem problem) {
            super(null, null, false, false);
            this.status = status;
            this.problem = problem;
        }

        Map<String, String> errors() {
            if (problem == null) {
                return Map.of();
            }
            Map<String, String> errors = new LinkedHashMap<>(problem.byField());
            if (errors.isEmpty() && problem.detail() != null) {
                errors.put("newDueAt", problem.detail());
            }
            return errors;
        }

        List<String> summary() {
            return CitizenForms.Errors.from(problem, status).summary();
        }
    }
}
