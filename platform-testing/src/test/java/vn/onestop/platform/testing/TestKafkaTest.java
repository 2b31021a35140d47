package vn.onestop.platform.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader the "exactly once" tests rely on, against the real test broker: a duplicate published
 * seconds after the first record must be seen, or those tests could not fail.
 */
class TestKafkaTest {

    private final TestKafka kafka = new TestKafka();
    private final Admin admin = Admin.create(TestKafka.clientConfig(TestKafka.bootstrapFromEnvironment(), TestKafka.ADMIN));
    private final String topic = "platform-testing.settle." + UUID.randomUUID();

    @BeforeEach
    void createTopic() throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void deleteTopic() throws Exception {
        admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        admin.close();
        kafka.close();
    }

    @Test
    void a_duplicate_published_seconds_after_the_first_record_is_counted() {
        String key = UUID.randomUUID().toString();
        kafka.send(new ProducerRecord<>(topic, key, "first"));
        // another key: another partition, read in another order than it was written
        kafka.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), "noise"));
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> kafka.send(new ProducerRecord<>(topic, key, "duplicate")),
                CompletableFuture.delayedExecutor(TestKafka.SETTLE.toMillis() / 2, TimeUnit.MILLISECONDS));

        assertThat(kafka.awaitSettled(topic, r -> key.equals(r.key()), Duration.ofSeconds(30)))
                .extracting(r -> r.value()).containsExactly("first", "duplicate");
        late.join();
    }

    @Test
    void awaiting_a_record_returns_at_the_first_match_and_counting_reads_to_the_end() {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            kafka.send(new ProducerRecord<>(topic, key, "copy " + i));
        }

        assertThat(kafka.awaitRecords(topic, r -> key.equals(r.key()), Duration.ofSeconds(30))).isNotEmpty();
        assertThat(kafka.awaitSettled(topic, r -> key.equals(r.key()), Duration.ofSeconds(30))).hasSize(3);
        assertThat(kafka.recordCount(topic)).isEqualTo(3);
    }
}
