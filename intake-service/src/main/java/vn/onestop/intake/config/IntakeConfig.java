package vn.onestop.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.Optional;

@ConfigMapping(prefix = "onestop.intake")
public interface IntakeConfig {

    /** Time zone of the province: dossier codes carry the local reception date. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /**
     * Public base of the results service, for the links to a dossier's results; required in
     * production ({@code ONESTOP_RESULTS_BASE_URL}, checked by {@link PublicBaseUrls}).
     */
    Optional<String> resultsBaseUrl();
}
