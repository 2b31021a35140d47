package vn.onestop.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTest {

    private static final String TEXT = """
            # HELP onestop_outbox_backlog outbox rows not yet published
            # TYPE onestop_outbox_backlog gauge
            onestop_outbox_backlog 3.0
            onestop_outbox_backlog_oldest 9.0
            onestop_dead_letters_total{consumer="a",topic="x.dlq"} 1.0
            onestop_dead_letters_total{consumer="b",topic="y.dlq"} 2.0 # {span_id="00f067aa0ba902b7",trace_id="4bf92f3577b34da6a3ce929d0e0e4736"} 1.0 1765105234.567
            onestop_portal_sync_pending NaN
            """;

    @Test
    void sums_every_label_set_of_exactly_that_metric() {
        assertThat(PrometheusText.sum(TEXT, "onestop_outbox_backlog")).isEqualTo(3.0);
        assertThat(PrometheusText.sum(TEXT, "onestop_dead_letters_total")).isEqualTo(3.0);
    }

    @Test
    void a_gauge_not_read_yet_or_absent_is_unknown_not_zero() {
        assertThat(PrometheusText.sum(TEXT, "onestop_portal_sync_pending")).isNaN();
        assertThat(PrometheusText.sum(TEXT, "onestop_missing")).isNaN();
    }
}
