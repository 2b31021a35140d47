package vn.onestop.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Gauges refreshed from the real test database ({@code messaging_test}): the outbox backlog and the
 * age of its oldest row follow the unpublished rows; a labelled series reads 0 once its rows are gone;
 * a database that went away leaves the last values, and the refresh does not throw.
 */
class QueryGaugesTest {

    private static AgroalDataSource dataSource;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeAll
    static void schema() throws Exception {
        dataSource = dataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             InputStream schema = OutboxRelay.class.getResourceAsStream("/db/platform/V0_1__outbox_and_processed_events.sql")) {
            statement.execute("drop table if exists outbox_event, processed_event");
            statement.execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        sql("truncate outbox_event");
    }

    private static AgroalDataSource dataSource() throws SQLException {
        String port = System.getenv().getOrDefault("ONESTOP_TEST_DB_PORT", "15432");
        String user = System.getenv().getOrDefault("ONESTOP_TEST_DB_USER", "onestop");
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(3)
                        .acquisitionTimeout(Duration.ofSeconds(2))
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/messaging_test")
                                .principal(new NamePrincipal(user.isBlank() ? "onestop" : user)))));
    }

    private static void sql(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** An outbox row of {@code topic}, written {@code secondsAgo} ago, published or not. */
    private static void row(String topic, int secondsAgo, boolean published) throws SQLException {
        sql("""
                insert into outbox_event (id, topic, message_key, ce_type, ce_source, ce_time, payload, created_at,
                                          published_at)
                values (gen_random_uuid(), '%s', 'dossier-1', 'vn.onestop.test.v1', '/test', now(), '{}',
                        now() - make_interval(secs => %d), %s)""".formatted(topic, secondsAgo, published ? "now()" : "null"));
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    @Test
    void the_backlog_and_the_age_of_its_oldest_row_follow_the_unpublished_rows() throws SQLException {
        QueryGauges gauges = new QueryGauges(dataSource, registry, Duration.ofHours(1));
        new OutboxGauges().register(null, gauges);
        assertThat(gauge("onestop.outbox.backlog")).as("unknown before the first refresh").isNaN();
        gauges.refresh();
        assertThat(gauge("onestop.outbox.backlog")).isZero();
        assertThat(gauge("onestop.outbox.oldest.age.seconds")).isZero();

        row("a", 3600, true);
        row("a", 90, false);
        row("a", 10, false);
        gauges.refresh();
        assertThat(gauge("onestop.outbox.backlog")).as("the published row is not backlog").isEqualTo(2.0);
        assertThat(gauge("onestop.outbox.oldest.age.seconds")).isCloseTo(90.0, within(30.0));

        sql("update outbox_event set published_at = now() where published_at is null");
        gauges.refresh();
        assertThat(gauge("onestop.outbox.backlog")).isZero();
        assertThat(gauge("onestop.outbox.oldest.age.seconds")).isZero();
    }

    @Test
    void a_label_whose_rows_are_gone_reads_zero_and_parameters_are_computed_at_each_refresh() throws SQLException {
        QueryGauges gauges = new QueryGauges(dataSource, registry, Duration.ofHours(1));
        gauges.registerPerLabel("test.waiting", "rows waiting per topic, written before now", "topic", """
                select topic, count(*) from outbox_event where published_at is null and created_at < ?
                 group by topic""", () -> List.of(OffsetDateTime.now()));
        row("a", 60, false);
        row("a", 30, false);
        row("b", 30, false);
        gauges.refresh();
        assertThat(gauge("test.waiting", "topic", "a")).isEqualTo(2.0);
        assertThat(gauge("test.waiting", "topic", "b")).isEqualTo(1.0);

        sql("update outbox_event set published_at = now() where topic = 'a'");
        gauges.refresh();
        assertThat(gauge("test.waiting", "topic", "a")).as("still a series, at 0").isZero();
        assertThat(gauge("test.waiting", "topic", "b")).isEqualTo(1.0);
    }

    @Test
    void while_the_database_is_away_the_gauges_keep_their_last_value_and_the_refresh_does_not_throw()
            throws SQLException {
        AgroalDataSource away = dataSource();
        QueryGauges gauges = new QueryGauges(away, registry, Duration.ofHours(1));
        new OutboxGauges().register(null, gauges);
        row("a", 5, false);
        gauges.refresh();
        assertThat(gauge("onestop.outbox.backlog")).isEqualTo(1.0);

        away.close();
        row("a", 5, false);
        gauges.refresh();
        assertThat(gauge("onestop.outbox.backlog")).as("the last value read").isEqualTo(1.0);
    }
}
