package vn.onestop.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings of the Kafka clients a service makes by hand (the outbox relay's producer, rating's
 * rebuild consumer), taken from the same configuration as its channels: every {@code kafka.*}
 * property (bootstrap servers, and the security settings a cluster asks for) that the client
 * understands, then the client's own settings on top.
 */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> broker;

    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.broker = Map.copyOf(broker);
    }

    /** A producer's properties: the shared broker settings a producer knows, then {@code own}. */
    public Map<String, Object> producer(Map<String, Object> own) {
        return merge(ProducerConfig.configNames(), own);
    }

    /** A consumer's properties: the shared broker settings a consumer knows, then {@code own}. */
    public Map<String, Object> consumer(Map<String, Object> own) {
        return merge(ConsumerConfig.configNames(), own);
    }

    private Map<String, Object> merge(Set<String> known, Map<String, Object> own) {
        Map<String, Object> properties = new HashMap<>();
        broker.forEach((key, value) -> {
            if (known.contains(key)) {
                properties.put(key, value);
            }
        });
        properties.putAll(own);
        return properties;
    }
}
