package vn.onestop.portal.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.onestop.portal.api.ResultsApi;

/**
 * A result's {@code documentUrl} is on the same public base as its verification link, which is the
 * portal: the PDF is passed through from results-service with the caller's own token, so results
 * decides who may read it (its owner, counter staff, administrators), as it does for the API.
 */
@Path("/api/v1/results/{id}/document")
public class ResultDocumentGateway {

    @Inject
    @RestClient
    ResultsApi results;

    @GET
    @Blocking
    public Response document(@PathParam("id") String id, @HeaderParam("Authorization") String authorization) {
        try (Response answer = results.document(id, authorization)) {
            byte[] pdf = answer.readEntity(byte[].class);
            return Response.status(answer.getStatus()).type(answer.getMediaType()).entity(pdf)
                    .header("Content-Disposition", answer.getHeaderString("Content-Disposition")).build();
        } catch (WebApplicationException e) {
            Response refused = e.getResponse();
            refused.bufferEntity();
            return Response.status(refused.getStatus()).type("application/problem+json")
                    .entity(refused.readEntity(String.class)).build();
        } catch (ProcessingException e) {
            throw new PageException(503, "results-service does not answer", e);
        }
    }
}
