package vn.onestop.portal.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The packaged portal refuses to start without its three secrets. Quarkus would otherwise make random
 * ones at every start: each replica would then refuse the others' CSRF tokens and session cookies, and
 * every restart would log everyone out. Dev and test keep the defaults of application.properties.
 */
@ApplicationScoped
class PortalSecrets {

    /** At least this many characters: the CSRF signature and the session encryption need 32. */
    static final int MIN_LENGTH = 32;

    /** Each secret's property and the environment variable an operator sets for it. */
    private static final Map<String, String> SECRETS = new LinkedHashMap<>();

    static {
        SECRETS.put("quarkus.rest-csrf.token-signature-key", "ONESTOP_PORTAL_CSRF_KEY");
        SECRETS.put("quarkus.oidc.authentication.state-secret", "ONESTOP_PORTAL_STATE_SECRET");
        SECRETS.put("quarkus.oidc.token-state-manager.encryption-secret", "ONESTOP_PORTAL_SESSION_SECRET");
    }

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current().isDevOrTest()) {
            return;
        }
        List<String> missing = missing(ConfigProvider.getConfig());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the portal's secrets are missing or shorter than " + MIN_LENGTH
                    + " characters: " + String.join(", ", missing) + "; set each to its own random value "
                    + "(openssl rand -hex 32), the same on every replica");
        }
    }

    static List<String> missing(Config config) {
        List<String> missing = new ArrayList<>();
        SECRETS.forEach((property, variable) -> {
            if (!present(config, property)) {
                missing.add(variable + " (" + property + ")");
            }
        });
        return missing;
    }

    private static boolean present(Config config, String property) {
        try {
            return config.getOptionalValue(property, String.class)
                    .filter(value -> value.strip().length() >= MIN_LENGTH).isPresent();
        } catch (NoSuchElementException e) {
            return false; // ${ONESTOP_PORTAL_...} with nothing to expand it to
        }
    }
}
