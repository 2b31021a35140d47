package vn.onestop.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.onestop.portal.api.Catalog;
import vn.onestop.portal.api.DeadlinePreview;
import vn.onestop.portal.api.IntakeApi;
import vn.onestop.portal.api.ProcessingApi;
import vn.onestop.portal.api.Tracking;

/** The pages anyone may open without logging in: home, catalog, a procedure, a dossier's tracking. */
@Path("/")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    private static final int PAGE_SIZE = 20;
    /** The keyword the catalog API takes at most (intake refuses longer). */
    private static final int MAX_KEYWORD = 200;
    /** The preview's calendar: the national working calendar, the one every agency starts from. */
    private static final String COMMON_CALENDAR = "default";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();

        static native TemplateInstance catalog(String q, Catalog.Page page);

        static native TemplateInstance procedure(Catalog.Entry entry, DeadlinePreview preview);

        static native TemplateInstance tracking(Tracking tracking);
    }

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    @RestClient
    ProcessingApi processing;

    @Inject
    View view;

    @GET
    public TemplateInstance home() {
        return Templates.home().setLocale(view.locale());
    }

    @GET
    @Path("/procedures")
    public TemplateInstance catalog(@QueryParam("q") String q, @QueryParam("cursor") String cursor) {
        String keyword = q == null || q.isBlank() ? null : q.strip();
        if (keyword != null && keyword.length() > MAX_KEYWORD) {
            keyword = keyword.substring(0, MAX_KEYWORD);
        }
        String words = keyword;
        Catalog.Page page = Apis.call("catalog", () -> intake.procedures(words, blankToNull(cursor), PAGE_SIZE));
        return Templates.catalog(words == null ? "" : words, page).setLocale(view.locale());
    }

    @GET
    @Path("/procedures/{id}")
    public TemplateInstance procedure(@PathParam("id") String id) {
        Catalog.Entry entry = Apis.call("procedure " + id, () -> intake.procedure(id));
        DeadlinePreview preview = null;
        if (!entry.bundle()) {
            try {
                preview = Apis.call("deadline preview of " + id, () -> processing.preview(id, COMMON_CALENDAR));
            } catch (PageException notAvailable) {
                // the procedure's page still helps without the preview; the page says there is none
                preview = null;
            }
        }
        return Templates.procedure(entry, preview).setLocale(view.locale());
    }

    /** The page a receipt's QR code opens (intake's tracking base URL points here). */
    @GET
    @Path("/tracking/{secret}")
    public TemplateInstance tracking(@PathParam("secret") String secret) {
        Tracking tracking = Apis.call("tracking link", () -> intake.tracking(secret));
        return Templates.tracking(tracking).setLocale(view.locale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
