package vn.onestop.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Receipt settings; shares the {@code onestop.intake} prefix with the dossier settings. */
@ConfigMapping(prefix = "onestop.intake")
public interface ReceiptConfig {

    /**
     * Public base of the tracking link printed on the slip and sent in notifications; the dossier's
     * tracking secret is appended. Points at the portal's tracking page in production.
     */
    @WithDefault("http://127.0.0.1:8081/api/v1/tracking/")
    String trackingBaseUrl();

    /** Public base of the rating invitation link (the dossier code and "/ratings" are appended). */
    @WithDefault("http://127.0.0.1:8084/api/v1/dossiers/")
    String ratingBaseUrl();
}
