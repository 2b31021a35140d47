package vn.onestop.rating.reference.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.messaging.IncomingEvent;
import vn.onestop.platform.messaging.KafkaClients;
import vn.onestop.platform.messaging.MessagingConfig;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.rating.reference.domain.ReferenceData;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data rating works with (units, agencies, procedure codes): the latest snapshot intake
 * published (CatalogPublished on the compacted catalog topic), kept in {@code reference_snapshot} so
 * that it survives restarts and is shared by the replicas. Each replica holds it in memory, reloads it
 * when another replica stored a newer one, and at its first start, with nothing stored yet, reads the
 * compacted topic itself before taking traffic.
 */
@ApplicationScoped
public class References {

    private record Loaded(ReferenceData data, String sha256, OffsetDateTime publishedAt) {
    }

    private static final Duration POLL = Duration.ofMillis(500);

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final KafkaClients clients;
    private final MessagingConfig messaging;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private volatile Loaded loaded;

    References(EntityManager entityManager, ObjectMapper mapper, KafkaClients clients, MessagingConfig messaging,
               TransactionSynchronizationRegistry transactions, Clock clock) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.clients = clients;
        this.messaging = messaging;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The reference data; a 503 until intake's first snapshot has been received. */
    public ReferenceData current() {
        return loaded().orElseThrow(() -> new ProblemException(503, "reference-data-missing",
                "Reference data not received yet", "rating-service has not received intake-service's units, agencies "
                + "and procedures (CatalogPublished) yet; it does once intake-service has started"));
    }

    public Optional<ReferenceData> loaded() {
        Loaded l = loaded;
        return l == null ? Optional.empty() : Optional.of(l.data());
    }

    void onStart(@Observes StartupEvent start) {
        reload();
        if (loaded == null) {
            readLatestFromTopic();
        }
    }

    /** Another replica may have stored a newer snapshot. */
    @Scheduled(every = "${onestop.rating.reference-reload:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void reload() {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select sha256, cast(payload as text), published_at from reference_snapshot
                     order by published_at desc limit 1""").getResultList();
            if (rows.isEmpty()) {
                return;
            }
            Object[] row = rows.get(0);
            Loaded current = loaded;
            if (current != null && current.sha256().equals(row[0])) {
                return;
            }
            try {
                JsonNode payload = mapper.readTree((String) row[1]);
                loaded = new Loaded(ReferenceData.fromSnapshot(payload), (String) row[0], publishedAt(payload));
                Log.infof("reference data %s loaded", row[0]);
            } catch (IllegalArgumentException | java.io.IOException e) {
                Log.errorf("the stored reference data %s cannot be read: %s", row[0], e.getMessage());
            }
        });
    }

    /**
     * Applies a CatalogPublished in the caller's transaction: kept when it is newer than the stored
     * one (a replay or an older snapshot changes nothing); this replica uses it once committed. A
     * snapshot that does not make consistent reference data is a poison event (dead-lettered).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode data = event.data();
        ReferenceData parsed;
        try {
            parsed = ReferenceData.fromSnapshot(data);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("CatalogPublished " + event.id() + " is not usable reference data: " + e.getMessage());
        }
        String province = data.path("province").asText();
        String sha256 = data.path("sha256").asText();
        OffsetDateTime publishedAt = publishedAt(data);
        if (province.isBlank() || sha256.isBlank() || publishedAt == null) {
            throw new PoisonEventException("CatalogPublished " + event.id() + " names no province, hash or time");
        }
        int stored = entityManager.createNativeQuery("""
                        insert into reference_snapshot (province, sha256, payload, published_at, received_at)
                        values (?1, ?2, cast(?3 as jsonb), ?4, ?5)
                        on conflict (province) do update set sha256 = excluded.sha256, payload = excluded.payload,
                               published_at = excluded.published_at, received_at = excluded.received_at
                         where reference_snapshot.published_at < excluded.published_at""")
                .setParameter(1, province).setParameter(2, sha256).setParameter(3, data.toString())
                .setParameter(4, publishedAt).setParameter(5, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate();
        if (stored == 0) {
            Log.infof("reference data %s (published %s) is not newer than the stored one: kept the stored", sha256, publishedAt);
            return;
        }
        Loaded next = new Loaded(parsed, sha256, publishedAt);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    loaded = next;
                }
            }
        });
        Log.infof("reference data %s received (%d procedures)", sha256, data.path("procedures").size());
    }

    /**
     * What a first start does when the database holds no snapshot: reads the compacted topic from
     * its beginning and applies the newest snapshot that can be used.
     */
    public void readLatestFromTopic() {
        String topic = messaging.topic(Topics.CATALOG_EVENTS);
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "rating-service-reference-" + java.util.UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> snapshots = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(clients.consumer(props))) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                Log.warnf("topic %s has no partitions: reference data will come from the live consumer", topic);
                return;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (EventType.CATALOG_PUBLISHED.ceType().equals(header(record, "ce_type"))) {
                        snapshots.add(record);
                    }
                }
            }
        } catch (RuntimeException e) {
            Log.warnf("could not read %s at start (%s): reference data will come from the live consumer", topic, e.getMessage());
            return;
        }
        if (snapshots.isEmpty()) {
            Log.warnf("no reference data published on %s yet: indices answer 503 until intake-service publishes", topic);
            return;
        }
        // the newest usable one: a record that cannot be used (poison stays on a compacted topic
        // under its own key) gives way to the one before it
        snapshots.sort(java.util.Comparator.comparingLong(ConsumerRecord<String, String>::timestamp).reversed());
        for (ConsumerRecord<String, String> record : snapshots) {
            try {
                QuarkusTransaction.requiringNew().run(() -> apply(IncomingEvent.parse(record, mapper)));
                return;
            } catch (PoisonEventException e) {
                Log.errorf("the reference data at %s-%d@%d cannot be used: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static OffsetDateTime publishedAt(JsonNode data) {
        try {
            return OffsetDateTime.parse(data.path("publishedAt").asText());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
