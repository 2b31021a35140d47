package vn.onestop.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.onestop.portal.api.IntakeApi;
import vn.onestop.portal.api.MyDossiers;

/**
 * The logged-in user's own pages. The portal decides nothing about what they may see: it calls
 * the services with the user's own access token, and each service answers only what that user may
 * see (a citizen: the dossiers they applied for or represent).
 */
@Path("/my")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class MyPages {

    private static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dossiers(MyDossiers.Page page);
    }

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    View view;

    @GET
    @Path("/dossiers")
    public TemplateInstance dossiers() {
        MyDossiers.Page page = Apis.call("my dossiers", () -> intake.dossiers(bearer(), PAGE_SIZE));
        return Templates.dossiers(page).setLocale(view.locale());
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }
}
