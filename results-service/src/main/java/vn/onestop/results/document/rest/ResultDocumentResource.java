package vn.onestop.results.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Roles;
import vn.onestop.results.document.service.ResultDocuments;

import java.util.UUID;

@Path("/api/v1/results/{id}/document")
public class ResultDocumentResource {

    static final String PDF = "application/pdf";

    private final ResultDocuments documents;
    private final Caller caller;

    ResultDocumentResource(ResultDocuments documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Produces(PDF)
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.ADMIN})
    @Operation(summary = "The result document, PDF",
            description = "The kind of result and its number, the owner, the result data, issue date and validity, "
                    + "the signer and the signing key, and a QR code of the verification link; a revoked result says "
                    + "so across the top. For the result's owner, counter staff (who print it) and administrators; "
                    + "404 for anyone else.")
    public Response document(@PathParam("id") UUID id) {
        ResultDocuments.Document document = documents.pdf(id, caller.actor());
        String file = "ket-qua-" + document.number().replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf";
        return Response.ok(document.pdf(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .build();
    }
}
