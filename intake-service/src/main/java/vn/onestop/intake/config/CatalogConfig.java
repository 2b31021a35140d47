package vn.onestop.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.List;

@ConfigMapping(prefix = "onestop.catalog")
public interface CatalogConfig {

    /**
     * The catalog files, loaded and validated together at start: class-path resources
     * ({@code catalog/procedures.json}) or files ({@code file:/etc/onestop/catalog/extra.json}).
     */
    @WithDefault("catalog/administration.json,catalog/procedures.json,catalog/bundles.json")
    List<String> files();

    /** The province's time zone: "the version in force today" is today there. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();
}
