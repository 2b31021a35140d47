package vn.onestop.intake.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.service.ComponentScans;
import vn.onestop.intake.dossier.service.DossierAcceptance;
import vn.onestop.intake.dossier.service.RefusalRequest;
import vn.onestop.intake.dossier.service.DossierQuery;
import vn.onestop.intake.dossier.service.DossierService;
import vn.onestop.intake.dossier.service.DossierSubmission;
import vn.onestop.intake.dossier.service.DossierSummary;
import vn.onestop.intake.dossier.service.DossierSupplements;
import vn.onestop.intake.dossier.service.ScanRequest;
import vn.onestop.intake.dossier.service.DossierView;
import vn.onestop.intake.dossier.service.DossierWithdrawal;
import vn.onestop.intake.dossier.service.SubmissionOutcome;
import vn.onestop.intake.dossier.service.SubmissionRequest;
import vn.onestop.intake.dossier.service.SupplementRequest;
import vn.onestop.platform.audit.AuditSubject;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.IdempotencyKeys;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.platform.rest.Roles;

import java.time.OffsetDateTime;
import java.util.List;

@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    static final String EXAMPLE_P1 = """
            {"procedureId": "P1", "channel": "ONLINE", "receivingAgency": "002.01.20.H22",
             "applicant": {"type": "CITIZEN", "fullName": "Nguyễn Văn An", "idNumber": "001203004567",
                           "email": "an@example.vn", "phone": "0912345678", "notify": ["EMAIL", "SMS"]},
             "components": [
               {"code": "BIRTH_REGISTRATION_FORM", "fileName": "to-khai.pdf", "mediaType": "application/pdf", "contentBase64": "JVBERi0xLjQK"},
               {"code": "BIRTH_NOTICE", "fileName": "giay-chung-sinh.pdf", "mediaType": "application/pdf", "contentBase64": "JVBERi0xLjQK"},
               {"code": "REQUESTER_ID", "fileName": "cccd.pdf", "mediaType": "application/pdf", "contentBase64": "JVBERi0xLjQK"}]}""";

    static final String EXAMPLE_BUNDLE = """
            {"procedureId": "BIRTH_BUNDLE", "channel": "ONLINE", "receivingAgency": "002.01.20.H22",
             "applicant": {"type": "CITIZEN", "fullName": "Đặng Thu Trang", "idNumber": "079188004321"},
             "components": [
               {"code": "BIRTH_REGISTRATION_FORM", "mediaType": "application/pdf", "contentBase64": "JVBERi0xLjQK"},
               {"code": "BIRTH_NOTICE", "mediaType": "application/pdf", "contentBase64": "JVBERi0xLjQK"},
               {"code": "REQUESTER_ID", "mediaType": "application/pdf", "contentBase64": "JVBERi0xLjQK"},
               {"code": "RESIDENCE_CHANGE_FORM", "mediaType": "application/pdf", "contentBase64": "JVBERi0xLjQK"},
               {"code": "HEALTH_INSURANCE_FORM", "mediaType": "application/pdf", "contentBase64": "JVBERi0xLjQK"}]}""";

    private final DossierService dossiers;
    private final DossierSubmission submission;
    private final DossierWithdrawal withdrawal;
    private final DossierSupplements supplements;
    private final ComponentScans scans;
    private final DossierAcceptance acceptance;
    private final MultipartSubmissions uploads;
    private final Caller caller;
    private final AuditSubject audit;

    DossierResource(DossierService dossiers, DossierSubmission submission, DossierWithdrawal withdrawal,
                    DossierSupplements supplements, ComponentScans scans, DossierAcceptance acceptance,
                    MultipartSubmissions uploads, Caller caller, AuditSubject audit) {
        this.scans = scans;
        this.acceptance = acceptance;
        this.caller = caller;
        this.audit = audit;
        this.dossiers = dossiers;
        this.submission = submission;
        this.withdrawal = withdrawal;
        this.supplements = supplements;
        this.uploads = uploads;
    }

    @POST
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Submit a dossier with its files as multipart parts",
            description = "Part 'dossier': the submission JSON (components may carry documentRef); every file part is "
                    + "a component named by its code, with its media type and file name. Same rules and answer as "
                    + "the JSON submission, and the same callers.")
    public Response submitMultipart(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                    @RestForm("dossier") String dossier,
                                    @RestForm(FileUpload.ALL) List<FileUpload> files,
                                    UriInfo uri) {
        SubmissionRequest request = uploads.merge(dossier, files);
        return submit(idempotencyKey, request, uri);
    }

    @POST
    @RolesAllowed(Roles.CENTRE_STAFF)
    @Path("/{code}/acceptance")
    @Operation(summary = "Accept an online submission",
            description = "The receiving centre's counter staff receive a dossier filed online that waits for them "
                    + "(national status 1): it becomes RECEIVED (2), its promise runs from now, processing starts "
                    + "(DossierSubmitted) and the applicant is notified. A bundle is accepted as a whole, through its "
                    + "parent. 409 not-awaiting-acceptance otherwise.")
    public DossierView accept(@PathParam("code") String code) {
        return acceptance.accept(code, caller.actor());
    }

    @POST
    @RolesAllowed(Roles.CENTRE_STAFF)
    @Path("/{code}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse an online submission at intake",
            description = "The receiving centre's counter staff do not receive a dossier filed online (national "
                    + "status 3): with missingItems, the one written guidance of what to add (form 02); without, a "
                    + "refusal with its reason (form 03). DossierRefused, the applicant notified, the slip at "
                    + "GET /api/v1/dossiers/{code}/refusal-slip. A bundle is refused as a whole, through its parent.")
    public DossierView refuse(@PathParam("code") String code,
                              @NotNull(message = "a JSON body is required") @Valid RefusalRequest request) {
        return acceptance.refuse(code, request, caller.actor());
    }

    @PUT
    @RolesAllowed(Roles.CENTRE_STAFF)
    @Path("/{code}/components/{component}/scan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Scan a component handed in on paper",
            description = "The receiving centre's counter staff store the scan of a component received on paper "
                    + "(digitization state 0): it becomes digitized (state 1, source SCAN) and DossierComponentDigitized "
                    + "is published. Checked against the component's published formats and size (422 invalid-scan). The "
                    + "same scan again answers as before; another one once digitized is a 409 already-digitized.")
    public DossierView scan(@PathParam("code") String code, @PathParam("component") String component,
                            @NotNull(message = "a JSON body is required") @Valid ScanRequest request) {
        return scans.scan(code, component, request, caller.actor());
    }

    @POST
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF})
    @Path("/{code}/supplements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Supplement a dossier",
            description = "Accepted only while the agency's supplement request is open (national status 5), once per "
                    + "round; the components must be in the procedure's published list. By the applicant, their "
                    + "representative or the receiving centre's counter staff.")
    public DossierView supplement(@PathParam("code") String code,
                                  @NotNull(message = "a JSON body is required") @Valid SupplementRequest request) {
        return supplements.supplement(code, request, caller.actor());
    }

    @POST
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a dossier",
            description = "Receives a dossier, allocates its code and announces it to the processing agencies. "
                    + "A retry with the same Idempotency-Key returns the first answer and creates nothing. A citizen "
                    + "files ONLINE or POSTAL for themselves or as the representative named in the request; counter "
                    + "staff file COUNTER and POSTAL dossiers at their own centre.")
    public Response submit(
            @Parameter(description = "Unique per submission attempt, reused on retries", required = true)
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "birth registration", summary = "P1 at a ward centre, three PDFs",
                            value = EXAMPLE_P1),
                    @ExampleObject(name = "birth bundle", summary = "P1 + P2 + P3: the birth certificate is not asked",
                            value = EXAMPLE_BUNDLE)}))
            @NotNull(message = "a JSON body is required") @Valid SubmissionRequest request,
            UriInfo uri) {
        SubmissionOutcome outcome = submission.submit(IdempotencyKeys.require(idempotencyKey), request, caller.actor());
        audit.is(outcome.dossier().code());
        return Response.status(Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("api/v1/dossiers").path(outcome.dossier().code()).build())
                .header("Idempotency-Replayed", outcome.replayed())
                .entity(outcome.dossier())
                .build();
    }

    @POST
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF})
    @Path("/{code}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a dossier",
            description = "Allowed while the dossier is not decided; withdrawing a bundle withdraws its open members. "
                    + "Withdrawing twice answers the same. By the applicant, their representative or the receiving "
                    + "centre's counter staff.")
    public DossierView withdraw(@PathParam("code") String code,
                                @NotNull(message = "a JSON body with the reason is required") @Valid WithdrawalRequest request) {
        return withdrawal.withdraw(code, request.reason(), caller.actor());
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Operation(summary = "List dossiers",
            description = "Newest first, only what the caller may see: a citizen their own (as applicant or "
                    + "representative), counter staff what their centre received, officers and leaders what their "
                    + "agency is competent for (naming another agency is a 403). Filters: competent agency, status, "
                    + "reception period [from, to). Follow nextCursor for the next page.")
    public Page<DossierSummary> list(@QueryParam("agency") String agency, @QueryParam("status") String status,
                                     @QueryParam("receivedFrom") String receivedFrom,
                                     @QueryParam("receivedTo") String receivedTo,
                                     @QueryParam("cursor") String cursor,
                                     @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams params = new QueryParams();
        DossierStatus wanted = params.enumValue("status", status, DossierStatus.class);
        params.limit(limit, 200);
        OffsetDateTime from = params.dateTime("receivedFrom", receivedFrom);
        OffsetDateTime to = params.dateTime("receivedTo", receivedTo);
        params.throwIfAny();
        return dossiers.list(new DossierQuery(agency, wanted, from, to, cursor, limit), caller.actor());
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Path("/{code}")
    @Operation(summary = "Track a dossier", description = "Status, national status code, result and timeline; for "
            + "its applicant or representative, the receiving centre, and the competent agency.")
    public DossierView get(@PathParam("code") String code) {
        return dossiers.find(code, caller.actor()).orElseThrow(() -> ProblemException.notFound("Dossier", code));
    }
}
