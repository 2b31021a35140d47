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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.onestop.portal.api.CitizenDossier;
import vn.onestop.portal.api.CitizenIntakeApi;
import vn.onestop.portal.api.CitizenRatingApi;
import vn.onestop.portal.api.SubmissionForm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One of the citizen's dossiers: its status, due date, timeline and results; its receipt (the PDF
 * passed through with the citizen's token); the answer to a request for a supplement; and the rating
 * of the service, the page a receipt's rating link opens (intake prints {@code <base><code>/ratings}
 * with the base set to this portal's {@code /my/dossiers/}). Intake and rating decide who may see and
 * do what: the portal calls them with the citizen's own token.
 */
@Path("/my/dossiers/{code}")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class MyDossierPage {

    private static final String FILE_PREFIX = "file-";
    /** The levels and answers of rating's API, best first. */
    static final List<String> LEVELS = List.of("VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED",
            "VERY_DISSATISFIED");
    static final List<String> ANSWERS = List.of("YES", "PARTLY", "NO");
    static final List<String> FACTORS = List.of("access", "procedure", "officials", "result", "feedbackHandling");
    static final List<String> QUESTIONS = List.of("oneStop", "procedurePublished", "officialsAttitude",
            "feedbackHandling", "onlineService");

    /** The rating page: {@code invitation} null while not invited; {@code rating} the one given, if any. */
    public record RatingForm(String code, CitizenRatingApi.Invitation invitation, CitizenRatingApi.Rating rating,
                             boolean saved, String idempotencyKey, CitizenForms.Errors errors) {

        public List<String> levels() {
            return LEVELS;
        }

        public List<String> answers() {
            return ANSWERS;
        }

        public List<String> factors() {
            return FACTORS;
        }

        public List<String> questions() {
            return QUESTIONS;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dossier(CitizenDossier dossier, boolean submitted, boolean supplemented);

        static native TemplateInstance supplement(CitizenDossier dossier, List<SubmissionForm.Field> fields,
                                                  CitizenForms.Errors errors);

        static native TemplateInstance rating(RatingForm form);
    }

    @Inject
    @RestClient
    CitizenIntakeApi intake;

    @Inject
    @RestClient
    CitizenRatingApi rating;

    @Inject
    CitizenLogin login;

    @Inject
    View view;

    @GET
    public TemplateInstance dossier(@PathParam("code") String code, @QueryParam("submitted") boolean submitted,
                                    @QueryParam("supplemented") boolean supplemented) {
        return Templates.dossier(find(code), submitted, supplemented).setLocale(view.locale());
    }

    @GET
    @Path("/receipt")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response receipt(@PathParam("code") String code) {
        return CitizenForms.pdf("receipt of " + code, () -> intake.receipt(login.bearer(), code));
    }

    @GET
    @Path("/supplement")
    public Response supplementForm(@PathParam("code") String code) {
        CitizenDossier dossier = find(code);
        if (!dossier.supplementRequested()) {
            return Response.seeOther(URI.create("/my/dossiers/" + code)).build();
        }
        return supplementPage(dossier, CitizenForms.Errors.none());
    }

    @POST
    @Path("/supplement")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response supplement(@PathParam("code") String code, @RestForm(FileUpload.ALL) List<FileUpload> files) {
        CitizenDossier dossier = find(code);
        List<SubmissionForm.Part> parts = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.name() != null && file.name().startsWith(FILE_PREFIX) && file.size() > 0) {
                parts.add(new SubmissionForm.Part(file.name().substring(FILE_PREFIX.length()), file.fileName(),
                        file.contentType(), base64(file), null));
            }
        }
        if (parts.isEmpty()) {
            return supplementPage(dossier, new CitizenForms.Errors(java.util.Map.of("components", "missing"),
                    List.of()));
        }
        try {
            CitizenForms.send("supplement of " + code,
                    () -> intake.supplement(login.bearer(), code, new SubmissionForm.Supplement(parts)));
            return Response.seeOther(URI.create("/my/dossiers/" + code + "?supplemented=true")).build();
        } catch (CitizenForms.Refused refused) {
            return supplementPage(dossier, refused.errors);
        }
    }

    @GET
    @Path("/ratings")
    public TemplateInstance ratingForm(@PathParam("code") String code, @QueryParam("saved") boolean saved) {
        return Templates.rating(ratingForm(code, saved, CitizenForms.Errors.none())).setLocale(view.locale());
    }

    @POST
    @Path("/ratings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("code") String code, @RestForm("idempotencyKey") String idempotencyKey,
                         @RestForm("overall") String overall,
                         @RestForm("access") String access, @RestForm("procedure") String procedure,
                         @RestForm("officials") String officials, @RestForm("result") String result,
                         @RestForm("feedbackHandling") String feedbackHandling,
                         @RestForm("q.oneStop") String oneStop, @RestForm("q.procedurePublished") String published,
                         @RestForm("q.officialsAttitude") String attitude,
                         @RestForm("q.feedbackHandling") String handled, @RestForm("q.onlineService") String online,
                         @RestForm("comment") String comment) {
        CitizenRatingApi.RatingRequest request = new CitizenRatingApi.RatingRequest(level(overall),
                new CitizenRatingApi.Factors(level(access), level(procedure), level(officials), level(result),
                        level(feedbackHandling)),
                new CitizenRatingApi.Answers(answer(oneStop), answer(published), answer(attitude), answer(handled),
                        answer(online)),
                comment == null || comment.isBlank() ? null : comment.strip());
        String key = CitizenForms.keyOf(idempotencyKey);
        try {
            CitizenForms.send("rating of " + code, () -> rating.rate(login.bearer(), key, code, request));
            return Response.seeOther(URI.create("/my/dossiers/" + code + "/ratings?saved=true")).build();
        } catch (CitizenForms.Refused refused) {
            RatingForm form = ratingForm(code, false, refused.errors);
            return CitizenForms.html(Templates.rating(new RatingForm(code, form.invitation(), form.rating(), false, key,
                    refused.errors)).setLocale(view.locale()).render());
        }
    }

    private RatingForm ratingForm(String code, boolean saved, CitizenForms.Errors errors) {
        CitizenRatingApi.Invitation invitation;
        try {
            invitation = Apis.call("rating invitation of " + code, () -> rating.invitation(login.bearer(), code));
        } catch (PageException e) {
            if (e.status() != 404) {
                throw e;
            }
            // not invited (yet), or not this citizen's dossier: rating says the same to both
            return new RatingForm(code, null, null, false, CitizenForms.newKey(), errors);
        }
        CitizenRatingApi.Ratings given = Apis.call("rating of " + code, () -> rating.ratings(login.bearer(), code));
        CitizenRatingApi.Rating last = given.items() == null || given.items().isEmpty() ? null
                : given.items().get(given.items().size() - 1);
        return new RatingForm(code, invitation, last, saved, CitizenForms.newKey(), errors);
    }

    private CitizenDossier find(String code) {
        return Apis.call("dossier " + code, () -> intake.dossier(login.bearer(), code));
    }

    private Response supplementPage(CitizenDossier dossier, CitizenForms.Errors errors) {
        SubmissionForm.Entry entry = Apis.call("procedure " + dossier.procedureId(),
                () -> intake.procedure(dossier.procedureId(), null));
        // a supplement may carry any of the procedure's published components, none of them required
        List<SubmissionForm.Field> fields = SubmissionForm.fields(entry, java.util.Set.of()).stream()
                .map(f -> new SubmissionForm.Field(f.code(), f.name(), f.nameEn(), false, f.formats(), f.maxSizeBytes()))
                .toList();
        return CitizenForms.html(Templates.supplement(dossier, fields, errors).setLocale(view.locale()).render());
    }

    /** A value of the form's choices, or null (rating's API names the field that is missing). */
    private static String level(String value) {
        return value != null && LEVELS.contains(value) ? value : null;
    }

    private static String answer(String value) {
        return value != null && ANSWERS.contains(value) ? value : null;
    }

    private static String base64(FileUpload file) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded " + file.name(), e);
        }
    }
}
