package vn.onestop.platform.messaging;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether the outbox's events reach the broker, at {@code /q/health/well}: an operator's view of a
 * broker outage. Neither readiness nor liveness: with the broker down the service still takes
 * requests (their events wait in the outbox) and restarting it would not bring the broker back
 * (docs/runbooks/broker-down.md).
 */
@Wellness
@ApplicationScoped
public class OutboxBrokerHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    OutboxBrokerHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-broker").up();
        relay.brokerTrouble().ifPresent(trouble -> response.down().withData("error", trouble));
        return response.build();
    }
}
