package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** intake-service's fees of a dossier as its applicant uses them: list, pay online, print a receipt. */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1/dossiers/{code}/fees")
@Produces(MediaType.APPLICATION_JSON)
public interface PaymentApi {

    /** For whoever may read the dossier; 404 otherwise. */
    @GET
    List<Fees.Obligation> fees(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);

    /**
     * The applicant or their representative starts paying online: 201 (or 200, an open attempt answered
     * again) with the gateway's {@code payUrl}; 409 obligation-not-due or payment-in-progress, 503
     * payment-unavailable, 403 someone else, 404 a dossier the caller may not read.
     */
    @POST
    @Path("/{id}/payments")
    Fees.Payment pay(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
                     @PathParam("id") String obligation);

    /** The electronic receipt (PDF) of a paid obligation; 409 while unpaid. */
    @GET
    @Path("/{id}/receipt")
    @Produces({"application/pdf", "application/problem+json"})
    Response receipt(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
                     @PathParam("id") String obligation);
}
