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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.onestop.portal.api.Catalog;
import vn.onestop.portal.api.CitizenDossier;
import vn.onestop.portal.api.CitizenIntakeApi;
import vn.onestop.portal.api.CitizenResultsApi;
import vn.onestop.portal.api.CounterIntakeApi;
import vn.onestop.portal.api.ScanApi;
import vn.onestop.portal.api.SubmissionForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The counter's mode of the submission form: staff receive the dossier of an applicant who walks in.
 * The form is the citizen's ({@link SubmitPage}: built from the catalog, the guidance of what is
 * missing shown before anything is sent, a hidden Idempotency-Key, a file per component), but the
 * applicant is typed in by the staff member, the channel is COUNTER and the receiving centre is the
 * staff's own (the {@code agency} claim of their token). Then the dossier's page with its code, its
 * due date and the receipt printed through the portal. Every call carries the staff's token: intake
 * lets only a centre's own counter staff file a COUNTER dossier there and print its receipt.
 */
@Path("/office/counter/receive")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CounterReceivePage {

    static final String COMMUNE = "COMMUNE";
    static final String SCAN_MISSING = "MISSING";
    private static final int CATALOG_PAGE = 100;
    private static final int CATALOG_PAGES = 10;

    public record Applicant(String fullName, String idNumber, String phone, String email, String unit) {

        static Applicant empty() {
            return new Applicant("", "", "", "", "");
        }
    }

    /** What the form shows; {@code guidance} and {@code errors} empty on a new form. */
    public record Form(SubmissionForm.Entry entry, List<SubmissionForm.Field> fields, Set<String> options,
                       String centre, String centreName, List<CounterIntakeApi.Unit> units, String idempotencyKey,
                       Applicant applicant, List<SubmissionForm.Finding> guidance, CitizenForms.Errors errors,
                       SubmissionDetails details, String subjectBasis) {

        public List<String> applicantTypes() {
            return SubmissionDetails.APPLICANT_TYPES;
        }

        /** The API's violation about the representative's field ("representative.idNumber"), "" when none. */
        public String representativeError(String field) {
            return errors.of("representative." + field);
        }

        public boolean chosen(String option) {
            return options.contains(option);
        }

        public String optionList() {
            return String.join(",", options);
        }

        /** Nothing of an e-document store at the counter: the applicant hands the papers in. */
        public List<CitizenResultsApi.Document> documents() {
            return List.of();
        }

        /** The API's violation about a field of the applicant ("applicant.phone"), "" when none. */
        public String applicantError(String field) {
            return errors.of("applicant." + field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance procedures(List<Catalog.Summary> procedures, String centre);

        static native TemplateInstance form(Form form);

        static native TemplateInstance received(CitizenDossier dossier, boolean received, String scanned,
                                                CitizenForms.Errors errors);
    }

    @Inject
    @RestClient
    CitizenIntakeApi intake;

    @Inject
    @RestClient
    CounterIntakeApi catalog;

    @Inject
    @RestClient
    ScanApi scans;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    View view;

    /** The procedures a counter receives (the catalog's COUNTER channel). */
    @GET
    public TemplateInstance procedures() {
        String centre = centre();
        List<Catalog.Summary> counter = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < CATALOG_PAGES; page++) {
            String at = cursor;
            Catalog.Page found = Apis.call("catalog", () -> catalog.procedures(at, CATALOG_PAGE));
            found.items().stream().filter(p -> p.channels() != null && p.channels().contains("COUNTER"))
                    .forEach(counter::add);
            cursor = found.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return Templates.procedures(counter, centre).setLocale(view.locale());
    }

    @GET
    @Path("/{procedureId}")
    public TemplateInstance form(@PathParam("procedureId") String procedureId,
                                 @QueryParam("options") List<String> options) {
        String centre = centre();
        Set<String> chosen = SubmissionFiles.options(options);
        SubmissionForm.Entry entry = entry(procedureId, chosen);
        return Templates.form(new Form(entry, SubmissionForm.fields(entry, chosen), chosen, centre, centreName(centre),
                units(), CitizenForms.newKey(), Applicant.empty(), List.of(), CitizenForms.Errors.none(),
                SubmissionDetails.none(), subjectBasis(entry))).setLocale(view.locale());
    }

    @POST
    @Path("/{procedureId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response receive(@PathParam("procedureId") String procedureId,
                            @RestForm("idempotencyKey") String idempotencyKey,
                            @RestForm("fullName") String fullName, @RestForm("idNumber") String idNumber,
                            @RestForm("phone") String phone, @RestForm("email") String email,
                            @RestForm("unit") String unit, @RestForm("options") String options,
                            @RestForm("applicantType") String applicantType,
                            @RestForm("representativeName") String representativeName,
                            @RestForm("representativeIdNumber") String representativeIdNumber,
                            @RestForm("relation") String relation, @RestForm("subjectUnit") String subjectUnit,
                            @RestForm("paper") List<String> paper,
                            @RestForm(FileUpload.ALL) List<FileUpload> files) {
        String centre = centre();
        Set<String> chosen = SubmissionFiles.options(options == null ? List.of() : List.of(options));
        SubmissionForm.Entry entry = entry(procedureId, chosen);
        List<SubmissionForm.Field> fields = SubmissionForm.fields(entry, chosen);
        // nothing of the e-document store at the counter: the files handed in only
        SubmissionFiles sent = SubmissionFiles.read(files, List.of());
        String basis = subjectBasis(entry);
        SubmissionDetails details = SubmissionDetails.read(SubmissionDetails.COUNTER, basis,
                fields.stream().map(SubmissionForm.Field::code).toList(), applicantType, representativeName,
                representativeIdNumber, relation, subjectUnit, paper);
        Applicant applicant = new Applicant(blank(fullName), blank(idNumber), blank(phone), blank(email), blank(unit));
        String key = CitizenForms.keyOf(idempotencyKey);
        List<SubmissionForm.Finding> guidance = SubmissionForm.guidance(fields, details.given(sent.given()));
        if (!guidance.isEmpty()) {
            return render(new Form(entry, fields, chosen, centre, centreName(centre), units(), key, applicant, guidance,
                    CitizenForms.Errors.none(), details, basis));
        }
        SubmissionForm.Request request = details.request(entry, SubmissionDetails.COUNTER, centre,
                details.counter(applicant.fullName(), applicant.idNumber(), nullIfBlank(applicant.email()),
                        nullIfBlank(applicant.phone()), nullIfBlank(applicant.unit())), sent.parts(), chosen);
        try {
            CitizenDossier dossier = CitizenForms.send("counter submission of " + procedureId,
                    () -> intake.submit(bearer(), key, request));
            return Response.seeOther(URI.create("/office/counter/receive/dossiers/" + dossier.code() + "?received=true"))
                    .build();
        } catch (CitizenForms.Refused refused) {
            return render(new Form(entry, fields, chosen, centre, centreName(centre), units(), key, applicant, List.of(),
                    refused.errors, details, basis));
        }
    }

    /** The dossier just received: its code, due date and the receipt to print. */
    @GET
    @Path("/dossiers/{code}")
    public TemplateInstance received(@PathParam("code") String code, @QueryParam("received") boolean received,
                                     @QueryParam("scanned") String scanned) {
        CitizenDossier dossier = Apis.call("dossier " + code, () -> intake.dossier(bearer(), code));
        return Templates.received(dossier, received, scanned, CitizenForms.Errors.none()).setLocale(view.locale());
    }

    /**
     * The scan of a component handed in on paper: intake stores it (its receiving centre's counter
     * staff only) and the component is digitized; a scan it refuses comes back next to the component.
     */
    @POST
    @Path("/dossiers/{code}/components/{component}/scan")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response scan(@PathParam("code") String code, @PathParam("component") String component,
                         @RestForm("scan") FileUpload file) {
        if (!component.matches("[A-Z0-9_]{1,64}")) {
            throw new PageException(404, "no component " + component);
        }
        try {
            if (file == null || file.size() == 0) {
                // the page words it (forms:scan_missing)
                throw new CitizenForms.Refused(new CitizenForms.Errors(java.util.Map.of("components." + component,
                        SCAN_MISSING), List.of()));
            }
            ScanApi.Scan scan = new ScanApi.Scan(file.fileName(), file.contentType(), SubmissionFiles.base64(file));
            CitizenForms.send("scan of " + code + " " + component, () -> scans.scan(bearer(), code, component, scan));
            return Response.seeOther(URI.create("/office/counter/receive/dossiers/" + code + "?scanned=" + component))
                    .build();
        } catch (CitizenForms.Refused refused) {
            // intake names the scan's content (contentBase64): the page shows why next to the component
            CitizenForms.Errors errors = refused.errors.fields().containsKey("components." + component) ? refused.errors
                    : new CitizenForms.Errors(java.util.Map.of("components." + component,
                    String.join("; ", refused.errors.summary())), refused.errors.summary());
            CitizenDossier dossier = Apis.call("dossier " + code, () -> intake.dossier(bearer(), code));
            return CitizenForms.html(Templates.received(dossier, false, null, errors).setLocale(view.locale()).render());
        }
    }

    /** intake's receipt and appointment slip (Circular 01/2018 form 01), printed with the staff's token. */
    @GET
    @Path("/dossiers/{code}/receipt")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response receipt(@PathParam("code") String code) {
        return CitizenForms.pdf("receipt of " + code, () -> intake.receipt(bearer(), code));
    }

    private Response render(Form form) {
        return CitizenForms.html(Templates.form(form).setLocale(view.locale()).render());
    }

    private SubmissionForm.Entry entry(String procedureId, Set<String> chosen) {
        SubmissionForm.Entry entry = Apis.call("procedure " + procedureId,
                () -> intake.procedure(procedureId, chosen.isEmpty() ? null : String.join(",", chosen)));
        if (!entry.counter()) {
            throw new PageException(404, procedureId + " is not received at a counter");
        }
        return entry;
    }

    private String subjectBasis(SubmissionForm.Entry entry) {
        return SubmissionDetails.subjectBasis(entry, id -> Apis.call("procedure " + id, () -> intake.procedure(id, null)));
    }

    /** The communes an applicant may live in, for a procedure decided where they live. */
    private List<CounterIntakeApi.Unit> units() {
        CounterIntakeApi.Units units = Apis.call("administrative units", () -> catalog.units(COMMUNE));
        return units.items() == null ? List.of() : units.items();
    }

    private String centreName(String centre) {
        SubmissionForm.Centres centres = Apis.call("service centres", () -> intake.centres("true"));
        return (centres.items() == null ? List.<SubmissionForm.Centre>of() : centres.items()).stream()
                .filter(c -> c.code().equals(centre)).findFirst()
                .map(c -> view.name(c.name(), c.nameEn())).orElse(centre);
    }

    /** The staff's own centre: the agency of their token (intake refuses any other centre anyway). */
    private String centre() {
        return AccessTokenClaims.claim(accessToken.getToken(), "agency")
                .orElseThrow(() -> new PageException(403, "receiving: the user belongs to no service centre"));
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
