package vn.onestop.platform.messaging.deadletters;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.Config;
import vn.onestop.platform.messaging.KafkaClients;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dead-letter topics this service writes (those its channels name with
 * {@code failure-strategy=dead-letter-queue}) for the operators' list: a consumer of its own with
 * assigned partitions and no group, so it commits nothing, takes nothing from the live consumers and
 * is in no lag report. The newest {@code limit} records of each partition are read, then the newest
 * {@code limit} of them all are given. Re-driving is not done here: it writes to the topic an event
 * came from, which only the producing service and the broker's administrator may (ADR 0029).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.failure-strategy");
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** What an operator sees: the topics read and their dead letters, newest first. */
    public record Listing(List<String> topics, List<DeadLetter> deadLetters) {
    }

    private final KafkaClients clients;
    private final List<String> topics;

    DeadLetters(KafkaClients clients, Config config) {
        this.clients = clients;
        this.topics = topics(config);
    }

    /** The dead-letter topics the channels of this configuration write, sorted. */
    static List<String> topics(Config config) {
        TreeSet<String> found = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher channel = CHANNEL.matcher(name);
            if (channel.matches() && "dead-letter-queue".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                config.getOptionalValue("mp.messaging.incoming." + channel.group(1) + ".dead-letter-queue.topic", String.class)
                        .ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /**
     * The newest {@code limit} dead letters of the service's topics.
     *
     * @throws org.apache.kafka.common.errors.TimeoutException when the broker does not answer in time
     */
    public Listing newest(int limit) {
        Map<String, Object> own = new HashMap<>();
        own.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        own.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        own.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        own.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        own.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letters-" + Long.toHexString(System.nanoTime()));
        own.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.max(1, Math.min(limit, 500)));
        own.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, Object> properties = clients.consumer(own);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, READ_TIMEOUT);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            if (partitions.isEmpty()) {
                return new Listing(topics, List.of());
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> left = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long end = ends.getOrDefault(partition, 0L);
                long from = Math.max(begins.getOrDefault(partition, 0L), end - limit);
                if (from < end) {
                    consumer.seek(partition, from);
                    left.put(partition, end);
                } else {
                    consumer.pause(List.of(partition));
                }
            }
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!left.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long end = left.get(partition);
                    if (end != null && record.offset() < end) {
                        found.add(DeadLetter.of(record));
                    }
                }
                left.keySet().removeIf(partition -> consumer.position(partition) >= left.get(partition));
            }
        } catch (AuthorizationException e) {
            throw new IllegalStateException("this service may not read its dead-letter topics " + topics
                    + " (the broker's ACLs: deploy/base/kafka/users.yaml)", e);
        }
        found.sort(Comparator.comparing(DeadLetter::deadLetteredAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DeadLetter::topic).thenComparing(DeadLetter::partition)
                .thenComparing(DeadLetter::offset, Comparator.reverseOrder()));
        return new Listing(topics, found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found));
    }
}
