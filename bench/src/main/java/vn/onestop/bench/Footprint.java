package vn.onestop.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the platform spends, as PostgreSQL and Kafka count it: for each service's database the
 * transactions committed and rolled back and the rows inserted, updated and deleted
 * ({@code pg_stat_database}) and, when the server preloads {@code pg_stat_statements}, the statements
 * it executed there (reset at the window's start); for each of the platform's topics the records written (the sum of its
 * partitions' end offsets). Two readings give the cost of a run, divided by the dossiers (or
 * bundles) it submitted. PostgreSQL publishes a backend's counts when it goes idle, up to
 * {@link #STATS_DELAY_MILLIS} later, so the closing reading waits that long.
 */
final class Footprint implements AutoCloseable {

    /** PostgreSQL's PGSTAT_IDLE_INTERVAL (10 s) and a margin. */
    static final long STATS_DELAY_MILLIS = 11_000;
    /** The count {@code pg_stat_statements} adds per database: statements executed (its {@code calls}, summed). */
    static final String STATEMENTS = "statements";
    private static final List<String> COUNTS = List.of("xact_commit", "xact_rollback", "tup_inserted", "tup_updated",
            "tup_deleted");

    /** Counts per database (by service) and records per topic at one moment. */
    record Reading(Map<String, Map<String, Long>> databases, Map<String, Long> topics) {
    }

    private final String jdbcUrl;
    private final String user;
    private final Map<String, String> databases;
    private final Admin admin;
    private final String topicPrefix;
    private boolean statementsCounted;

    /**
     * @param jdbcUrl   {@code jdbc:postgresql://host:port/postgres} (any database of the server)
     * @param databases service → its database
     */
    Footprint(String jdbcUrl, String user, Map<String, String> databases, Map<String, Object> kafkaAdmin,
              String topicPrefix) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.databases = Map.copyOf(databases);
        this.admin = Admin.create(kafkaAdmin);
        this.topicPrefix = topicPrefix;
    }

    /**
     * The reading at the start of a window: when the server preloads {@code pg_stat_statements}, makes
     * sure the extension exists (in the database of {@code jdbcUrl}) and resets its counts, so that the
     * closing reading counts the window's statements only; then {@link #read()}.
     */
    Reading start() throws SQLException, InterruptedException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement sql = connection.createStatement()) {
            statementsCounted = false;
            try (ResultSet preload = sql.executeQuery("SELECT current_setting('shared_preload_libraries')")) {
                if (!preload.next() || !preload.getString(1).contains("pg_stat_statements")) {
                    return read();
                }
            }
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            sql.execute("SELECT pg_stat_statements_reset()");
            statementsCounted = true;
        }
        return read();
    }

    /** Whether {@link #start()} found {@code pg_stat_statements} and the readings count statements. */
    boolean statementsCounted() {
        return statementsCounted;
    }

    Reading read() throws SQLException, InterruptedException {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             PreparedStatement query = connection.prepareStatement("SELECT " + String.join(", ", COUNTS)
                     + " FROM pg_stat_database WHERE datname = ?");
             PreparedStatement statements = connection.prepareStatement("SELECT coalesce(sum(s.calls), 0)"
                     + " FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = ?")) {
            for (Map.Entry<String, String> database : databases.entrySet()) {
                query.setString(1, database.getValue());
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        Map<String, Long> values = new LinkedHashMap<>();
                        for (String count : COUNTS) {
                            values.put(count, row.getLong(count));
                        }
                        counts.put(database.getKey(), values);
                    }
                }
                if (statementsCounted && counts.containsKey(database.getKey())) {
                    statements.setString(1, database.getValue());
                    try (ResultSet row = statements.executeQuery()) {
                        row.next();
                        counts.get(database.getKey()).put(STATEMENTS, row.getLong(1));
                    }
                }
            }
        }
        return new Reading(counts, topicRecords());
    }

    private Map<String, Long> topicRecords() throws InterruptedException {
        Map<String, Long> records = new TreeMap<>();
        try {
            List<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(topicPrefix) && !t.startsWith("__")).sorted().toList();
            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> wanted.put(new TopicPartition(topic.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end
                    : admin.listOffsets(wanted).all().get(10, TimeUnit.SECONDS).entrySet()) {
                records.merge(end.getKey().topic(), end.getValue().offset(), Long::sum);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not list its topics' offsets", e);
        }
        return records;
    }

    /** The difference of two readings, in total and per unit of work. */
    static Map<String, Object> cost(Reading before, Reading after, long units) {
        Map<String, Object> databases = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        after.databases().forEach((service, counts) -> {
            Map<String, Object> delta = new LinkedHashMap<>();
            counts.forEach((count, value) -> {
                long spent = value - before.databases().getOrDefault(service, Map.of()).getOrDefault(count, 0L);
                delta.put(count, spent);
                totals.merge(count, spent, Long::sum);
            });
            databases.put(service, delta);
        });
        Map<String, Object> topics = new LinkedHashMap<>();
        long records = 0;
        for (Map.Entry<String, Long> topic : after.topics().entrySet()) {
            long written = topic.getValue() - before.topics().getOrDefault(topic.getKey(), 0L);
            if (written != 0) {
                topics.put(topic.getKey(), written);
            }
            records += written;
        }
        Map<String, Object> perUnit = new LinkedHashMap<>();
        totals.forEach((count, value) -> perUnit.put(count, units == 0 ? "-" : Report.round((double) value / units, 2)));
        perUnit.put("kafkaRecords", units == 0 ? "-" : Report.round((double) records / units, 2));
        if (!totals.containsKey(STATEMENTS)) {
            perUnit.put(STATEMENTS, "not counted: the server does not preload pg_stat_statements");
        }
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("perUnit", perUnit);
        cost.put("databases", databases);
        cost.put("kafkaRecords", records);
        cost.put("kafkaRecordsByTopic", topics);
        return cost;
    }

    @Override
    public void close() {
        admin.close();
    }
}
