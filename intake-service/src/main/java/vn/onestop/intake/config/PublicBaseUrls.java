package vn.onestop.intake.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.platform.rest.PublicUrls;
import vn.onestop.platform.rest.PublicUrlsConfig;

import java.util.List;

/**
 * The public base URLs intake prints (the tracking QR code on every slip, the rating invitation,
 * the links to results), checked at start: a service whose links would lead citizens nowhere, or
 * to their own machine, does not start ({@link PublicUrls}).
 */
@Startup
@ApplicationScoped
public class PublicBaseUrls {

    private final String tracking;
    private final String rating;
    private final String results;

    PublicBaseUrls(ReceiptConfig receipts, IntakeConfig intake, PublicUrlsConfig publicUrls) {
        List<String> urls = PublicUrls.require(publicUrls.allowLoopback(),
                new PublicUrls.Setting("ONESTOP_TRACKING_BASE_URL", "onestop.intake.tracking-base-url",
                        receipts.trackingBaseUrl()),
                new PublicUrls.Setting("ONESTOP_RATING_BASE_URL", "onestop.intake.rating-base-url",
                        receipts.ratingBaseUrl()),
                new PublicUrls.Setting("ONESTOP_RESULTS_BASE_URL", "onestop.intake.results-base-url",
                        intake.resultsBaseUrl()));
        this.tracking = urls.get(0);
        this.rating = urls.get(1);
        // DossierService appends "/api/v1/results/..."
        this.results = urls.get(2).endsWith("/") ? urls.get(2).substring(0, urls.get(2).length() - 1) : urls.get(2);
    }

    /** Base of the tracking link; the dossier's tracking secret is appended. */
    public String tracking() {
        return tracking;
    }

    /** Base of the rating invitation; the dossier code and "/ratings" are appended. */
    public String rating() {
        return rating;
    }

    /** Base of the results service; "/api/v1/results/..." is appended. */
    public String results() {
        return results;
    }
}
