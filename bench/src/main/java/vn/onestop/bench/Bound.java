package vn.onestop.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 12, scenario 4: the bound. What the same PostgreSQL and the same broker sustain on this
 * machine without the platform: one-row INSERTs of a ~1 KB JSONB document, one per transaction
 * (synchronous commit as configured), from 4 and from 16 connections (pgbench's shape, INFRA.md's
 * baselines); and 1 KB records produced with {@code acks=all} and idempotence, as the outbox relays
 * do, to a 3-partition topic made for the purpose and deleted after. With the run's footprint, the
 * report gives the platform's use of each as a fraction of it.
 */
final class Bound {

    static final int RECORD_BYTES = 1024;
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    private Bound() {
    }

    static Map<String, Object> measure(Settings settings, Duration each) throws Exception {
        Map<String, Object> bound = new LinkedHashMap<>();
        bound.put("secondsEach", each.toSeconds());
        if (settings.databaseUrl() != null) {
            List<Object> postgres = new ArrayList<>();
            for (int clients : new int[]{4, 16}) {
                postgres.add(postgres(settings, clients, each));
            }
            bound.put("postgresqlInserts", postgres);
        }
        bound.put("kafkaProduce", kafka(settings, each));
        return bound;
    }

    private static Map<String, Object> postgres(Settings settings, int clients, Duration duration) throws Exception {
        String server = settings.databaseUrl().substring(0, settings.databaseUrl().lastIndexOf('/') + 1);
        String user = settings.databaseUser();
        try (Connection admin = DriverManager.getConnection(settings.databaseUrl(), user, "");
             Statement statement = admin.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'bench_bound'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE bench_bound");
                }
            }
        }
        String url = server + "bench_bound";
        try (Connection setup = DriverManager.getConnection(url, user, "");
             Statement statement = setup.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bound_rows");
            statement.execute("CREATE TABLE bound_rows (id bigserial PRIMARY KEY, payload jsonb NOT NULL,"
                    + " created_at timestamptz NOT NULL DEFAULT now())");
        }
        char[] filler = new char[RECORD_BYTES - 40];
        Arrays.fill(filler, 'x');
        String document = "{\"dossier\": \"" + UUID.randomUUID() + "\", \"f\": \"" + new String(filler) + "\"}";
        Histogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong rows = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        long until = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, "");
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO bound_rows (payload) VALUES (?::jsonb)")) {
                    insert.setString(1, document);
                    long now;
                    while ((now = System.nanoTime()) < until) {
                        insert.executeUpdate();
                        latency.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - now) / 1_000));
                        rows.incrementAndGet();
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "bench-bound-pg-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection cleanup = DriverManager.getConnection(url, user, "");
             Statement statement = cleanup.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bound_rows");
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the PostgreSQL bound failed", failures.get(0));
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        figures.put("transactionsPerSecond", Report.round(rows.get() / seconds, 0));
        figures.put("latencyMs", Report.percentiles(latency));
        return figures;
    }

    private static Map<String, Object> kafka(Settings settings, Duration duration) throws Exception {
        Map<String, Object> client = ConsumerLag.scramClient(settings.kafkaBootstrap(), settings.adminUser(),
                settings.adminPassword());
        String topic = settings.topicPrefix() + "bench.bound." + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try {
                return produce(client, topic, duration);
            } finally {
                admin.deleteTopics(Set.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the Kafka bound failed", e);
        }
    }

    private static Map<String, Object> produce(Map<String, Object> client, String topic, Duration duration) {
        Map<String, Object> config = new LinkedHashMap<>(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        byte[] value = new byte[RECORD_BYTES];
        Arrays.fill(value, (byte) 'x');
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Histogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        long start = System.nanoTime();
        long until = start + duration.toNanos();
        long sent = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            while (System.nanoTime() < until) {
                long at = System.nanoTime();
                byte[] key = UUID.randomUUID().toString().getBytes();
                producer.send(new ProducerRecord<>(topic, key, value), (metadata, failure) -> {
                    if (failure == null) {
                        acknowledged.incrementAndGet();
                        latency.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - at) / 1_000));
                    } else {
                        failed.incrementAndGet();
                    }
                });
                sent++;
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("recordBytes", RECORD_BYTES);
        figures.put("partitions", 3);
        figures.put("recordsPerSecond", Report.round(acknowledged.get() / seconds, 0));
        figures.put("sent", sent);
        figures.put("failed", failed.get());
        figures.put("latencyMs", Report.percentiles(latency));
        return figures;
    }

    /**
     * The platform's use of the bound: its transactions (all service databases) and Kafka records per
     * second at the achieved rate, as a fraction of what PostgreSQL (16 connections) and Kafka sustained alone.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fractions(Map<String, Object> bound, Map<String, Object> footprint, double unitsPerSecond) {
        Map<String, Object> fractions = new LinkedHashMap<>();
        Map<String, Object> perUnit = (Map<String, Object>) footprint.get("perUnit");
        List<Map<String, Object>> postgres = (List<Map<String, Object>>) bound.get("postgresqlInserts");
        if (postgres != null && perUnit.get("xact_commit") instanceof Number transactions) {
            double boundTps = ((Number) postgres.get(postgres.size() - 1).get("transactionsPerSecond")).doubleValue();
            double used = transactions.doubleValue() * unitsPerSecond;
            fractions.put("databaseTransactionsPerSecond", Report.round(used, 0));
            fractions.put("ofPostgresqlBound", Report.round(used / boundTps, 3));
            fractions.put("unitsPerSecondIfOnlyTransactionsCounted",
                    Report.round(boundTps / transactions.doubleValue(), 0));
        }
        Map<String, Object> kafka = (Map<String, Object>) bound.get("kafkaProduce");
        if (perUnit.get("kafkaRecords") instanceof Number records) {
            double boundRate = ((Number) kafka.get("recordsPerSecond")).doubleValue();
            double used = records.doubleValue() * unitsPerSecond;
            fractions.put("kafkaRecordsPerSecond", Report.round(used, 0));
            fractions.put("ofKafkaBound", Report.round(used / boundRate, 3));
            fractions.put("unitsPerSecondIfOnlyRecordsCounted", Report.round(boundRate / records.doubleValue(), 0));
        }
        return fractions;
    }
}
