package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** intake-service's Circular 01/2018 forms besides the receipt: the apology letter (form 04), for whoever may read the dossier. */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1/dossiers/{code}")
public interface IntakeFormsApi {

    /** 409 no-apology until intake has learnt of the letter processing issued. */
    @GET
    @Path("/apology-letter")
    @Produces({"application/pdf", "application/problem+json"})
    Response apologyLetter(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);
}
