package vn.onestop.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trace context of an event (docs/adr/0021): what a consumer makes of {@code ce_traceparent},
 * the W3C format kept on outbox rows, and when spans are recorded at all. The outbox and relay side
 * is in {@link OutboxRelayTest}; a service continuing a dossier's trace in processing-service's
 * TraceContinuityTest; all four services in one trace in e2e-tests' BirthBundleIT.
 */
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PRODUCER_SPAN = "00f067aa0ba902b7";
    private static final String TOPIC = "intake-test.onestop.dossier.events.v1";

    /** What was current, and in the MDC, when the inbox logged its verdict on the record. */
    private record Seen(String message, SpanContext current, Object mdcTraceId) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // JUL publishes on the logging thread: the inbox's own thread, inside its handling
            seen.add(new Seen(String.valueOf(record.getMessage()), Span.current().getSpanContext(),
                    MDC.get(LogContext.TRACE_ID)));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("");
    private final RecordedSpans recorded = new RecordedSpans();
    // Neither database nor configuration is reached: a record of an unknown type is refused before either.
    private final EventInbox inbox = new EventInbox(null, new ObjectMapper(), null, new SimpleMeterRegistry(),
            List.<AppliedEventObserver>of(), recorded.tracer());

    @BeforeEach
    void listen() {
        root.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        root.removeHandler(capture);
        MDC.clear();
    }

    private ConsumerRecord<String, String> unknownEvent(String traceparent) {
        Map<String, String> headers = IncomingEventTest.with("ce_type", "vn.onestop.unknown.v1");
        if (traceparent != null) {
            headers.put("ce_traceparent", traceparent);
        }
        return IncomingEventTest.record(TOPIC, headers, "{}");
    }

    @Test
    void a_consumed_event_is_handled_in_a_consumer_span_that_continues_its_trace() {
        assertThatThrownBy(() -> inbox.handle("test-consumer", unknownEvent("00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01"),
                event -> { })).isInstanceOf(PoisonEventException.class);

        SpanData consumer = recorded.spans().get(0);
        assertThat(recorded.spans()).hasSize(1);
        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getName()).isEqualTo("process " + TOPIC);
        assertThat(consumer.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(consumer.getParentSpanId()).isEqualTo(PRODUCER_SPAN);
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("cloudevents.event_id")))
                .isEqualTo("0f9c7c61-7d3c-4a53-a7a4-53a2c0d7e3a1");
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")))
                .isEqualTo("test-consumer");
        // the refusal shows as an error, named by its class only (its message may carry personal data)
        assertThat(consumer.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(consumer.getStatus().getDescription()).isEqualTo("PoisonEventException");
        // while the record was handled, the span was current (what the handler appends to the outbox
        // carries it) and its trace was in the MDC
        assertThat(seen).filteredOn(line -> line.message().contains("poison record")).singleElement()
                .satisfies(line -> {
                    assertThat(line.current().getSpanId()).isEqualTo(consumer.getSpanId());
                    assertThat(line.mdcTraceId()).isEqualTo(TRACE_ID);
                });
        assertThat(Span.current().getSpanContext().isValid()).as("no longer current afterwards").isFalse();
        assertThat(MDC.get(LogContext.TRACE_ID)).isNull();
    }

    @ParameterizedTest(name = "ce_traceparent \"{0}\" starts a new trace")
    @ValueSource(strings = {"", "not a traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", "00-4bf92f3577b34da6-00f067aa0ba902b7-01"})
    void a_missing_or_malformed_trace_context_starts_a_new_trace_and_is_no_reason_to_refuse_the_event(String traceparent) {
        // the only reason this record is refused is its unknown type: the verdict names that, not the trace
        assertThatThrownBy(() -> inbox.handle("test-consumer", unknownEvent(traceparent.isEmpty() ? null : traceparent),
                event -> { })).isInstanceOf(PoisonEventException.class).hasMessageContaining("unknown event type");

        SpanData consumer = recorded.spans().get(0);
        assertThat(consumer.getParentSpanId()).as("a root").isEqualTo(SpanId.getInvalid());
        assertThat(consumer.getSpanContext().isValid()).isTrue();
        assertThat(consumer.getTraceId()).isNotEqualTo(TRACE_ID);
        assertThat(seen).filteredOn(line -> line.message().contains("poison record")).singleElement()
                .extracting(Seen::mdcTraceId).isEqualTo(consumer.getTraceId());
    }

    @Test
    void a_partner_whose_kafka_client_is_instrumented_is_followed_by_its_plain_traceparent() {
        Map<String, String> headers = IncomingEventTest.with("ce_type", "vn.onestop.unknown.v1");
        headers.put("traceparent", "00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01");
        assertThatThrownBy(() -> inbox.handle("test-consumer", IncomingEventTest.record(TOPIC, headers, "{}"), event -> { }))
                .isInstanceOf(PoisonEventException.class);
        assertThat(recorded.spans().get(0).getTraceId()).isEqualTo(TRACE_ID);
        assertThat(recorded.spans().get(0).getParentSpanId()).isEqualTo(PRODUCER_SPAN);
    }

    @Test
    void the_w3c_form_kept_on_outbox_rows_round_trips_with_its_tracestate() {
        String traceparent = "00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01";
        SpanContext parsed = TraceParent.parse(traceparent, "vendor=opaque,other=1").orElseThrow();
        assertThat(parsed.isRemote()).isTrue();
        assertThat(parsed.isSampled()).isTrue();
        assertThat(TraceParent.of(parsed)).contains(new TraceParent(traceparent, "vendor=opaque,other=1"));
        assertThat(TraceParent.parse(traceparent, null).flatMap(TraceParent::of))
                .contains(new TraceParent(traceparent, null));
        // an unsampled trace stays unsampled downstream
        assertThat(TraceParent.parse("00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-00", null).orElseThrow().isSampled()).isFalse();
        assertThat(TraceParent.of(SpanContext.getInvalid())).isEmpty();
        assertThat(TraceParent.parse(null, "vendor=opaque")).isEmpty();
    }

    @Test
    void spans_are_recorded_only_when_there_is_an_endpoint_to_export_them_to() {
        assertThat(TraceSampling.choose(Optional.empty(), 1.0)).isEqualTo(Sampler.alwaysOff());
        assertThat(TraceSampling.choose(Optional.of(" "), 1.0)).isEqualTo(Sampler.alwaysOff());
        assertThat(TraceSampling.choose(Optional.of("http://otel-collector.monitoring:4317"), 1.0).getDescription())
                .isEqualTo(Sampler.parentBased(Sampler.alwaysOn()).getDescription());
        assertThat(TraceSampling.choose(Optional.of("http://otel-collector.monitoring:4317"), 0.25).getDescription())
                .contains("ParentBased").contains("0.25");
    }
}
