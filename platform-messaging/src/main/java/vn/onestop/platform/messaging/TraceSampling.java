package vn.onestop.platform.messaging;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.logging.Log;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

import java.util.List;
import java.util.Optional;

/**
 * Which spans are recorded and exported (docs/adr/0021). Trace contexts always propagate (the trace
 * ids in the logs, on outbox rows and in {@code ce_traceparent}), but spans are recorded only when
 * an OTLP endpoint is configured ({@code ONESTOP_OTEL_ENDPOINT}, or Quarkus' own
 * {@code quarkus.otel.exporter.otlp[.traces].endpoint}): without one, nothing would take them, and
 * the exporter would log a connection error for every batch. With one, every trace is recorded
 * (parent-based, so a dossier's trace is whole or absent), or the share {@code
 * onestop.tracing.sampler-ratio} of new traces.
 *
 * <p>This bean replaces the sampler Quarkus would build from {@code quarkus.otel.traces.sampler},
 * which is fixed at build time; this one is chosen at start-up.
 */
@Singleton
public class TraceSampling {

    static final String ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String GENERIC_ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String RATIO = "onestop.tracing.sampler-ratio";

    @Produces
    @Singleton
    Sampler sampler(Config config) {
        return choose(configuredEndpoint(config), config.getOptionalValue(RATIO, Double.class).orElse(1.0));
    }

    /**
     * The endpoint someone configured: Quarkus' own default ({@code http://localhost:4317/}, from a
     * source below every file and the environment) is not one.
     */
    static Optional<String> configuredEndpoint(Config config) {
        for (String name : List.of(ENDPOINT, GENERIC_ENDPOINT)) {
            ConfigValue value = config.getConfigValue(name);
            if (value.getValue() != null && !value.getValue().isBlank() && value.getSourceOrdinal() >= 100) {
                return Optional.of(value.getValue());
            }
        }
        return Optional.empty();
    }

    static Sampler choose(Optional<String> endpoint, double ratio) {
        if (endpoint.filter(e -> !e.isBlank()).isEmpty()) {
            Log.info("tracing: no OTLP endpoint configured (ONESTOP_OTEL_ENDPOINT); trace ids propagate, no span is recorded");
            return Sampler.alwaysOff();
        }
        Log.infof("tracing: spans are exported to %s (sampler ratio %s)", endpoint.get(), ratio);
        return Sampler.parentBased(ratio >= 1.0 ? Sampler.alwaysOn() : Sampler.traceIdRatioBased(ratio));
    }
}
