package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;

/** results-service's e-document store, as a citizen's own pages use it. */
@RegisterRestClient(configKey = "results")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CitizenResultsApi {

    /** Every result issued to the person with this id number, newest first (only that person may list them). */
    @GET
    @Path("/citizens/{idNumber}/documents")
    Documents documents(@HeaderParam("Authorization") String authorization, @PathParam("idNumber") String idNumber,
                        @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    record Documents(List<Document> items, String nextCursor) {
    }

    record Document(String id, String number, String kind, String procedureId, String dossierCode, String issuer,
                    OffsetDateTime issuedAt, OffsetDateTime validUntil, boolean revoked, String verifyUrl,
                    String documentUrl) {
    }
}
