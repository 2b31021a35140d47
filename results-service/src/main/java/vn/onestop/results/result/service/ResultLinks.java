package vn.onestop.results.result.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.platform.rest.PublicUrls;
import vn.onestop.platform.rest.PublicUrlsConfig;
import vn.onestop.results.config.ResultsConfig;

import java.util.UUID;

/**
 * The public links of a result, on {@code onestop.results.public-base-url}. Made at start: a service
 * whose verification QR codes would lead nowhere, or to the reader's own machine, does not start
 * ({@link PublicUrls}).
 */
@Startup
@ApplicationScoped
public class ResultLinks {

    private final String base;

    ResultLinks(ResultsConfig config, PublicUrlsConfig publicUrls) {
        String configured = PublicUrls.require(publicUrls.allowLoopback(), new PublicUrls.Setting(
                "ONESTOP_RESULTS_PUBLIC_BASE_URL", "onestop.results.public-base-url", config.publicBaseUrl())).get(0);
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** Where anyone checks the result without logging in; null for a result issued before signing. */
    public String verifyUrl(UUID id, String sha256) {
        return sha256 == null ? null : base + "/api/v1/results/verify?id=" + id + "&sha256=" + sha256;
    }

    /** The result document, PDF. */
    public String documentUrl(UUID id) {
        return base + "/api/v1/results/" + id + "/document";
    }
}
