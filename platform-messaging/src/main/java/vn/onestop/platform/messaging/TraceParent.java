package vn.onestop.platform.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A W3C trace context (<a href="https://www.w3.org/TR/trace-context/">traceparent and tracestate</a>)
 * as the platform keeps it: on an outbox row, on a case, and in the CloudEvents distributed-tracing
 * extension of an event ({@code ce_traceparent}, {@code ce_tracestate}). W3C whatever propagator the
 * service is configured with: that is the format the CloudEvents extension names.
 *
 * @param traceparent {@code version-traceid-parentid-flags}
 * @param tracestate  vendor entries, or null when there are none
 */
public record TraceParent(String traceparent, String tracestate) {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** The context of a span, or empty when it has none (no tracer, or an invalid span). */
    public static Optional<TraceParent> of(SpanContext span) {
        if (span == null || !span.isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.root().with(Span.wrap(span)), carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        return traceparent == null ? Optional.empty() : Optional.of(new TraceParent(traceparent, blankToNull(carrier.get(TRACESTATE))));
    }

    /** The context of the current span, or empty. */
    public static Optional<TraceParent> current() {
        return of(Span.current().getSpanContext());
    }

    /**
     * The remote span context these headers name, or empty when the traceparent is missing or not a
     * valid W3C traceparent (never an exception: a malformed trace context starts a new trace).
     */
    public static Optional<SpanContext> parse(String traceparent, String tracestate) {
        if (traceparent == null || traceparent.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>(2);
        carrier.put(TRACEPARENT, traceparent.strip());
        if (tracestate != null && !tracestate.isBlank()) {
            carrier.put(TRACESTATE, tracestate.strip());
        }
        SpanContext context = Span.fromContext(
                W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, GETTER)).getSpanContext();
        return context.isValid() ? Optional.of(context) : Optional.empty();
    }

    /** This context as a remote span context, or empty if it is malformed. */
    public Optional<SpanContext> spanContext() {
        return parse(traceparent, tracestate);
    }

    /**
     * Passes the current span's context on to an outgoing HTTP call that no instrumentation covers
     * (the JDK's HttpClient): {@code traceparent} and {@code tracestate} headers, as W3C Trace Context
     * asks. Nothing when there is no current span.
     */
    public static void propagate(BiConsumer<String, String> header) {
        current().ifPresent(trace -> {
            header.accept(TRACEPARENT, trace.traceparent());
            if (trace.tracestate() != null) {
                header.accept(TRACESTATE, trace.tracestate());
            }
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
