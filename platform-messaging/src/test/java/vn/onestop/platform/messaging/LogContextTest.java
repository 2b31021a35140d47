package vn.onestop.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lines logged while a consumed record is handled carry its event, dossier and trace as MDC fields. */
class LogContextTest {

    private static final String EVENT_ID = "0f9c7c61-7d3c-4a53-a7a4-53a2c0d7e3a1";
    private static final String DOSSIER_ID = "5b0a9c0e-2f55-4d43-9d2f-3d1f8f5f0c11";
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private record Line(String message, Map<String, Object> mdc) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // on the logging thread, as a console handler formats it
            lines.add(new Line(String.valueOf(record.getMessage()), new HashMap<>(MDC.getMap())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("");
    // Neither database nor configuration is reached: a record of an unknown type is refused before either.
    private final EventInbox inbox = new EventInbox(null, new ObjectMapper(), null, new SimpleMeterRegistry(),
            List.<AppliedEventObserver>of(),
            io.opentelemetry.api.OpenTelemetry.noop().getTracer("test"));

    @BeforeEach
    void listen() {
        root.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        root.removeHandler(capture);
        MDC.clear();
    }

    @Test
    void a_consumed_record_is_handled_with_its_event_dossier_and_trace_in_the_mdc() {
        Map<String, String> headers = IncomingEventTest.with("ce_type", "vn.onestop.unknown.v1");
        headers.put("ce_traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        ConsumerRecord<String, String> record = IncomingEventTest.record("intake-test.onestop.dossier.events.v1",
                headers, "{}");

        assertThatThrownBy(() -> inbox.handle("test-consumer", record, event -> { }))
                .isInstanceOf(PoisonEventException.class);

        // (the tracer's context storage adds the span's own fields, spanId and sampled, beside these)
        assertThat(lines).filteredOn(line -> line.message().contains("poison record")).singleElement()
                .satisfies(line -> assertThat(line.mdc()).containsAllEntriesOf(Map.of(LogContext.EVENT_ID, EVENT_ID,
                        LogContext.DOSSIER_ID, DOSSIER_ID, LogContext.TRACE_ID, TRACE_ID)));
        assertThat(MDC.getMap()).as("removed once the record is handled").isEmpty();
    }

    @Test
    void closing_restores_what_the_thread_had_before() {
        MDC.put(LogContext.EVENT_ID, "outer-event");
        try (LogContext inner = LogContext.open().put(LogContext.EVENT_ID, "inner-event")
                .put(LogContext.DOSSIER_CODE, "H22-261126-0001")) {
            assertThat(MDC.get(LogContext.EVENT_ID)).isEqualTo("inner-event");
            assertThat(MDC.get(LogContext.DOSSIER_CODE)).isEqualTo("H22-261126-0001");
        }
        assertThat(MDC.getMap()).isEqualTo(Map.of(LogContext.EVENT_ID, "outer-event"));
    }

    @Test
    void what_does_not_look_like_an_id_stays_out_of_the_logs() {
        try (LogContext ignored = LogContext.open().put(LogContext.DOSSIER_CODE, "H22\nERROR forged line")
                .put(LogContext.DOSSIER_ID, "").put(LogContext.EVENT_ID, null)) {
            assertThat(MDC.getMap()).isEmpty();
        }
    }

    @Test
    void a_trace_id_a_tracer_put_is_kept() {
        MDC.put(LogContext.TRACE_ID, "0af7651916cd43dd8448eb211c80319c");
        try (LogContext ignored = LogContext.open().traceparent("00-" + TRACE_ID + "-00f067aa0ba902b7-01")) {
            assertThat(MDC.get(LogContext.TRACE_ID)).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        }
        assertThat(MDC.get(LogContext.TRACE_ID)).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @ParameterizedTest(name = "traceparent \"{0}\" gives \"{1}\"")
    @CsvSource({
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, 4bf92f3577b34da6a3ce929d0e0e4736",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00, 4bf92f3577b34da6a3ce929d0e0e4736",
            // a later version may append fields
            "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra, 4bf92f3577b34da6a3ce929d0e0e4736",
            // all zeros is no trace; upper case, short ids and garbage are not W3C trace contexts
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01, ''",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01, ''",
            "00-4bf92f3577b34da6-00f067aa0ba902b7-01, ''",
            "not a traceparent, ''",
            "'', ''"})
    void the_trace_id_of_a_w3c_traceparent(String traceparent, String traceId) {
        assertThat(LogContext.traceId(traceparent).orElse("")).isEqualTo(traceId);
    }
}
