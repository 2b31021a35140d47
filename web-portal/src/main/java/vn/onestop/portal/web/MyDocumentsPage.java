package vn.onestop.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.onestop.portal.api.CitizenResultsApi;
import vn.onestop.portal.api.ResultsApi;

/**
 * The citizen's e-document store: every result issued to them, with its download (the PDF passed
 * through from results-service with the citizen's own token) and its verification link.
 */
@Path("/my/documents")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class MyDocumentsPage {

    private static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance documents(CitizenResultsApi.Documents page);
    }

    @Inject
    @RestClient
    CitizenResultsApi documents;

    @Inject
    @RestClient
    ResultsApi results;

    @Inject
    CitizenLogin login;

    @Inject
    View view;

    @GET
    public TemplateInstance documents(@QueryParam("cursor") String cursor) {
        if (login.idNumber().isEmpty()) {
            // only a person has an e-document store: the login carries no personal id number
            throw new PageException(403, "no personal id number in the login");
        }
        CitizenResultsApi.Documents page = Apis.call("my documents", () -> documents.documents(login.bearer(),
                login.idNumber(), cursor == null || cursor.isBlank() ? null : cursor, PAGE_SIZE));
        return Templates.documents(page).setLocale(view.locale());
    }

    @GET
    @Path("/{id}/pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response download(@PathParam("id") String id) {
        return CitizenForms.pdf("document " + id, () -> results.document(id, login.bearer()));
    }
}
