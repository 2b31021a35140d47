package vn.onestop.results.edocument.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.platform.rest.Roles;
import vn.onestop.results.edocument.service.CitizenDocument;
import vn.onestop.results.edocument.service.CitizenDocuments;
import vn.onestop.results.result.domain.ResultKind;

@Path("/api/v1/citizens/{idNumber}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class CitizenDocumentResource {

    private final CitizenDocuments documents;
    private final Caller caller;

    CitizenDocumentResource(CitizenDocuments documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF})
    @Operation(summary = "A citizen's e-document store",
            description = "Every result issued to the owner of this id number (certified electronic copies, P13, "
                    + "included), newest first, with its provenance (dossier, issuing agency), validity, revocation "
                    + "and verification link. Follow nextCursor for the next page. For the citizen with this id "
                    + "number (another citizen: 403) and counter staff, who reuse a walk-in applicant's documents.")
    public Page<CitizenDocument> list(@PathParam("idNumber") String idNumber,
                                      @Parameter(description = "Only results of this kind") @QueryParam("kind") String kind,
                                      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
                                      String cursor,
                                      @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams params = new QueryParams();
        ResultKind resultKind = params.enumValue("kind", kind, ResultKind.class);
        params.limit(limit, 200);
        params.throwIfAny();
        return documents.of(idNumber, resultKind, cursor == null || cursor.isBlank() ? null : cursor, limit,
                caller.actor());
    }
}
