package vn.onestop.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published once the broker
 * acknowledged them ({@code acks=all}, idempotent producer). Reading, sending and marking happen in
 * separate short autocommit statements: no database transaction is open while it talks to Kafka.
 *
 * <p>A row the broker does not acknowledge (a missing topic, a timeout) stays unpublished with its
 * error and is sent again on the next round; the rows acknowledged beside it are marked published,
 * so nothing is sent twice that need not be. Within one topic partition (one dossier of one topic)
 * the idempotent producer keeps the commit order of the rows it sends.
 *
 * <p>One relay per database is active at a time: the replica holding a PostgreSQL advisory lock.
 * That keeps events of one dossier in commit order even when the service runs several replicas;
 * the others take over within {@code leader-retry} if the leader dies (its lock goes with its
 * connection). A crash between send and mark re-sends a row with the same ce_id, which consumers
 * de-duplicate.
 *
 * <p>The leader wakes as soon as a local commit wrote outbox rows ({@link #wake()}) or another
 * replica's did (its {@link Outbox} sends NOTIFY, which {@link OutboxListener} receives), so its poll
 * ({@code poll-interval}) is only a safety net and can be long (docs/adr/0035).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final String LOCK_SQL = "select pg_try_advisory_lock(hashtext('onestop.outbox-relay'))";
    private static final String UNLOCK_SQL = "select pg_advisory_unlock(hashtext('onestop.outbox-relay'))";

    private final AgroalDataSource dataSource;
    private final MessagingConfig config;
    private final KafkaClients clients;
    private final Tracer tracer;
    private final String applicationName;
    private final Counter published;
    private final Counter failed;
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private volatile Instant lastLoop = Instant.now();
    /** Why the broker did not acknowledge the last round's events; null once a round went through. */
    private volatile String brokerTrouble;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private Connection lockConnection;
    private volatile boolean leader;
    private final OutboxListener listener;
    private Instant lastCleanup = Instant.EPOCH;

    OutboxRelay(AgroalDataSource dataSource, MessagingConfig config, MeterRegistry registry, KafkaClients clients,
                Tracer tracer, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.config = config;
        this.clients = clients;
        this.tracer = tracer;
        this.applicationName = applicationName;
        this.published = registry.counter("onestop.outbox.published");
        this.failed = registry.counter("onestop.outbox.failed");
        this.listener = new OutboxListener(dataSource, this::wake, config.relay().leaderRetry());
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            Log.info("outbox relay disabled by configuration");
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (!running) {
            return;
        }
        running = false;
        wakeUps.release();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
        releaseLeadership();
    }

    /** Called after a commit that wrote outbox rows, so they go out without waiting for a poll. */
    public void wake() {
        wakeUps.release();
    }

    /** True while the relay thread is running its loop (used by the liveness check). */
    public boolean isHealthy() {
        return !running || (thread.isAlive()
                && Duration.between(lastLoop, Instant.now()).compareTo(config.relay().kafkaTimeout().multipliedBy(3)) < 0);
    }

    /**
     * Why the broker did not take the last events this relay sent (unreachable, a missing topic, a
     * refused user), or empty when the last round went through or nothing was to be sent.
     */
    public Optional<String> brokerTrouble() {
        return Optional.ofNullable(brokerTrouble);
    }

    /** True while this replica holds the relay lock (read by {@link Outbox} on any thread). */
    public boolean isLeader() {
        return leader;
    }

    private Map<String, Object> producerProperties() {
        int timeout = (int) config.relay().kafkaTimeout().toMillis();
        Map<String, Object> properties = new HashMap<>();
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        int linger = 5;
        properties.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        // A missing topic or an unreachable broker must not block one send for a minute.
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(10000, timeout));
        // the producer refuses a delivery timeout shorter than linger + request timeout
        int request = Math.max(1, Math.min(15000, timeout - linger));
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, request);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, linger + request));
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return clients.producer(properties);
    }

    private void loop() {
        // a failed round is retried soon, then less and less often; not after a whole (long) poll
        Duration firstBackoff = min(config.relay().pollInterval(), Duration.ofMillis(500));
        Duration backoff = firstBackoff;
        while (running) {
            lastLoop = Instant.now();
            try {
                if (!holdLeadership()) {
                    await(config.relay().leaderRetry());
                    continue;
                }
                int sent = relayBatch();
                cleanUpIfDue();
                backoff = firstBackoff;
                if (sent < config.relay().batchSize()) {
                    await(config.relay().pollInterval());
                }
            } catch (Exception e) {
                Log.warnf("outbox relay: %s; retrying in %s", e.getMessage(), backoff);
                await(backoff);
                backoff = min(backoff.multipliedBy(2), Duration.ofSeconds(30));
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void await(Duration duration) {
        try {
            if (wakeUps.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private boolean holdLeadership() {
        try {
            if (lockConnection != null) {
                if (lockConnection.isValid(2)) {
                    return true;
                }
                Log.warn("outbox relay: lost the connection holding the relay lock");
                releaseLeadership();
            }
            Connection connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(LOCK_SQL);
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    lockConnection = connection;
                    leader = true;
                    listener.start();
                    Log.info("outbox relay: this replica publishes the outbox");
                    return true;
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            Log.warnf("outbox relay: cannot take the relay lock: %s", e.getMessage());
            releaseLeadership();
            return false;
        }
    }

    private void releaseLeadership() {
        leader = false;
        listener.stop();
        if (lockConnection != null) {
            // The pool keeps the physical connection, and the session's lock with it: unlock first,
            // or no other replica could take over until this process ends.
            try (PreparedStatement statement = lockConnection.prepareStatement(UNLOCK_SQL)) {
                statement.execute();
            } catch (SQLException e) {
                Log.debugf("outbox relay: unlock failed (%s); the lock goes with the broken session", e.getMessage());
            }
            try {
                lockConnection.close();
            } catch (SQLException ignored) {
                // the lock is released with the session anyway
            }
            lockConnection = null;
        }
    }

    private record Row(UUID id, String topic, String key, String type, String source, String subject,
                       OffsetDateTime time, String dataSchema, String payload, String traceParent, String traceState) {
    }

    private int relayBatch() throws SQLException {
        List<Row> rows = readPending();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        String firstError = null;
        for (Row row : rows) {
            Span span = publishSpan(row);
            try {
                sends.add(producer.send(toRecord(row, span)));
                spans.add(span);
            } catch (RuntimeException e) {
                // The producer refused the record at once (it is closing, the record cannot be
                // serialised): the rest would fail the same way.
                failed.increment();
                recordFailure(row.id(), e.toString());
                end(span, e.getClass().getSimpleName());
                firstError = e.toString();
                break;
            }
        }
        producer.flush();
        List<UUID> done = new ArrayList<>(rows.size());
        for (int i = 0; i < sends.size(); i++) {
            Row row = rows.get(i);
            try {
                sends.get(i).get(config.relay().kafkaTimeout().toMillis(), TimeUnit.MILLISECONDS);
                done.add(row.id());
                end(spans.get(i), null);
            } catch (ExecutionException | TimeoutException e) {
                failed.increment();
                String error = e.getCause() != null ? e.getCause().toString() : e.toString();
                recordFailure(row.id(), error);
                end(spans.get(i), (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName());
                firstError = firstError == null ? error : firstError;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                spans.subList(i, spans.size()).forEach(span -> end(span, "interrupted"));
                break;
            }
        }
        markPublished(done);
        published.increment(done.size());
        brokerTrouble = done.size() < rows.size() ? firstError : null;
        if (done.size() < rows.size()) {
            // back off (the loop doubles the wait) instead of hammering a broker that refuses
            throw new IllegalStateException((rows.size() - done.size()) + " of " + rows.size()
                    + " events not acknowledged by Kafka");
        }
        return rows.size();
    }

    private List<Row> readPending() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select id, topic, message_key, ce_type, ce_source, ce_subject, ce_time, ce_dataschema,
                            payload::text, trace_parent, trace_state
                       from outbox_event
                      where published_at is null
                      order by seq
                      limit ?""")) {
            statement.setInt(1, config.relay().batchSize());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
        }
        return rows;
    }

    /**
     * The PRODUCER span of one row's publication, child of the trace context stored with the row,
     * from the moment the row was written (its ce_time) to the broker's acknowledgement: its length is
     * the event's time in the outbox. None for a row without a trace context (written before tracing).
     */
    private Span publishSpan(Row row) {
        return TraceParent.parse(row.traceParent(), row.traceState())
                .map(parent -> tracer.spanBuilder("publish " + row.topic())
                        .setSpanKind(SpanKind.PRODUCER)
                        .setParent(Context.root().with(Span.wrap(parent)))
                        .setStartTimestamp(row.time().toInstant())
                        .setAttribute("messaging.system", "kafka")
                        .setAttribute("messaging.operation.type", "send")
                        .setAttribute("messaging.destination.name", row.topic())
                        .setAttribute("cloudevents.event_id", row.id().toString())
                        .setAttribute("cloudevents.event_type", row.type())
                        .setAttribute("cloudevents.event_subject", row.subject() == null ? "" : row.subject())
                        .startSpan())
                .orElse(null);
    }

    private static void end(Span span, String error) {
        if (span == null) {
            return;
        }
        if (error != null) {
            span.setStatus(StatusCode.ERROR, error);
        }
        span.end();
    }

    private static ProducerRecord<String, byte[]> toRecord(Row row, Span span) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.ID, row.id().toString());
        header(headers, CloudEventHeaders.TYPE, row.type());
        header(headers, CloudEventHeaders.SOURCE, row.source());
        if (row.subject() != null) {
            header(headers, CloudEventHeaders.SUBJECT, row.subject());
        }
        header(headers, CloudEventHeaders.TIME, row.time().toInstant().toString());
        if (row.dataSchema() != null) {
            header(headers, CloudEventHeaders.DATA_SCHEMA, row.dataSchema());
        }
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        // the consumers' spans are children of the publication, which is a child of the state change
        TraceParent trace = span == null ? null : TraceParent.of(span.getSpanContext()).orElse(null);
        if (trace != null) {
            header(headers, CloudEventHeaders.TRACEPARENT, trace.traceparent());
            if (trace.tracestate() != null) {
                header(headers, CloudEventHeaders.TRACESTATE, trace.tracestate());
            }
        }
        return new ProducerRecord<>(row.topic(), null, row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void markPublished(List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "update outbox_event set published_at = now(), attempts = attempts + 1 where id = any(?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            statement.executeUpdate();
        }
    }

    private void recordFailure(UUID id, String error) {
        Log.warnf("outbox relay: event %s not acknowledged by Kafka: %s", id, error);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
            statement.setString(1, error);
            statement.setObject(2, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            Log.warnf("outbox relay: cannot record the failure of event %s: %s", id, e.getMessage());
        }
    }

    private void cleanUpIfDue() throws SQLException {
        if (Duration.between(lastCleanup, Instant.now()).compareTo(Duration.ofMinutes(10)) < 0) {
            return;
        }
        lastCleanup = Instant.now();
        cleanUp();
    }

    /**
     * Housekeeping, by the leader every 10 minutes: published outbox rows, consumers' records of
     * handled events and remembered Idempotency-Keys past their retention (docs/architecture.md),
     * so that the tables do not grow forever. Each in batches, so no statement holds many locks.
     */
    void cleanUp() throws SQLException {
        prune("outbox_event", "published_at", config.relay().retention());
        prune("processed_event", "processed_at", config.relay().processedEventRetention());
        prune("idempotency_key", "created_at", config.relay().idempotencyKeyRetention());
    }

    private void prune(String table, String column, Duration retention) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("select to_regclass(?) is not null")) {
                exists.setString(1, table);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        return;   // a service without that table (only some take Idempotency-Keys)
                    }
                }
            }
            long total = 0;
            int deleted;
            try (PreparedStatement statement = connection.prepareStatement("delete from " + table
                    + " where ctid in (select ctid from " + table + " where " + column
                    + " < now() - make_interval(secs => ?) limit 5000)")) {
                statement.setLong(1, retention.toSeconds());
                do {
                    deleted = statement.executeUpdate();
                    total += deleted;
                } while (deleted == 5000 && running);
            }
            if (total > 0) {
                Log.infof("housekeeping: deleted %d rows of %s older than %s", total, table, retention);
            }
        }
    }
}
