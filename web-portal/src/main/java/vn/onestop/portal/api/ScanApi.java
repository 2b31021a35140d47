package vn.onestop.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * intake-service's scan of a component handed in on paper at the counter (digitization state 0): the
 * receiving centre's counter staff store it, with their token, and the component becomes digitized.
 */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1/dossiers/{code}/components/{component}/scan")
@Produces(MediaType.APPLICATION_JSON)
public interface ScanApi {

    /** The dossier as it is then; 422 invalid-scan (format, size), 409 already-digitized. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    CitizenDossier scan(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
                        @PathParam("component") String component, Scan scan);

    record Scan(String fileName, String mediaType, String contentBase64) {
    }
}
