package vn.onestop.platform.messaging;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-made clients get the channels' broker settings, filtered to what each client type knows. */
class KafkaClientsTest {

    private final KafkaClients clients = new KafkaClients(Map.of(
            "bootstrap.servers", "broker-1:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "max.poll.records", 50,
            "linger.ms", 20,
            "not.a.kafka.setting", "x"));

    @Test
    void aProducerGetsTheSharedSecuritySettingsAndOnlyProducerKeys() {
        Map<String, Object> producer = clients.producer(Map.of("acks", "all"));

        assertThat(producer)
                .containsEntry("bootstrap.servers", "broker-1:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("linger.ms", 20)
                .containsEntry("acks", "all")
                .doesNotContainKeys("max.poll.records", "not.a.kafka.setting");
    }

    @Test
    void aConsumerGetsOnlyConsumerKeysAndItsOwnSettingsWin() {
        Map<String, Object> consumer = clients.consumer(Map.of("max.poll.records", 500));

        assertThat(consumer)
                .containsEntry("bootstrap.servers", "broker-1:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("max.poll.records", 500)
                .doesNotContainKeys("linger.ms", "not.a.kafka.setting");
    }
}
