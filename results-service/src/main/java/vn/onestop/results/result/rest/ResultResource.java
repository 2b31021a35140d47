package vn.onestop.results.result.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;
import vn.onestop.results.result.service.ResultQueries;
import vn.onestop.results.result.service.ResultRevocation;
import vn.onestop.results.result.service.ResultVerifier;
import vn.onestop.results.result.service.ResultView;
import vn.onestop.results.result.service.Verification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final ResultQueries results;
    private final ResultVerifier verifier;
    private final ResultRevocation revocation;
    private final Caller caller;

    ResultResource(ResultQueries results, ResultVerifier verifier, ResultRevocation revocation, Caller caller) {
        this.results = results;
        this.verifier = verifier;
        this.revocation = revocation;
        this.caller = caller;
    }

    @GET
    @Path("/results/{id}")
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.ADMIN})
    @Operation(summary = "One issued result",
            description = "With its validity, SHA-256, signature and key id, the verification link, the link of "
                    + "its PDF document, its revocation and its handover to the applicant. For its owner (the "
                    + "citizen it was issued to), counter staff and administrators; 404 for anyone else.")
    public ResultView get(@PathParam("id") UUID id) {
        return results.find(id, caller.actor());
    }

    @GET
    @Path("/dossiers/{code}/results")
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.ADMIN})
    @Operation(summary = "The results issued for a dossier",
            description = "Counter staff and administrators see them all (an empty list while none is issued). A "
                    + "citizen sees their own, and gets 404 when there is none of theirs: the same answer for an "
                    + "unknown dossier, one with no result yet, and one whose results are someone else's.")
    public Page<ResultView> forDossier(@PathParam("code") String code) {
        return Page.last(results.forDossier(code, caller.actor()));
    }

    @GET
    @Path("/results/verify")
    @PermitAll
    @Operation(summary = "Check a result's authenticity, revocation and validity, without logging in",
            description = "The link printed as a QR code on every result. valid = the result exists, the SHA-256 "
                    + "is the one of its canonical form, its signature verifies with the key recorded with it, and it "
                    + "is not revoked, and its validity has not ended (expired=true: authentic but no longer valid). "
                    + "An unknown result is answered valid=false, not 404. With the right SHA-256 the answer names "
                    + "the result (number, kind, issuer, issuedAt, validUntil; nothing about its owner); with "
                    + "documentSha256, documentMatches says whether a PDF copy is the result's document unchanged.")
    public Verification verify(@Parameter(description = "The result's id") @QueryParam("id") String id,
                               @Parameter(description = "SHA-256 of the result's canonical form, hex")
                               @QueryParam("sha256") String sha256,
                               @Parameter(description = "SHA-256 of a PDF copy of the result's document, hex (optional)")
                               @QueryParam("documentSha256") String documentSha256) {
        List<Problem.Violation> violations = new ArrayList<>();
        UUID resultId = null;
        if (id == null || id.isBlank()) {
            violations.add(new Problem.Violation("id", "is required"));
        } else {
            try {
                resultId = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation("id", "must be a result id (UUID)"));
            }
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            violations.add(new Problem.Violation("sha256", "must be 64 hexadecimal digits"));
        }
        if (documentSha256 != null && !SHA256.matcher(documentSha256).matches()) {
            violations.add(new Problem.Violation("documentSha256", "must be 64 hexadecimal digits"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("invalid verification parameters", violations);
        }
        return verifier.verify(resultId, sha256, documentSha256);
    }

    @POST
    @Path("/results/{id}/revocation")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a result's revocation (an administrator)",
            description = "Records who asks (the caller), when and why; the result stays valid until a second "
                    + "administrator approves (POST .../revocation/approval). 409 while a request waits or once "
                    + "revoked.")
    public ResultView requestRevocation(@PathParam("id") UUID id,
                                        @NotNull(message = "a JSON body with the reason is required")
                                        @Valid RevocationRequest request) {
        return revocation.request(id, request.reason().strip(), caller.actor());
    }

    @POST
    @Path("/results/{id}/revocation/approval")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a requested revocation (a second administrator)",
            description = "Names the request approved by its requestedAt (as the result shows it); not by the one "
                    + "who asked (403). The result is revoked by the caller, for the reason asked, and stops verifying "
                    + "for good. 409 when nothing waits, when the request waiting is another one, or once revoked.")
    public ResultView approveRevocation(@PathParam("id") UUID id,
                                        @NotNull(message = "a JSON body naming the request (requestedAt) is required")
                                        @Valid RevocationApproval approval) {
        return revocation.approve(id, approval.requestedAt(), caller.actor());
    }

    @DELETE
    @Path("/results/{id}/revocation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Withdraw a requested revocation (an administrator)",
            description = "The result stays valid and nothing waits any more. 409 when nothing waits or once revoked.")
    public ResultView withdrawRevocation(@PathParam("id") UUID id) {
        return revocation.withdraw(id, caller.actor());
    }
}
