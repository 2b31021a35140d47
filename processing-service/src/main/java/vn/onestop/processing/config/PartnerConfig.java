package vn.onestop.processing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.List;
import java.util.Map;

/**
 * The partner agency systems (docs/security.md): {@code onestop.partners.<partner>.agencies} lists
 * the agency codes whose tasks the partner system works; {@code <partner>} names its topics
 * ({@code onestop.partner.<partner>.tasks.v1}, {@code .replies.v1}) and its Kafka user.
 */
@ConfigMapping(prefix = "onestop.partners")
public interface PartnerConfig {

    @WithParentName
    Map<String, Partner> systems();

    interface Partner {
        List<String> agencies();
    }
}
