package vn.onestop.platform.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Talks to the real test broker: produces CloudEvents and reads topics. The broker address comes
 * from {@code ONESTOP_TEST_KAFKA_BOOTSTRAP}, set by {@code ./onestop test}. The broker authenticates
 * every client (SASL/SCRAM) and applies the ACLs of deploy/base/kafka/users.yaml: by default a
 * fixture plays whichever service or partner wrote the records it needs, as the broker's
 * administrator; {@link #as(String)} talks as one user, with exactly that user's rights.
 */
public final class TestKafka implements AutoCloseable {

    /** The test broker's administrator (infra/lib.sh), allowed everything. */
    public static final String ADMIN = "onestop-admin";

    private final String bootstrap;
    private final String user;
    private final KafkaProducer<String, String> producer;

    public TestKafka() {
        this(bootstrapFromEnvironment(), ADMIN);
    }

    private TestKafka(String bootstrap, String user) {
        this.bootstrap = bootstrap;
        this.user = user;
        Map<String, Object> config = clientConfig(bootstrap, user);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(config);
    }

    /** A client of the test broker as {@code user} of users.yaml (password {@code <user>-local-secret}). */
    public static TestKafka as(String user) {
        return new TestKafka(bootstrapFromEnvironment(), user);
    }

    /** The settings of a client of the test broker authenticated as {@code user}. */
    public static Map<String, Object> clientConfig(String bootstrap, String user) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"" + user + "\" password=\"" + user + "-local-secret\";");
        return config;
    }

    public static String bootstrapFromEnvironment() {
        String value = System.getenv("ONESTOP_TEST_KAFKA_BOOTSTRAP");
        return value == null || value.isBlank() ? "127.0.0.1:19092" : value;
    }

    /** A CloudEvent in binary mode, as the outbox relay writes it; returns its ce_id. */
    public String sendEvent(String topic, EventType type, UUID dossierId, String json) {
        String id = UUID.randomUUID().toString();
        sendEvent(topic, type.ceType(), id, dossierId.toString(), json);
        return id;
    }

    /** Sends a record with CloudEvents headers exactly as given (for duplicates and poison events). */
    public void sendEvent(String topic, String ceType, String ceId, String key, String json) {
        sendEventFrom("/onestop/tests", topic, ceType, ceId, key, json);
    }

    /** Like {@link #sendEvent(String, String, String, String, String)} with {@code ce_source} as given. */
    public void sendEventFrom(String source, String topic, String ceType, String ceId, String key, String json) {
        sendEventFrom(source, topic, ceType, ceId, key, json, Map.of());
    }

    /**
     * Like {@link #sendEventFrom(String, String, String, String, String, String)} with more headers,
     * such as the trace context a partner passes on ({@code ce_traceparent}).
     */
    public void sendEventFrom(String source, String topic, String ceType, String ceId, String key, String json,
                              Map<String, String> more) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(ceId));
        headers.add("ce_type", bytes(ceType));
        headers.add("ce_source", bytes(source));
        headers.add("ce_subject", bytes(key));
        headers.add("ce_time", bytes(Instant.now().toString()));
        headers.add("content-type", bytes("application/json"));
        more.forEach((name, value) -> headers.add(name, bytes(value)));
        send(new ProducerRecord<>(topic, null, key, json, headers));
    }

    public void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }

    /**
     * How long {@link #awaitSettled} keeps reading after the first match: long enough for a
     * duplicate that a retrying relay or a redelivering consumer publishes seconds later
     * ({@code -Donestop.test.settle-seconds}, default 5).
     */
    public static final Duration SETTLE = Duration.ofSeconds(Long.getLong("onestop.test.settle-seconds", 5));

    /**
     * Reads the topic from the beginning until a record matching the predicate arrives (or the
     * timeout passes, failing the test), and returns the matching records seen by then. For
     * "it was published"; to count ("exactly once") use {@link #awaitSettled}.
     */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                             Duration timeout) {
        return read(topic, match, timeout, Duration.ZERO);
    }

    /**
     * Like {@link #awaitRecords}, then keeps reading for {@link #SETTLE} after the first match and
     * up to the end of the topic as it stood then, and returns every matching record: a duplicate
     * published seconds after the first is in the list, so {@code hasSize(1)} means exactly once.
     */
    public List<ConsumerRecord<String, String>> awaitSettled(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                             Duration timeout) {
        return read(topic, match, timeout, SETTLE);
    }

    private List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                      Duration timeout, Duration settle) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = reader()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
                poll(consumer, match, found);
                return !found.isEmpty();
            });
            if (settle.isZero()) {
                return found;
            }
            Instant until = Instant.now().plus(settle);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (Instant.now().isBefore(until) || !reached(consumer, end)) {
                poll(consumer, match, found);
            }
        }
        return found;
    }

    private static void poll(KafkaConsumer<String, String> consumer, Predicate<ConsumerRecord<String, String>> match,
                             List<ConsumerRecord<String, String>> found) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            if (match.test(record)) {
                found.add(record);
            }
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** The records of the topic that match, from its beginning to its end as it stands now (no waiting). */
    public List<ConsumerRecord<String, String>> records(String topic, Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = reader()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reached(consumer, end)) {
                poll(consumer, match, found);
            }
        }
        return found;
    }

    /** The number of records the topic holds (sum over its partitions). */
    public long recordCount(String topic) {
        try (KafkaConsumer<String, String> consumer = reader()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum()
                    - consumer.beginningOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Waits until every consumer group has committed the end of every partition it reads of the
     * topics named {@code prefix*}: what was published has been handled (or dead-lettered) by then.
     */
    public void awaitConsumersCaughtUp(String prefix, Duration timeout) {
        try (Admin admin = Admin.create(clientConfig(bootstrap, user));
             KafkaConsumer<String, String> consumer = reader()) {
            Map<String, Long> lag = new TreeMap<>();
            try {
                await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
                    lag.clear();
                    for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin
                                .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                        List<TopicPartition> read = committed.keySet().stream()
                                .filter(tp -> tp.topic().startsWith(prefix)).toList();
                        consumer.endOffsets(read).forEach((tp, end) -> {
                            long behind = end - (committed.get(tp) == null ? 0 : committed.get(tp).offset());
                            if (behind > 0) {
                                lag.merge(group.groupId() + " " + tp.topic(), behind, Long::sum);
                            }
                        });
                    }
                    return lag.isEmpty();
                });
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("consumers still behind after " + timeout + ": " + lag, e);
            }
        }
    }

    /**
     * Waits until every consumer group that reads {@code topic} has committed the end of each of its
     * partitions, and fails if none reads it. Unlike {@link #awaitConsumersCaughtUp}, a partition the
     * group never committed counts from its beginning: a consumer stuck on the first record it was
     * ever given is behind here, not invisible.
     */
    public void awaitCaughtUp(String topic, Duration timeout) {
        try (Admin admin = Admin.create(clientConfig(bootstrap, user));
             KafkaConsumer<String, String> consumer = reader()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<String, Long> lag = new TreeMap<>();
            try {
                await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
                    lag.clear();
                    Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
                    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                    boolean read = false;
                    for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin
                                .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                        if (partitions.stream().noneMatch(committed::containsKey)) {
                            continue;
                        }
                        read = true;
                        for (TopicPartition tp : partitions) {
                            OffsetAndMetadata at = committed.get(tp);
                            long behind = end.get(tp) - (at == null ? beginning.get(tp) : at.offset());
                            if (behind > 0) {
                                lag.merge(group.groupId(), behind, Long::sum);
                            }
                        }
                    }
                    if (!read) {
                        lag.put("(no consumer group has committed an offset yet)", 0L);
                    }
                    return read && lag.isEmpty();
                });
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("consumers of " + topic + " still behind after " + timeout + ": " + lag, e);
            }
        }
    }

    /**
     * Every record of the dead-letter topics named {@code prefix*.dlq}, as "topic: reason (ce_type
     * ce_id)": an end-to-end run that worked leaves this empty.
     */
    public List<String> deadLetters(String prefix) {
        List<String> found = new ArrayList<>();
        try (Admin admin = Admin.create(clientConfig(bootstrap, user))) {
            Set<String> topics = new TreeSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
            for (String topic : topics) {
                if (!topic.startsWith(prefix) || !topic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
                    continue;
                }
                for (ConsumerRecord<String, String> record : records(topic, r -> true)) {
                    found.add(topic + ": " + header(record, "dead-letter-reason") + " (" + header(record, "ce_type")
                            + " " + header(record, "ce_id") + ")");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not list the topics", e);
        }
        return found;
    }

    /**
     * Reads the topics from their beginning and then as they grow, without a consumer group (so it
     * is in no lag report): a partner system watching its tasks topic, or a test that replays what
     * it saw. Survives a broker restart (the client reconnects).
     */
    public Follower follow(Collection<String> topics) {
        KafkaConsumer<String, String> consumer = reader();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return new Follower(consumer);
    }

    /** See {@link #follow}; one thread at a time. */
    public static final class Follower implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;

        private Follower(KafkaConsumer<String, String> consumer) {
            this.consumer = consumer;
        }

        /** The records that arrived since the last call, waiting up to {@code timeout} for the first. */
        public List<ConsumerRecord<String, String>> poll(Duration timeout) {
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            consumer.poll(timeout).forEach(found::add);
            return found;
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private KafkaConsumer<String, String> reader() {
        Map<String, Object> config = clientConfig(bootstrap, user);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Predicate<ConsumerRecord<String, String>> subject(UUID dossierId) {
        return record -> dossierId.toString().equals(header(record, "ce_subject"));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
