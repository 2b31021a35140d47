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
import vn.onestop.portal.api.CitizenResultsApi;
import vn.onestop.portal.api.CounterIntakeApi;
import vn.onestop.portal.api.SubmissionForm;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Submitting a procedure or a bundle online: the form built from the catalog (a file or a document
 * of the e-document store for each published component, a bundle's options), the applicant's id number
 * and name from the login (not the login's e-mail: the contact for notices is the applicant's choice), the guidance of what is missing shown before anything is sent, and a hidden
 * Idempotency-Key so that a double click files one dossier. Then the dossier's page.
 */
@Path("/my/submit/{procedureId}")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SubmitPage {

    /** What the form shows; {@code guidance} and {@code errors} empty on a new form. */
    public record Form(SubmissionForm.Entry entry, List<SubmissionForm.Field> fields, Set<String> options,
                       List<SubmissionForm.Centre> centres, List<CitizenResultsApi.Document> documents,
                       String idempotencyKey, String fullName, String idNumber, String email, String phone,
                       String centre, List<SubmissionForm.Finding> guidance, CitizenForms.Errors errors,
                       SubmissionDetails details, String subjectBasis, List<CounterIntakeApi.Unit> subjectUnits) {

        /** A field of the applicant's own: as the representative when they file for someone else. */
        public String selfError(String field) {
            return errors.of((details.representing() ? "representative." : "applicant.") + field);
        }

        /** A field of the person represented: intake names them the applicant. */
        public String principalError(String field) {
            return details.representing() ? errors.of("applicant." + field) : "";
        }

        public boolean chosen(String option) {
            return options.contains(option);
        }

        /** The API's violation about a component, "" when none. */
        public String componentError(String code) {
            return errors.of("components." + code);
        }

        public String optionList() {
            return String.join(",", options);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Form form);
    }

    @Inject
    @RestClient
    CitizenIntakeApi intake;

    @Inject
    @RestClient
    CitizenResultsApi results;

    @Inject
    @RestClient
    CounterIntakeApi catalog;

    @Inject
    CitizenLogin login;

    @Inject
    View view;

    @GET
    public TemplateInstance form(@PathParam("procedureId") String procedureId,
                                 @QueryParam("options") List<String> options) {
        Set<String> chosen = SubmissionFiles.options(options);
        SubmissionForm.Entry entry = entry(procedureId, chosen);
        String basis = subjectBasis(entry);
        return Templates.form(new Form(entry, SubmissionForm.fields(entry, chosen), chosen, centres(), documents(),
                CitizenForms.newKey(), login.fullName(), login.idNumber(), "", "", "", List.of(),
                CitizenForms.Errors.none(), SubmissionDetails.none(), basis, subjectUnits(basis)))
                .setLocale(view.locale());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@PathParam("procedureId") String procedureId,
                           @RestForm("idempotencyKey") String idempotencyKey,
                           @RestForm("fullName") String fullName, @RestForm("email") String email,
                           @RestForm("phone") String phone, @RestForm("centre") String centre,
                           @RestForm("options") String options, @RestForm("ref") List<String> refs,
                           @RestForm("principalName") String principalName,
                           @RestForm("principalIdNumber") String principalIdNumber,
                           @RestForm("relation") String relation, @RestForm("subjectUnit") String subjectUnit,
                           @RestForm(FileUpload.ALL) List<FileUpload> files) {
        Set<String> chosen = SubmissionFiles.options(options == null ? List.of() : List.of(options));
        SubmissionForm.Entry entry = entry(procedureId, chosen);
        List<SubmissionForm.Field> fields = SubmissionForm.fields(entry, chosen);

        SubmissionFiles sent = SubmissionFiles.read(files, refs);
        String basis = subjectBasis(entry);
        SubmissionDetails details = SubmissionDetails.read(SubmissionDetails.ONLINE, basis,
                fields.stream().map(SubmissionForm.Field::code).toList(), null, principalName, principalIdNumber,
                relation, subjectUnit, List.of());

        String key = CitizenForms.keyOf(idempotencyKey);
        Form again = new Form(entry, fields, chosen, centres(), documents(), key, blank(fullName), login.idNumber(),
                blank(email), blank(phone), blank(centre), List.of(), CitizenForms.Errors.none(), details, basis,
                subjectUnits(basis));
        List<SubmissionForm.Finding> guidance = SubmissionForm.guidance(fields, details.given(sent.given()));
        if (!guidance.isEmpty()) {
            return render(withGuidance(again, guidance, CitizenForms.Errors.none()));
        }

        SubmissionForm.Request request = details.request(entry, SubmissionDetails.ONLINE, again.centre(),
                details.online(again.fullName(), login.idNumber(), nullIfBlank(again.email()), nullIfBlank(again.phone())),
                sent.parts(), chosen);
        try {
            CitizenDossier dossier = CitizenForms.send("submission of " + procedureId,
                    () -> intake.submit(login.bearer(), key, request));
            return Response.seeOther(URI.create("/my/dossiers/" + dossier.code() + "?submitted=true")).build();
        } catch (CitizenForms.Refused refused) {
            return render(withGuidance(again, List.of(), refused.errors));
        }
    }

    private Response render(Form form) {
        return CitizenForms.html(Templates.form(form).setLocale(view.locale()).render());
    }

    private static Form withGuidance(Form f, List<SubmissionForm.Finding> guidance, CitizenForms.Errors errors) {
        return new Form(f.entry(), f.fields(), f.options(), f.centres(), f.documents(), f.idempotencyKey(), f.fullName(),
                f.idNumber(), f.email(), f.phone(), f.centre(), guidance, errors, f.details(), f.subjectBasis(),
                f.subjectUnits());
    }

    private String subjectBasis(SubmissionForm.Entry entry) {
        return SubmissionDetails.subjectBasis(entry, id -> Apis.call("procedure " + id, () -> intake.procedure(id, null)));
    }

    /** The communes where a procedure's subject may be, for one decided there; none otherwise. */
    private List<CounterIntakeApi.Unit> subjectUnits(String basis) {
        if (basis == null) {
            return List.of();
        }
        CounterIntakeApi.Units units = Apis.call("administrative units", () -> catalog.units(CounterReceivePage.COMMUNE));
        return units.items() == null ? List.of() : units.items();
    }

    private SubmissionForm.Entry entry(String procedureId, Set<String> chosen) {
        SubmissionForm.Entry entry = Apis.call("procedure " + procedureId,
                () -> intake.procedure(procedureId, chosen.isEmpty() ? null : String.join(",", chosen)));
        if (!entry.online()) {
            throw new PageException(404, procedureId + " is not filed online");
        }
        return entry;
    }

    private List<SubmissionForm.Centre> centres() {
        SubmissionForm.Centres centres = Apis.call("service centres", () -> intake.centres("true"));
        return centres.items() == null ? List.of() : centres.items();
    }

    /** The citizen's documents to reuse; the form works without them when results does not answer. */
    private List<CitizenResultsApi.Document> documents() {
        if (login.idNumber().isEmpty()) {
            return List.of();
        }
        try {
            CitizenResultsApi.Documents page = Apis.call("e-document store",
                    () -> results.documents(login.bearer(), login.idNumber(), null, 50));
            return page.items() == null ? List.of() : page.items().stream().filter(d -> !d.revoked()).toList();
        } catch (PageException unavailable) {
            return List.of();
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
