package vn.onestop.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;

/** results-service's results of a dossier, their handover, and the blocked results (docs/results.md). */
@RegisterRestClient(configKey = "results")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface HandoverApi {

    /** Counter staff and administrators see every dossier's results; a citizen their own. */
    @GET
    @Path("/dossiers/{code}/results")
    Results results(@HeaderParam("Authorization") String authorization, @PathParam("code") String dossierCode);

    /** Counter staff only; once per result (a second one is a 409). */
    @POST
    @Path("/results/{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    Handed handOver(@HeaderParam("Authorization") String authorization, @PathParam("id") String resultId,
                    Handover handover);

    /** Operators and administrators: approved dossiers whose result cannot be issued yet, oldest first. */
    @GET
    @Path("/blocked-results")
    Blocked blocked(@HeaderParam("Authorization") String authorization, @QueryParam("limit") Integer limit);

    record Results(List<Result> items) {
    }

    record Result(String id, String number, String kind, String procedureId, String dossierCode, String issuer,
                  OffsetDateTime issuedAt, String ownerName, boolean revoked, Returned returned) {

        /** Not handed over yet and still valid: the counter may hand it over. */
        public boolean awaitsHandover() {
            return returned == null && !revoked;
        }
    }

    record Returned(String channel, String receivedBy, String receiverIdNumber, String proof,
                    OffsetDateTime returnedAt, String handedOverBy) {
    }

    /** {@code proof}: the signed handover slip's reference, the postal tracking number (POSTAL), ... */
    record Handover(String channel, String receivedBy, String receiverIdNumber, String proof) {
    }

    record Handed(String id, String resultId, String number, String dossierCode, String channel, String proof) {
    }

    /** A result data field at fault and what is wrong with it. */
    record Violation(String field, String message) {
    }

    record Blocked(List<BlockedResult> items) {
    }

    record BlockedResult(String dossierId, String dossierCode, String procedureId, String issuer, String reason,
                         List<Violation> violations, int attempts, OffsetDateTime blockedAt,
                         OffsetDateTime updatedAt) {
    }
}
