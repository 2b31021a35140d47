package vn.onestop.intake.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Receipt settings; shares the {@code onestop.intake} prefix with the dossier settings. */
@ConfigMapping(prefix = "onestop.intake")
public interface ReceiptConfig {

    /**
     * Public base of the tracking link printed on the slip and sent in notifications; the dossier's
     * tracking secret is appended. Points at the portal's tracking page in production; required
     * there ({@code ONESTOP_TRACKING_BASE_URL}, checked by {@link PublicBaseUrls}).
     */
    Optional<String> trackingBaseUrl();

    /**
     * Public base of the rating invitation link (the dossier code and "/ratings" are appended);
     * required in production ({@code ONESTOP_RATING_BASE_URL}).
     */
    Optional<String> ratingBaseUrl();
}
