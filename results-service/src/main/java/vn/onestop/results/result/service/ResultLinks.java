package vn.onestop.results.result.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.results.config.ResultsConfig;

import java.util.UUID;

/** The public links of a result, on {@code onestop.results.public-base-url}. */
@ApplicationScoped
public class ResultLinks {

    private final String base;

    ResultLinks(ResultsConfig config) {
        String configured = config.publicBaseUrl().strip();
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
