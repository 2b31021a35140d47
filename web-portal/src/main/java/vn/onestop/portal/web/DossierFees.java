package vn.onestop.portal.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.TemplateData;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.onestop.portal.api.PaymentApi;

import java.util.List;

/**
 * The fees section of the citizen's dossier page ({@code inject:dossierFees}): what intake answers the
 * citizen owes for the dossier, read with their own token, and the notice of a refused payment the
 * page came back with. The section never takes the page down: when intake cannot list the fees, it
 * says so and the rest of the dossier is shown.
 */
@Named("dossierFees")
@RequestScoped
public class DossierFees {

    /** {@code unavailable}: intake did not answer the list; {@code notice}: a refused payment's, or null. */
    @TemplateData
    public record Section(String code, List<FeeLines.Line> lines, boolean unavailable, String notice) {

        public boolean confirming() {
            return lines.stream().anyMatch(FeeLines.Line::confirming);
        }
    }

    @Inject
    @RestClient
    PaymentApi payments;

    @Inject
    CitizenLogin login;

    @Inject
    RoutingContext request;

    @Inject
    View view;

    public Section section(String code) {
        String notice = FeeLines.notice(request.queryParams().get("payment"));
        try {
            return new Section(code, FeeLines.of(Apis.call("fees of " + code,
                    () -> payments.fees(login.bearer(), code))), false, notice);
        } catch (PageException e) {
            Log.warnf("dossier %s: fees not shown (%d): %s", code, e.status(), e.getMessage());
            return new Section(code, List.of(), true, notice);
        }
    }

    /** A fee's state or kind in the page's words. */
    public String words(String code) {
        return FeeLines.words(code, view.locale());
    }
}
