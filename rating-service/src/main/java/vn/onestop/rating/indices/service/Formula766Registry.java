package vn.onestop.rating.indices.service;

import vn.onestop.rating.config.IndicesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.rating.indices.domain.Formula766;
import vn.onestop.rating.indices.domain.Formula766V1;
import vn.onestop.rating.indices.domain.Formula766V2;
import vn.onestop.rating.indices.domain.Formula766V3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Decision 766 formula versions: the built-in ones plus any {@link Formula766} bean, and the
 * current one ({@code onestop.indices.formula-version}).
 */
@ApplicationScoped
public class Formula766Registry {

    private final Map<String, Formula766> versions = new LinkedHashMap<>();
    private final String current;

    Formula766Registry(Instance<Formula766> beans, IndicesConfig config) {
        register(new Formula766V1());
        register(new Formula766V2());
        register(new Formula766V3());
        beans.forEach(this::register);
        if (!versions.containsKey(config.formulaVersion())) {
            throw new IllegalStateException("onestop.indices.formula-version: unknown version "
                    + config.formulaVersion() + " (known: " + versions.keySet() + ")");
        }
        this.current = config.formulaVersion();
    }

    private void register(Formula766 formula) {
        versions.putIfAbsent(formula.version(), formula);
    }

    public Formula766 current() {
        return versions.get(current);
    }

    /** The named version, or the current one for null; an unknown name is a 400. */
    public Formula766 get(String version) {
        if (version == null || version.isBlank()) {
            return current();
        }
        Formula766 formula = versions.get(version);
        if (formula == null) {
            throw ProblemException.invalid("unknown formula version " + version, List.of(
                    new Problem.Violation("formulaVersion", "must be one of " + versions.keySet())));
        }
        return formula;
    }
}
