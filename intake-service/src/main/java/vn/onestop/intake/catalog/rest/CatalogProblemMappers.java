package vn.onestop.intake.catalog.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.onestop.intake.catalog.domain.UnresolvedAgencyException;
import vn.onestop.platform.rest.Problem;

import java.util.List;

/**
 * A dossier that no competent agency can be named for is the client's mistake (wrong receiving
 * agency, unit outside the province...): 422 naming the field, wherever the resolver is called.
 */
public class CatalogProblemMappers {

    @ServerExceptionMapper
    public Response unresolvedAgency(UnresolvedAgencyException e, UriInfo uri) {
        Problem problem = new Problem(Problem.type("competent-agency-unresolved"), "No competent agency", 422,
                e.getMessage(), uri.getPath(), List.of(new Problem.Violation(e.field(), e.reason().name())));
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
