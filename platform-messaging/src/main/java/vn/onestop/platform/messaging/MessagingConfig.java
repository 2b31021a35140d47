package vn.onestop.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** Settings of the reliable-events mechanism, under {@code onestop.messaging}. */
@ConfigMapping(prefix = "onestop.messaging")
public interface MessagingConfig {

    /**
     * Prepended to every topic name. Empty in production; the test command gives each test suite
     * its own prefix so that suites sharing one broker never read each other's events.
     */
    Optional<String> topicPrefix();

    Relay relay();

    Consumer consumer();

    /**
     * The service's own Kafka user (deploy/base/kafka/users.yaml), which {@code kafka.sasl.jaas.config}
     * names. Required: a service without its password stops at start and names the setting
     * ({@code ONESTOP_KAFKA_PASSWORD}), rather than failing deep inside the Kafka client.
     */
    KafkaUser kafkaUser();

    interface KafkaUser {
        String name();

        String password();
    }

    default String topic(String name) {
        return topicPrefix().orElse("") + name;
    }

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        /**
         * How long the relay sleeps when the outbox is empty and no commit woke it up. A safety net
         * only: a local commit wakes it in-process, another replica's commit by NOTIFY (docs/adr/0035).
         */
        @WithDefault("10s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long a non-leader replica waits before trying to take the relay lock again. */
        @WithDefault("2s")
        Duration leaderRetry();

        /** Published rows are deleted after this long. */
        @WithDefault("7d")
        Duration retention();

        /**
         * A consumer's record of an event it handled ({@code processed_event}) is deleted after this
         * long: longer than the topics keep a record (30 days), so that a redelivery is still known.
         */
        @WithDefault("45d")
        Duration processedEventRetention();

        /**
         * A remembered Idempotency-Key and its answer ({@code idempotency_key}, in the services that
         * take one) is deleted after this long: a client retries within minutes, not weeks.
         */
        @WithDefault("7d")
        Duration idempotencyKeyRetention();

        @WithName("kafka-timeout")
        @WithDefault("30s")
        Duration kafkaTimeout();
    }

    interface Consumer {
        /** Attempts at handling one event (each in its own transaction) before it is dead-lettered. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration backoff();

        /**
         * At shutdown, how long the handlings in progress may take to finish before the process goes
         * on stopping; handlings that would start later are parked unacknowledged (ConsumerDrain).
         */
        @WithDefault("10s")
        Duration drainTimeout();
    }
}
