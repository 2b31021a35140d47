package vn.onestop.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** intake-service's public API, as the pages use it (docs/catalog.md, the tracking link). */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface IntakeApi {

    /** The keyword matches with or without Vietnamese diacritics (intake folds them). */
    @GET
    @Path("/procedures")
    Catalog.Page procedures(@QueryParam("keyword") String keyword, @QueryParam("cursor") String cursor,
                            @QueryParam("limit") Integer limit);

    @GET
    @Path("/procedures/{id}")
    Catalog.Entry procedure(@PathParam("id") String id);

    /** The dossiers the token's user may see, newest first (a citizen: their own). */
    @GET
    @Path("/dossiers")
    MyDossiers.Page dossiers(@HeaderParam("Authorization") String authorization, @QueryParam("limit") Integer limit);

    /** No login: the secret of the receipt's QR code; no personal data in the answer. */
    @GET
    @Path("/tracking/{secret}")
    Tracking tracking(@PathParam("secret") String secret);
}
