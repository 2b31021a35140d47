package vn.onestop.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

@ConfigMapping(prefix = "onestop.intake")
public interface IntakeConfig {

    /** Time zone of the province: dossier codes carry the local reception date. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** Where the results service is reached, for the links to a dossier's results. */
    @WithDefault("http://127.0.0.1:8083")
    String resultsBaseUrl();
}
