package vn.onestop.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import vn.onestop.portal.api.CitizenRatingApi;

/** Feedback or a complaint about a dossier or an agency, sent to rating-service in the citizen's name. */
@Path("/my/feedback")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class FeedbackPage {

    /** The form; {@code sent} the feedback rating received (then the page says so and shows its due date). */
    public record Form(String kind, String dossierCode, String text, String idempotencyKey,
                       CitizenRatingApi.Feedback sent, CitizenForms.Errors errors) {

        public boolean complaint() {
            return "COMPLAINT".equals(kind);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedback(Form form);
    }

    @Inject
    @RestClient
    CitizenRatingApi rating;

    @Inject
    CitizenLogin login;

    @Inject
    View view;

    @GET
    public TemplateInstance form(@QueryParam("dossier") String dossier) {
        return Templates.feedback(new Form("FEEDBACK", dossier == null ? "" : dossier.strip(), "",
                CitizenForms.newKey(), null, CitizenForms.Errors.none())).setLocale(view.locale());
    }

    /** A reload or a double click sends the same key: rating answers with the same feedback. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance send(@RestForm("kind") String kind, @RestForm("dossierCode") String dossierCode,
                                 @RestForm("text") String text, @RestForm("idempotencyKey") String idempotencyKey) {
        String k = "COMPLAINT".equals(kind) ? "COMPLAINT" : "FEEDBACK";
        String code = dossierCode == null || dossierCode.isBlank() ? null : dossierCode.strip();
        String words = text == null ? "" : text.strip();
        String key = CitizenForms.keyOf(idempotencyKey);
        try {
            CitizenRatingApi.Feedback sent = CitizenForms.send("feedback", () -> rating.feedback(login.bearer(), key,
                    new CitizenRatingApi.FeedbackRequest(k, code, null, words)));
            return Templates.feedback(new Form(k, code == null ? "" : code, words, key, sent,
                    CitizenForms.Errors.none())).setLocale(view.locale());
        } catch (CitizenForms.Refused refused) {
            return Templates.feedback(new Form(k, code == null ? "" : code, words, key, null, refused.errors))
                    .setLocale(view.locale());
        }
    }
}
