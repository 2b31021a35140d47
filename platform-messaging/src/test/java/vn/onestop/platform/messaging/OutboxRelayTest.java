package vn.onestop.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.TestKafka;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay against the real test database ({@code messaging_test}) and broker that
 * {@code ./onestop test} starts: one replica publishes, another takes over when it dies, and a row
 * the broker does not acknowledge stays unpublished with its error while the rows behind it wait.
 */
class OutboxRelayTest {

    private static final String PREFIX = "messaging-test.relay-" + UUID.randomUUID() + ".";
    private static AgroalDataSource dataSource;
    private static Admin admin;

    private final List<OutboxRelay> relays = new ArrayList<>();

    @BeforeAll
    static void infrastructure() throws Exception {
        String port = env("ONESTOP_TEST_DB_PORT", "15432");
        dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(10)
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/messaging_test")
                                .principal(new NamePrincipal(env("ONESTOP_TEST_DB_USER", "onestop"))))));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             InputStream schema = OutboxRelay.class.getResourceAsStream("/db/platform/V0_1__outbox_and_processed_events.sql")) {
            statement.execute("drop table if exists outbox_event, processed_event");
            statement.execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
            // as every service's own migration adds them (docs/adr/0021)
            statement.execute("alter table outbox_event add column trace_parent text, add column trace_state text");
        }
        admin = Admin.create(broker());
    }

    @AfterAll
    static void close() {
        admin.close();
        dataSource.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate outbox_event");
        }
    }

    @AfterEach
    void stop() {
        relays.forEach(relay -> relay.stop(new ShutdownEvent()));
    }

    @Test
    void one_replica_publishes_and_another_takes_over_within_the_retry_when_it_dies() throws Exception {
        String topic = topic();
        OutboxRelay first = relay("first");
        await().atMost(Duration.ofSeconds(10)).until(first::isLeader);
        OutboxRelay second = relay("second");
        UUID before = insert(topic, "dossier-1");
        await().atMost(Duration.ofSeconds(30)).until(() -> published(before));
        assertThat(second.isLeader()).as("the lock is held by one replica only").isFalse();

        first.stop(new ShutdownEvent());
        await().atMost(Duration.ofSeconds(10)).until(second::isLeader);
        UUID after = insert(topic, "dossier-1");
        second.wake();
        await().atMost(Duration.ofSeconds(30)).until(() -> published(after));

        assertThat(read(topic, 2)).extracting(r -> header(r, "ce_id"))
                .containsExactly(before.toString(), after.toString());
    }

    @Test
    void a_row_another_replica_commits_wakes_the_leader_by_notify_long_before_its_poll() throws Exception {
        String topic = topic();
        OutboxRelay relay = relay("listening", Duration.ofMinutes(5));
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
        UUID first = insert(topic, "dossier-5");
        relay.wake();
        await().atMost(Duration.ofSeconds(30)).until(() -> published(first));

        // the relay is asleep in its five-minute poll: a row written without a notification waits
        UUID silent = insert(topic, "dossier-5");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> !published(silent));
        // another replica's Outbox writes its row and NOTIFY in one transaction: the commit wakes the leader
        UUID announced = insertAndNotify(topic, "dossier-5");
        await().atMost(Duration.ofSeconds(10)).until(() -> published(silent) && published(announced));

        assertThat(read(topic, 3)).extracting(r -> header(r, "ce_id"))
                .containsExactly(first.toString(), silent.toString(), announced.toString());
    }

    @Test
    void a_row_the_broker_does_not_acknowledge_stays_unpublished_with_its_error_and_goes_out_once_it_can() throws Exception {
        String topic = topic();
        String missing = PREFIX + "missing-" + UUID.randomUUID();
        UUID first = insert(topic, "dossier-2");
        UUID refused = insert(missing, "dossier-2");
        UUID behind = insert(topic, "dossier-2");
        OutboxRelay relay = relay("only");

        // a partial acknowledgement: the rows the broker took are marked, the other keeps its error
        await().atMost(Duration.ofSeconds(30)).until(() -> published(first) && published(behind)
                && attempts(refused) >= 1);
        assertThat(published(refused)).isFalse();
        assertThat(lastError(refused)).hasValueSatisfying(error -> assertThat(error).contains(missing));

        // the topic appears (an operator creates it): the row goes out on a later round
        admin.createTopics(List.of(new NewTopic(missing, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        relay.wake();
        await().atMost(Duration.ofSeconds(60)).until(() -> published(refused));
        // each exactly once, and the topic's own rows in commit order
        assertThat(read(topic, 2)).extracting(r -> header(r, "ce_id"))
                .containsExactly(first.toString(), behind.toString());
        assertThat(read(missing, 1)).extracting(r -> header(r, "ce_id")).containsExactly(refused.toString());
    }

    @Test
    void the_trace_context_stored_with_a_row_goes_out_as_ce_traceparent_under_a_producer_span() throws Exception {
        String topic = topic();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String stateChange = "00f067aa0ba902b7";
        UUID traced = insert(topic, "dossier-3", "00-" + traceId + "-" + stateChange + "-01", "vendor=opaque");
        UUID untraced = insert(topic, "dossier-3");
        RecordedSpans recorded = new RecordedSpans();
        relay("traced", recorded.tracer());
        await().atMost(Duration.ofSeconds(30)).until(() -> published(traced) && published(untraced));

        List<ConsumerRecord<String, String>> records = read(topic, 2);
        SpanData publish = await().atMost(Duration.ofSeconds(10)).until(() -> recorded.spans().stream()
                .filter(span -> span.getKind() == SpanKind.PRODUCER).findFirst(), Optional::isPresent).get();
        // the publication is a child of the state change, from the row's ce_time to the acknowledgement
        assertThat(publish.getTraceId()).isEqualTo(traceId);
        assertThat(publish.getParentSpanId()).isEqualTo(stateChange);
        assertThat(publish.getName()).isEqualTo("publish " + topic);
        assertThat(publish.getAttributes().get(AttributeKey.stringKey("cloudevents.event_id"))).isEqualTo(traced.toString());
        // and the consumers' parent: the extension carries the publication's span
        assertThat(header(records.get(0), "ce_traceparent"))
                .isEqualTo("00-" + traceId + "-" + publish.getSpanId() + "-01");
        assertThat(header(records.get(0), "ce_tracestate")).isEqualTo("vendor=opaque");
        // a row written without a trace (before tracing) goes out without one, and no span is made up for it
        assertThat(header(records.get(1), "ce_id")).isEqualTo(untraced.toString());
        assertThat(records.get(1).headers().lastHeader("ce_traceparent")).isNull();
        assertThat(recorded.spans()).filteredOn(span -> span.getKind() == SpanKind.PRODUCER).hasSize(1);
    }

    /** Rows of {@code table} whose {@code column} is {@code age} old. */
    private static void insertAged(String sql, String age) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql.replace("{age}", "now() - interval '" + age + "'"));
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void housekeeping_deletes_what_is_past_its_retention_and_nothing_else() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate processed_event");
            statement.execute("drop table if exists idempotency_key");
            statement.execute("create table idempotency_key (key text primary key, request_sha256 text not null, "
                    + "response jsonb, created_at timestamptz not null default now())");
        }
        String topic = topic();
        UUID kept = insert(topic, "k");
        insertAged("update outbox_event set published_at = {age} where id = '" + kept + "'", "6 days");
        UUID old = insert(topic, "o");
        insertAged("update outbox_event set published_at = {age} where id = '" + old + "'", "8 days");
        UUID unpublished = insert(topic, "u");
        insertAged("update outbox_event set created_at = {age} where id = '" + unpublished + "'", "30 days");
        insertAged("insert into processed_event (consumer, event_id, event_type, topic, processed_at) values "
                + "('c', 'recent', 't', 'x', {age}), ('c', 'a-month-ago', 't', 'x', now() - interval '30 days'), "
                + "('c', 'expired', 't', 'x', now() - interval '46 days')", "1 day");
        insertAged("insert into idempotency_key (key, request_sha256, created_at) values ('fresh', 's', {age}), "
                + "('stale', 's', now() - interval '8 days')", "1 hour");

        OutboxRelay relay = new OutboxRelay(dataSource, config(), new SimpleMeterRegistry(),
                new KafkaClients(broker()), OpenTelemetry.noop().getTracer("test"), "relay-test-housekeeping");
        relay.cleanUp();

        // published a week ago or more: gone; published recently or never published: kept
        assertThat(count("select count(*) from outbox_event where id = '" + old + "'")).isZero();
        assertThat(count("select count(*) from outbox_event where id in ('" + kept + "', '" + unpublished + "')"))
                .isEqualTo(2);
        // handled events are remembered longer than the topics keep them (30 days)
        assertThat(count("select count(*) from processed_event where event_id = 'expired'")).isZero();
        assertThat(count("select count(*) from processed_event where event_id in ('recent', 'a-month-ago')")).isEqualTo(2);
        assertThat(count("select count(*) from idempotency_key where key = 'stale'")).isZero();
        assertThat(count("select count(*) from idempotency_key where key = 'fresh'")).isEqualTo(1);
    }

    private OutboxRelay relay(String name) {
        return relay(name, OpenTelemetry.noop().getTracer("test"));
    }

    private OutboxRelay relay(String name, Duration pollInterval) {
        return relay(name, OpenTelemetry.noop().getTracer("test"), pollInterval);
    }

    private OutboxRelay relay(String name, Tracer tracer) {
        return relay(name, tracer, Duration.ofMillis(100));
    }

    private OutboxRelay relay(String name, Tracer tracer, Duration pollInterval) {
        OutboxRelay relay = new OutboxRelay(dataSource, config(pollInterval), new SimpleMeterRegistry(),
                new KafkaClients(broker()), tracer, "relay-test-" + name);
        relay.start(new StartupEvent());
        relays.add(relay);
        return relay;
    }

    private static String topic() throws Exception {
        String topic = PREFIX + UUID.randomUUID();
        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        return topic;
    }

    private static UUID insert(String topic, String key) throws SQLException {
        return insert(topic, key, null, null);
    }

    /** As {@link Outbox} writes a row on a replica that does not lead the relay: row and NOTIFY in one transaction. */
    private static UUID insertAndNotify(String topic, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            UUID id = insert(connection, topic, key, null, null);
            try (Statement statement = connection.createStatement()) {
                statement.execute("notify " + OutboxListener.CHANNEL);
            }
            connection.commit();
            connection.setAutoCommit(true);
            return id;
        }
    }

    private static UUID insert(String topic, String key, String traceParent, String traceState) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, topic, key, traceParent, traceState);
        }
    }

    private static UUID insert(Connection connection, String topic, String key, String traceParent, String traceState)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into outbox_event (id, topic, message_key, ce_type, ce_source, ce_subject, ce_time, payload,
                                          trace_parent, trace_state)
                values (?, ?, ?, 'vn.onestop.test.happened.v1', '/onestop/tests', ?, ?, '{}'::jsonb, ?, ?)""")) {
            statement.setObject(1, id);
            statement.setString(2, topic);
            statement.setString(3, key);
            statement.setString(4, key);
            statement.setObject(5, OffsetDateTime.now());
            statement.setString(6, traceParent);
            statement.setString(7, traceState);
            statement.executeUpdate();
        }
        return id;
    }

    private static boolean published(UUID id) throws SQLException {
        return query(id, "published_at is not null");
    }

    private static int attempts(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select attempts from outbox_event where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static Optional<String> lastError(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select last_error from outbox_event where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean query(UUID id, String condition) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from outbox_event where id = ? and " + condition)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private static List<ConsumerRecord<String, String>> read(String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Map<String, Object> config = broker();
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
            // anything more (a duplicate) would be right behind
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
        }
        return records;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** The test broker, as its administrator: this library has no Kafka user of its own. */
    private static Map<String, Object> broker() {
        return TestKafka.clientConfig(TestKafka.bootstrapFromEnvironment(), TestKafka.ADMIN);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static MessagingConfig config() {
        return config(Duration.ofMillis(100));
    }

    private static MessagingConfig config(Duration pollInterval) {
        return new MessagingConfig() {
            @Override
            public Optional<String> topicPrefix() {
                return Optional.empty();
            }

            @Override
            public KafkaUser kafkaUser() {
                return new KafkaUser() {
                    @Override
                    public String name() {
                        return TestKafka.ADMIN;
                    }

                    @Override
                    public String password() {
                        return TestKafka.ADMIN + "-local-secret";
                    }
                };
            }

            @Override
            public Relay relay() {
                return new Relay() {
                    @Override
                    public boolean enabled() {
                        return true;
                    }

                    @Override
                    public Duration pollInterval() {
                        return pollInterval;
                    }

                    @Override
                    public int batchSize() {
                        return 50;
                    }

                    @Override
                    public Duration leaderRetry() {
                        return Duration.ofMillis(200);
                    }

                    @Override
                    public Duration retention() {
                        return Duration.ofDays(7);
                    }

                    @Override
                    public Duration processedEventRetention() {
                        return Duration.ofDays(45);
                    }

                    @Override
                    public Duration idempotencyKeyRetention() {
                        return Duration.ofDays(7);
                    }

                    @Override
                    public Duration kafkaTimeout() {
                        return Duration.ofSeconds(3);
                    }
                };
            }

            @Override
            public Consumer consumer() {
                return new Consumer() {
                    @Override
                    public int maxAttempts() {
                        return 3;
                    }

                    @Override
                    public Duration backoff() {
                        return Duration.ofMillis(200);
                    }

                    @Override
                    public Duration drainTimeout() {
                        return Duration.ofSeconds(10);
                    }
                };
            }
        };
    }
}
