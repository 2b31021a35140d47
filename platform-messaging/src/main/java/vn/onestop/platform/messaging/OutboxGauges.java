package vn.onestop.platform.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The outbox backlog of the service, for the operator: how many events are committed but not yet
 * on Kafka, and how long the oldest has waited. Both come from the service's database, so every
 * replica reports the same figures: alert on {@code max}, not {@code sum}, across replicas.
 */
@ApplicationScoped
class OutboxGauges {

    void register(@Observes StartupEvent event, QueryGauges gauges) {
        gauges.register("onestop.outbox.backlog", "Outbox rows not yet published to Kafka",
                "select count(*) from outbox_event where published_at is null");
        gauges.register("onestop.outbox.oldest.age.seconds",
                "Age in seconds of the oldest outbox row not yet published (0 when none)",
                "select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event "
                        + "where published_at is null");
    }
}
