package vn.onestop.portal.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every error as a page in the reader's language: the status and a sentence, never a stack trace. */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, boolean staleForm);
    }

    @Inject
    View view;

    @ServerExceptionMapper
    public Response page(PageException e) {
        if (e.status() >= 500) {
            Log.warnf("page not shown (%d): %s%s", e.status(), e.getMessage(),
                    e.getCause() == null ? "" : " (" + e.getCause() + ")");
        }
        return render(e.status());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return render(404);
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return render(status >= 400 && status < 600 ? status : 500);
    }

    @ServerExceptionMapper
    public Response failed(RuntimeException e) {
        Log.error("page failed", e);
        return render(500);
    }

    /**
     * A form whose CSRF token no longer matches (sent twice, or reopened with the browser's back button
     * after another page renewed the token) is refused by the CSRF filter with a bare 400: the reader
     * gets a page saying what happened instead. Nothing was sent to the services.
     */
    @ServerResponseFilter
    public void staleForm(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())) {
            response.setEntity(html(400, true), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    private String html(int status, boolean staleForm) {
        return Templates.error(status, staleForm).setLocale(view.locale()).render();
    }

    private Response render(int status) {
        String html = html(status, false);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
