package vn.onestop.platform.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One trace per dossier, from its submission to its last chained result (docs/adr/0021). A service
 * keeps the trace context a dossier arrived with beside the dossier (processing: on its case), and
 * work on the dossier that did not arrive in that trace (an officer's request, which starts a trace
 * of its own; a partner's reply that did not pass the context on; the deadline watch) continues it:
 * {@link #continueTrace} opens a span in the dossier's trace, linked to the span of the request, for
 * the rest of the transaction, and the events the transaction writes to the outbox carry that span's
 * context ({@link #current}), so their consumers continue the dossier's trace too.
 *
 * <p>The span is not made current: it lives exactly as long as the transaction (ended when it
 * completes, on whatever thread completes it), and the request's own span stays the parent of what
 * the request does otherwise, its log lines included; the link joins the two.
 */
@ApplicationScoped
public class DossierTraces {

    private static final String KEY = DossierTraces.class.getName() + ".span";

    private final Tracer tracer;
    private final TransactionSynchronizationRegistry transactions;

    DossierTraces(Tracer tracer, TransactionSynchronizationRegistry transactions) {
        this.tracer = tracer;
        this.transactions = transactions;
    }

    /** The trace context a new dossier record keeps: the current span's; empty when there is none. */
    public Optional<TraceParent> current() {
        return TraceParent.current();
    }

    /**
     * As {@link #current()} for the event or record of dossier {@code dossierId}: the span continuing
     * that dossier's trace in this transaction if there is one, else the current span's.
     */
    public Optional<TraceParent> current(String dossierId) {
        Map<String, Span> continued = continued();
        Span span = continued == null || dossierId == null ? null : continued.get(dossierId);
        return span != null ? TraceParent.of(span.getSpanContext()) : TraceParent.current();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Span> continued() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                ? (Map<String, Span>) transactions.getResource(KEY) : null;
    }

    /**
     * Continues the trace of a dossier whose stored context is {@code traceparent}/{@code tracestate}
     * for the rest of the current transaction. Nothing happens when there is no active transaction,
     * when the stored context is missing or malformed (a dossier from before tracing), when the work
     * already runs in the dossier's trace (a consumed event that carried it), or when this
     * transaction already continues this dossier's trace.
     *
     * @param name what is done, as the span's name ({@code "case work"})
     */
    public void continueTrace(String dossierId, String traceparent, String tracestate, String name) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        Map<String, Span> continued = continued();
        if (continued != null && continued.containsKey(dossierId)) {
            return;
        }
        Optional<SpanContext> stored = TraceParent.parse(traceparent, tracestate);
        if (stored.isEmpty()) {
            return;
        }
        SpanContext request = Span.current().getSpanContext();
        if (request.isValid() && request.getTraceId().equals(stored.get().getTraceId())) {
            return;
        }
        SpanBuilder builder = tracer.spanBuilder(name)
                .setSpanKind(SpanKind.INTERNAL)
                .setParent(Context.root().with(Span.wrap(stored.get())))
                .setAttribute("onestop.dossier.id", dossierId);
        if (request.isValid()) {
            // the request's own trace stays findable from the dossier's (the link), and the dossier's
            // from the request's (the attribute)
            builder.addLink(request);
            Span.current().setAttribute("onestop.dossier.trace_id", stored.get().getTraceId());
        }
        Span span = builder.startSpan();
        if (continued == null) {
            Map<String, Span> spans = new LinkedHashMap<>();
            continued = spans;
            transactions.putResource(KEY, spans);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    for (Span each : spans.values()) {
                        if (status != Status.STATUS_COMMITTED) {
                            each.setStatus(StatusCode.ERROR, "rolled back");
                        }
                        each.end();
                    }
                }
            });
        }
        continued.put(dossierId, span);
    }
}
