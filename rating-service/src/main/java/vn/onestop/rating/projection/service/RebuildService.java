package vn.onestop.rating.projection.service;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.onestop.contracts.Topics;
import vn.onestop.platform.messaging.IncomingEvent;
import vn.onestop.platform.messaging.KafkaClients;
import vn.onestop.platform.messaging.MessagingConfig;
import vn.onestop.platform.messaging.PoisonEventException;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.rating.projection.domain.DossierEvent;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.DossierProjection;
import vn.onestop.rating.projection.domain.RebuildRun;
import vn.onestop.rating.projection.messaging.EventMapping;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rebuilds the projection (dossier_fact, projection_event) from the public topics, while the live
 * consumers go on:
 * <ol>
 *   <li>empty shadow copies of the two tables are created;</li>
 *   <li>a separate Kafka consumer (assigned partitions, no consumer group, nothing committed) reads
 *       every partition of the three topics from its first offset up to the end offsets captured at
 *       start, folding each event into the shadow tables with the live projection's code (no side
 *       effects: invitations, ratings, feedback and the portal outbox are not touched);</li>
 *   <li>the swap: one transaction takes the projection lock exclusively (every live fold holds it
 *       shared, so none commits meanwhile), reads on from where step 2 stopped to the end offsets
 *       as they are now, folds those too, then replaces the live tables' content with the shadow's.
 *       Every event the live projection had folded is below those end offsets, so the rebuilt
 *       tables hold everything the live ones did; events the live consumers have not reached yet
 *       are in the rebuilt projection_event, so when they arrive the live fold skips them (and
 *       still invites and queues the portal push, which are keyed by event);</li>
 *   <li>the shadow tables are dropped.</li>
 * </ol>
 * Only what the topics still hold can be replayed (their retention: 30 days in
 * deploy/base/kafka/topics.yaml). A dossier some of whose folded events are no longer on the topics
 * (its live {@code projection_event} names an event the replay did not read) cannot be rebuilt: the
 * swap keeps its live fact and events as they were ({@code dossiersCarriedOver}), so a rebuild never
 * loses history the topics have expired. One rebuild runs at a time across replicas.
 */
@ApplicationScoped
public class RebuildService {

