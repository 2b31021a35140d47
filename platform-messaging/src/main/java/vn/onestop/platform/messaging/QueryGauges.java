package vn.onestop.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Gauges whose value comes from a database query: the outbox backlog, the dossiers overdue, the
 * notifications waiting. A scrape never queries: every service replica is scraped by Prometheus
 * (and by anyone who opens /q/metrics), and a count over a large table on each scrape would load
 * the database for nothing. Instead one daemon thread refreshes every registered gauge every
 * {@code onestop.metrics.gauge-refresh} (20 s by default), each query in its own short read-only
 * transaction with a statement timeout, and the gauge reads the value cached by the last refresh.
 *
 * <p>While the database is unreachable a refresh fails quietly (logged once per outage) and the
 * gauges keep their last value; before the first successful refresh a gauge reads NaN (unknown),
 * never a made-up 0. A query returns either one number, or rows of (label value, number): a label
 * value seen once stays as a series and reads 0 while no row names it (an agency with no overdue
 * dossier any more), so alerts see it fall rather than vanish. Label values must be few (agency
 * codes, never dossier codes).
 */
@ApplicationScoped
public class QueryGauges {

    /** A query's parameters, computed at each refresh (typically "now" from the service's clock). */
    public interface Parameters extends Supplier<List<Object>> {
    }

    private static final Parameters NONE = List::of;

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;
    private final Duration period;
    private final List<Registered> gauges = new CopyOnWriteArrayList<>();
    private volatile ScheduledExecutorService refresher;
    private volatile boolean failing;

    @Inject
    QueryGauges(AgroalDataSource dataSource, MeterRegistry registry, MetricsConfig config) {
        this(dataSource, registry, config.gaugeRefresh());
    }

    QueryGauges(AgroalDataSource dataSource, MeterRegistry registry, Duration period) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.period = period;
    }

    /** A gauge read by {@code sql}, which returns one row with one number (a count, an age in seconds). */
    public void register(String name, String description, String sql) {
        Registered gauge = new Registered(name, description, null, sql, NONE);
        registerSeries(gauge, null);
        gauges.add(gauge);
        refreshSoon();
    }

    /**
     * A gauge with one series per value of {@code label}, read by {@code sql}, which returns rows of
     * (label value, number) and takes the {@code parameters} computed at each refresh.
     */
    public void registerPerLabel(String name, String description, String label, String sql, Parameters parameters) {
        gauges.add(new Registered(name, description, label, sql, parameters));
        refreshSoon();
    }

    /** A gauge registered after start-up gets its first value now rather than one period later. */
    private void refreshSoon() {
        ScheduledExecutorService running = refresher;
        if (running != null && !running.isShutdown()) {
            running.execute(this::refresh);
        }
    }

    void start(@Observes StartupEvent event) {
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "query-gauges");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** Refreshes every gauge now; never throws (a failing query keeps its gauge's last value). */
    public synchronized void refresh() {
        boolean failed = false;
        for (Registered gauge : gauges) {
            try {
                gauge.update(read(gauge));
            } catch (SQLException | RuntimeException e) {
                failed = true;
                if (!failing) {
                    Log.warnf("metrics: cannot refresh %s (%s); the gauges keep their last values until the "
                            + "database answers again", gauge.name, e.getMessage());
                }
            }
        }
        if (failing && !failed) {
            Log.info("metrics: the gauges read from the database are refreshed again");
        }
        failing = failed;
    }

    private Map<String, Double> read(Registered gauge) throws SQLException {
        Map<String, Double> values = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set transaction read only");
                    statement.execute("set local statement_timeout = '5s'");
                }
                try (PreparedStatement statement = connection.prepareStatement(gauge.sql)) {
                    List<Object> parameters = gauge.parameters.get();
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            if (gauge.label == null) {
                                values.put("", rs.getDouble(1));
                            } else if (rs.getString(1) != null) {
                                values.put(rs.getString(1), rs.getDouble(2));
                            }
                        }
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
        return values;
    }

    private void registerSeries(Registered gauge, String labelValue) {
        Value value = new Value();
        Gauge.Builder<Value> builder = Gauge.builder(gauge.name, value, v -> v.current)
                .description(gauge.description).strongReference(true);
        if (labelValue != null) {
            builder.tag(gauge.label, labelValue);
        }
        builder.register(registry);
        gauge.series.put(labelValue == null ? "" : labelValue, value);
    }

    private static final class Value {
        private volatile double current = Double.NaN;
    }

    private final class Registered {
        private final String name;
        private final String description;
        private final String label;
        private final String sql;
        private final Parameters parameters;
        private final Map<String, Value> series = new ConcurrentHashMap<>();

        private Registered(String name, String description, String label, String sql, Parameters parameters) {
            this.name = name;
            this.description = description;
            this.label = label;
            this.sql = sql;
            this.parameters = parameters;
        }

        private void update(Map<String, Double> values) {
            if (label == null) {
                // an aggregate without rows (no row matched) reads 0
                series.get("").current = values.getOrDefault("", 0.0);
                return;
            }
            values.keySet().stream().filter(v -> !series.containsKey(v)).forEach(v -> registerSeries(this, v));
            series.forEach((labelValue, value) -> value.current = values.getOrDefault(labelValue, 0.0));
        }
    }
}
