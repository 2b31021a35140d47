package vn.onestop.portal.web;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.onestop.portal.api.ApiProblem;
import vn.onestop.portal.api.Fees;
import vn.onestop.portal.api.PaymentApi;

import java.net.URI;
import java.util.function.Supplier;

/**
 * Paying a dossier's fee online from its page (docs/payments.md): the form's button asks intake, with
 * the citizen's own token, to start the payment and sends the browser to the gateway's pay page; the
 * gateway sends it back to the dossier's page ({@code onestop.payments.return-url}). A paid
 * obligation's electronic receipt is passed through like the other PDFs. Intake decides who may pay
 * (the applicant or their representative) and what is still due.
 */
@Path("/my/dossiers/{code}/fees/{id}")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DossierFeesPage {

    @Inject
    @RestClient
    PaymentApi payments;

    @Inject
    CitizenLogin login;

    /**
     * 303 to the gateway's pay page; intake's refusal that the applicant can act on (503 the gateway
     * away, 409 nothing to pay or an attempt still open) back to the dossier's page with its notice;
     * 403 or 404 the error page.
     */
    @POST
    @Path("/pay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("code") String code, @PathParam("id") String id) {
        Fees.Payment started;
        try {
            started = Apis.call("payment of " + code, () -> refusal(() -> payments.pay(login.bearer(), code, id)));
        } catch (Refused refused) {
            return backTo(code, refused.notice);
        }
        URI payPage = started == null || started.payUrl() == null ? null : URI.create(started.payUrl());
        if (payPage == null || !("https".equals(payPage.getScheme()) || "http".equals(payPage.getScheme()))) {
            // intake answered without a pay page: the gateway has not created the transaction yet
            return backTo(code, "unavailable");
        }
        return Response.seeOther(payPage).build();
    }

    @GET
    @Path("/receipt")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response receipt(@PathParam("code") String code, @PathParam("id") String id) {
        return CitizenForms.pdf("fee receipt of " + code, () -> {
            try {
                return payments.receipt(login.bearer(), code, id);
            } catch (WebApplicationException e) {
                if (e.getResponse() != null && e.getResponse().getStatus() == 409) {
                    // not paid (yet): there is no receipt to show
                    throw new PageException(404, "fee " + id + " of " + code + " has no receipt");
                }
                throw e;
            }
        });
    }

    private static Response backTo(String code, String notice) {
        return Response.seeOther(UriBuilder.fromPath("/my/dossiers/{code}").queryParam("payment", notice)
                .fragment("fees").build(code)).build();
    }

    private static <T> T refusal(Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            String notice = FeeLines.notice(status, ApiProblem.of(e).map(ApiProblem::type).orElse(null));
            if (notice != null) {
                throw new Refused(notice);
            }
            throw e;
        }
    }

    private static final class Refused extends RuntimeException {
        private final String notice;

        Refused(String notice) {
            super(null, null, false, false);
            this.notice = notice;
        }
    }
}
