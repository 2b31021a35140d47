package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** intake-service's dossier API, as the officer's workspace uses it, with the officer's token. */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1/dossiers/{code}")
@Produces(MediaType.APPLICATION_JSON)
public interface OfficerIntakeApi {

    @GET
    OfficerDossier dossier(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);

    /** The stored file of a component (whatever media type it was received with). */
    @GET
    @Path("/components/{component}/file")
    @Produces(MediaType.WILDCARD)
    Response componentFile(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
                           @PathParam("component") String component);
}
