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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** intake-service's API as a citizen's own pages use it: submit, follow, supplement, print the receipt. */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CitizenIntakeApi {

    /** A procedure or bundle with its components; for a bundle, those of the chosen options. */
    @GET
    @Path("/procedures/{id}")
    SubmissionForm.Entry procedure(@PathParam("id") String id, @QueryParam("options") String options);

    /** The service centres where a dossier may be handed in (any of them receives any of the province). */
    @GET
    @Path("/agencies")
    SubmissionForm.Centres centres(@QueryParam("receivesDossiers") String receivesDossiers);

    /** 201 with the dossier; a retry with the same Idempotency-Key answers the first dossier again. */
    @POST
    @Path("/dossiers")
    @Consumes(MediaType.APPLICATION_JSON)
    CitizenDossier submit(@HeaderParam("Authorization") String authorization,
                          @HeaderParam("Idempotency-Key") String idempotencyKey, SubmissionForm.Request request);

    @GET
    @Path("/dossiers/{code}")
    CitizenDossier dossier(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);

    @POST
    @Path("/dossiers/{code}/supplements")
    @Consumes(MediaType.APPLICATION_JSON)
    CitizenDossier supplement(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
                              SubmissionForm.Supplement supplement);

    /** The receipt and appointment slip (PDF), for whoever may track the dossier. */
    @GET
    @Path("/dossiers/{code}/receipt")
    @Produces({"application/pdf", "application/problem+json"})
    Response receipt(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);
}
