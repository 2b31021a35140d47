package vn.onestop.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Refuses, before any resource is chosen, a request whose Content-Type is not a media type at all
 * ({@code json;;;=}): 415 problem+json naming the header. RESTEasy would otherwise fail on it with
 * an IllegalArgumentException (a 500) where it chooses between operations by what they consume.
 */
public class ContentTypeFilter {

    @ServerRequestFilter(preMatching = true)
    public Response refuseUnparseableContentType(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return null;
        }
        try {
            MediaType.valueOf(contentType);
            return null;
        } catch (IllegalArgumentException e) {
            return Response.status(415).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type("http-415"),
                    "Unsupported Media Type", 415, "the Content-Type header is not a media type such as application/json",
                    request.getUriInfo().getPath(), List.of(new Problem.Violation(HttpHeaders.CONTENT_TYPE,
                    "is not a media type")))).build();
        }
    }
}
