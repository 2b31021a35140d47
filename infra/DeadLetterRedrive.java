import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-drives dead letters (docs/runbooks/dead-letters.md): reads a dead-letter topic and produces each
 * record back to the topic it was dead-lettered from ({@code dead-letter-topic}), with its key, value
 * and original headers, without the {@code dead-letter-*} ones and with {@code redriven-from} naming
 * where it was. Consumers de-duplicate by {@code ce_id}: a group that applied the event skips it, the
 * one that failed applies it now; a record without {@code ce_id} is never a valid event and is skipped.
 *
 * <p>What was re-driven is remembered as the committed offsets of the consumer group
 * {@code onestop-redrive} on the dead-letter topic, so a second run re-drives only what was
 * dead-lettered since. {@code --id} re-drives only the named events (and leaves the bookmark where it
 * was); {@code --all} reads from the
 * beginning whatever was re-driven before; {@code --dry-run} prints and sends nothing (and remembers
 * nothing).
 *
 * <pre>
 * java -cp KAFKA_CLASSPATH infra/DeadLetterRedrive.java --bootstrap HOST:PORT --sasl-user U --sasl-password P
 *      TOPIC[.dlq] [--id CE_ID]... [--all] [--dry-run]
 * </pre>
 */
public final class DeadLetterRedrive {

    static final String GROUP = "onestop-redrive";

    public static void main(String[] args) throws Exception {
        String bootstrap = null;
        String user = null;
        String password = null;
        String topic = null;
        Set<String> ids = new LinkedHashSet<>();
        boolean all = false;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[++i];
                case "--sasl-user" -> user = args[++i];
                case "--sasl-password" -> password = args[++i];
                case "--id" -> ids.add(args[++i]);
                case "--all" -> all = true;
                case "--dry-run" -> dryRun = true;
                default -> {
                    if (args[i].startsWith("--") || topic != null) {
                        System.err.println("unexpected argument " + args[i]);
                        System.exit(2);
                    }
                    topic = args[i];
                }
            }
        }
        if (bootstrap == null || topic == null) {
            System.err.println("usage: DeadLetterRedrive --bootstrap HOST:PORT [--sasl-user U --sasl-password P] "
                    + "TOPIC[.dlq] [--id CE_ID]... [--all] [--dry-run]");
            System.exit(2);
        }
        String dlq = topic.endsWith(".dlq") ? topic : topic + ".dlq";
        int sent = redrive(client(bootstrap, user, password), dlq, ids, all, dryRun);
        System.out.println((dryRun ? "would re-drive " : "re-drove ") + sent + " dead letter(s) of " + dlq);
    }

    static Map<String, Object> client(String bootstrap, String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrap);
        if (user != null) {
            config.put("security.protocol", "SASL_PLAINTEXT");
            config.put("sasl.mechanism", "SCRAM-SHA-512");
            config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + user + "\" password=\"" + password + "\";");
        }
        return config;
    }

    /** Returns how many records were (or, dry, would be) sent back. */
    static int redrive(Map<String, Object> client, String dlq, Set<String> ids, boolean all, boolean dryRun)
            throws Exception {
        Map<String, Object> consumerConfig = new HashMap<>(client);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Map<String, Object> producerConfig = new HashMap<>(client);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        int sent = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig)) {
            List<PartitionInfo> infos = consumer.partitionsFor(dlq, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("no topic " + dlq);
            }
            List<TopicPartition> partitions = new ArrayList<>();
            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new LinkedHashSet<>(partitions));
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata done = committed.get(tp);
                if (all || done == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, done.offset());
                }
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() >= end.get(tp)) {
                        continue;
                    }
                    progress.put(tp, new OffsetAndMetadata(r.offset() + 1));
                    String id = header(r, "ce_id");
                    if (!ids.isEmpty() && !ids.contains(id)) {
                        continue;
                    }
                    String where = dlq + "/" + r.partition() + "@" + r.offset();
                    String target = header(r, "dead-letter-topic");
                    if (id == null || target == null) {
                        System.out.println("skipped " + where + ": " + (id == null ? "no ce_id, never a valid event"
                                : "no dead-letter-topic header"));
                        continue;
                    }
                    System.out.println((dryRun ? "would re-drive " : "re-drive ") + id + " ("
                            + header(r, "ce_type") + ") " + where + " to " + target + ", dead-lettered because: "
                            + header(r, "dead-letter-reason"));
                    if (!dryRun) {
                        RecordHeaders headers = new RecordHeaders();
                        for (Header h : r.headers()) {
                            if (!h.key().startsWith("dead-letter-") && !h.key().equals("redriven-from")) {
                                headers.add(h.key(), h.value());
                            }
                        }
                        headers.add("redriven-from", where.getBytes(StandardCharsets.UTF_8));
                        producer.send(new ProducerRecord<>(target, null, r.key(), r.value(), headers)).get();
                    }
                    sent++;
                }
            }
            // a selective re-drive (--id) does not move the bookmark: the others are still to be decided
            if (!dryRun && ids.isEmpty() && !progress.isEmpty()) {
                producer.flush();
                consumer.commitSync(progress);
            }
        }
        return sent;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