    /** A RUNNING rebuild whose replica stopped beating for this long is taken as abandoned. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(500);

    private final EntityManager entityManager;
    private final FactStore facts;
    private final ProjectionLock lock;
    private final ObjectMapper mapper;
    private final MessagingConfig messaging;
    private final KafkaClients clients;
    private final Clock clock;

    RebuildService(EntityManager entityManager, FactStore facts, ProjectionLock lock, ObjectMapper mapper,
                   MessagingConfig messaging, KafkaClients clients, Clock clock) {
        this.entityManager = entityManager;
        this.facts = facts;
        this.lock = lock;
        this.mapper = mapper;
        this.messaging = messaging;
        this.clients = clients;
        this.clock = clock;
    }

    public record RebuildView(UUID id, String status, OffsetDateTime requestedAt, OffsetDateTime finishedAt,
                              Map<String, Long> endOffsets, long eventsRead, long eventsApplied, long eventsSkipped,
                              Long dossiers, Long dossiersCarriedOver, String error) {
        static RebuildView of(RebuildRun r) {
            return new RebuildView(r.id, r.status, r.requestedAt, r.finishedAt, r.endOffsets, r.eventsRead,
                    r.eventsApplied, r.eventsSkipped, r.dossiers, r.dossiersCarriedOver, r.error);
        }
    }

    /** Starts a rebuild in the background; a 409 while another one runs. */
    public RebuildView start() {
        RebuildRun run = QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = now();
            entityManager.createNativeQuery("""
                            update projection_rebuild set status = 'FAILED', finished_at = ?1,
                                   error = 'abandoned: its replica stopped before finishing'
                             where status = 'RUNNING' and heartbeat_at < ?2""")
                    .setParameter(1, now)
                    .setParameter(2, now.minus(ABANDONED_AFTER))
                    .executeUpdate();
            RebuildRun r = new RebuildRun();
            r.id = UUID.randomUUID();
            r.status = "RUNNING";
            r.requestedAt = now;
            r.heartbeatAt = now;
            int inserted = entityManager.createNativeQuery("""
                            insert into projection_rebuild (id, status, requested_at, heartbeat_at)
                            values (?1, 'RUNNING', ?2, ?2) on conflict do nothing""")
                    .setParameter(1, r.id)
                    .setParameter(2, now)
                    .executeUpdate();
            return inserted == 1 ? r : null;
        });
        if (run == null) {
            throw ProblemException.conflict("rebuild-running", "A rebuild is running",
                    "the projection is being rebuilt; wait for it to finish");
        }
        UUID id = run.id;
        // on the service's worker pool, which Quarkus sizes and stops with the service
        Infrastructure.getDefaultWorkerPool().execute(() -> run(id));
        Log.infof("projection rebuild %s started", id);
        return RebuildView.of(run);
    }

    public Optional<RebuildView> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                RebuildRun.<RebuildRun>findByIdOptional(id).map(RebuildView::of));
    }

    private void run(UUID id) {
        Counts counts = new Counts();
        try {
            QuarkusTransaction.requiringNew().run(this::createShadow);
            try (KafkaConsumer<String, String> consumer = consumer(id)) {
                List<TopicPartition> partitions = partitions(consumer);
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                QuarkusTransaction.requiringNew().run(() -> {
                    RebuildRun r = RebuildRun.findById(id);
                    r.endOffsets = names(end);
                });
                readUpTo(consumer, end, counts, id);
                QuarkusTransaction.requiringNew().timeout(300).run(() -> swap(consumer, counts));
            }
            QuarkusTransaction.requiringNew().run(() -> {
                dropShadow();
                RebuildRun r = RebuildRun.findById(id);
                r.status = "DONE";
                r.finishedAt = now();
                r.heartbeatAt = r.finishedAt;
                counts.store(r);
            });
            Log.infof("projection rebuild %s done: %d events read, %d folded, %d skipped, %d dossiers (%d carried over)",
                    id, counts.read, counts.applied, counts.skipped, counts.dossiers, counts.carriedOver);
        } catch (RuntimeException e) {
            Log.errorf(e, "projection rebuild %s failed; the live projection is unchanged", id);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    dropShadow();
                    RebuildRun r = RebuildRun.findById(id);
                    r.status = "FAILED";
                    r.finishedAt = now();
                    r.error = String.valueOf(e.getMessage());
                    counts.store(r);
                });
            } catch (RuntimeException again) {
                Log.errorf(again, "projection rebuild %s: could not record the failure", id);
            }
        }
    }

    private static final class Counts {
        long read;
        long applied;
        long skipped;
        long dossiers;
        long carriedOver;

        void store(RebuildRun r) {
            r.eventsRead = read;
            r.eventsApplied = applied;
            r.eventsSkipped = skipped;
            r.dossiers = dossiers;
            r.dossiersCarriedOver = carriedOver;
        }
    }

    private void readUpTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, Counts counts, UUID id) {
        while (!reached(consumer, end)) {
            List<ConsumerRecord<String, String>> batch = poll(consumer, end);
            if (!batch.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> {
                    fold(batch, counts);
                    RebuildRun r = RebuildRun.findById(id);
                    r.heartbeatAt = now();
                    counts.store(r);
                });
            }
        }
    }

    /** Runs in the swap transaction, holding the projection lock exclusively. */
    private void swap(KafkaConsumer<String, String> consumer, Counts counts) {
        lock.exclusive();
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        while (!reached(consumer, end)) {
            fold(poll(consumer, end), counts);
        }
        counts.carriedOver = carryOverExpired();
        entityManager.createNativeQuery("truncate dossier_fact, projection_event").executeUpdate();
        entityManager.createNativeQuery("insert into projection_event select * from " + ProjectionTables.SHADOW.events())
                .executeUpdate();
        counts.dossiers = entityManager.createNativeQuery("insert into dossier_fact select * from "
                + ProjectionTables.SHADOW.facts()).executeUpdate();
    }

    /**
     * In the swap: the dossiers whose live events include one the replay did not read (expired from
     * the topics) get their live fact and events back in the shadow tables, replacing what the replay
     * could fold of them. Returns how many.
     */
    private long carryOverExpired() {
        String facts = ProjectionTables.SHADOW.facts();
        String events = ProjectionTables.SHADOW.events();
        entityManager.createNativeQuery("""
                create temporary table rebuild_expired on commit drop as
                select distinct p.dossier_id from projection_event p
                 where not exists (select 1 from %s s where s.event_id = p.event_id)""".formatted(events))
                .executeUpdate();
        entityManager.createNativeQuery("delete from " + facts + " where dossier_id in (select dossier_id from rebuild_expired)")
                .executeUpdate();
        entityManager.createNativeQuery("delete from " + events + " where dossier_id in (select dossier_id from rebuild_expired)")
                .executeUpdate();
        int carried = entityManager.createNativeQuery("insert into " + facts + " select * from dossier_fact"
                + " where dossier_id in (select dossier_id from rebuild_expired)").executeUpdate();
        entityManager.createNativeQuery("insert into " + events + " select * from projection_event"
                + " where dossier_id in (select dossier_id from rebuild_expired)").executeUpdate();
        if (carried > 0) {
            Log.infof("projection rebuild: %d dossiers have events the topics no longer hold; kept as they were", carried);
        }
        return carried;
    }

    /** Folds records into the shadow tables, in the order read. */
    private void fold(List<ConsumerRecord<String, String>> records, Counts counts) {
        List<DossierEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            counts.read++;
            IncomingEvent event;
            Optional<DossierEvent> mapped;
            try {
                event = IncomingEvent.parse(record, mapper);
                mapped = EventMapping.toDossierEvent(event);
            } catch (PoisonEventException e) {
                // The live consumer dead-lettered it: nothing of it is in the live projection either.
                counts.skipped++;
                continue;
            }
            if (mapped.isPresent() && facts.markApplied(ProjectionTables.SHADOW, event.id(), mapped.get().dossierId(),
                    event.type().ceType())) {
                events.add(mapped.get());
            }
        }
        if (events.isEmpty()) {
            return;
        }
        Set<UUID> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.dossierId()));
        facts.ensureExists(ProjectionTables.SHADOW, ids);
        Map<UUID, DossierFact> byId = new HashMap<>(facts.loadForUpdate(ProjectionTables.SHADOW, ids));
        for (DossierEvent e : events) {
            DossierProjection.apply(byId.get(e.dossierId()), e);
            counts.applied++;
        }
        facts.save(ProjectionTables.SHADOW, byId.values());
    }

    private static List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer,
                                                             Map<TopicPartition, Long> end) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            if (record.offset() < end.getOrDefault(tp, 0L)) {
                batch.add(record);
            }
        }
        // Partitions read past their end offset stop here; the swap seeks them on from there.
        for (TopicPartition tp : consumer.assignment()) {
            long position = consumer.position(tp);
            long limit = end.getOrDefault(tp, 0L);
            if (position > limit) {
                consumer.seek(tp, limit);
            }
        }
        return batch;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.DOSSIER_EVENTS, Topics.PROCESSING_EVENTS, Topics.RESULT_EVENTS)) {
            String name = messaging.topic(topic);
            List<PartitionInfo> infos = consumer.partitionsFor(name, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + name + " has no partitions (does it exist?)");
            }
            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }

    private KafkaConsumer<String, String> consumer(UUID id) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "rating-service-rebuild-" + id);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(clients.consumer(props));
    }

    private void createShadow() {
        dropShadow();
        entityManager.createNativeQuery("create table " + ProjectionTables.SHADOW.facts()
                + " (like dossier_fact including all)").executeUpdate();
        entityManager.createNativeQuery("create table " + ProjectionTables.SHADOW.events()
                + " (like projection_event including all)").executeUpdate();
    }

    private void dropShadow() {
        entityManager.createNativeQuery("drop table if exists " + ProjectionTables.SHADOW.facts() + ", "
                + ProjectionTables.SHADOW.events()).executeUpdate();
    }

    private static Map<String, Long> names(Map<TopicPartition, Long> offsets) {
        Map<String, Long> named = new LinkedHashMap<>();
        offsets.entrySet().stream()
                .sorted((a, b) -> a.getKey().toString().compareTo(b.getKey().toString()))
                .forEach(e -> named.put(e.getKey().toString(), e.getValue()));
        return named;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
