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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One trace per dossier, from its submission to its last chained result (docs/adr/0021). A service
 * keeps the trace context a dossier arrived with beside the dossier (processing: on its case), and
 * work on the dossier that did not arrive in that trace (an officer's request, which starts a trace
 * of its own; a partner's reply that did not pass the context on; the deadline watch) continues it:
 * {@link #continueTrace} marks the dossier's trace for the rest of the transaction, and the first
 * event the transaction writes for the dossier opens a span in that trace, linked to the span of
 * the request, from the moment the work began to the end of the transaction. The events carry that
 * span's context ({@link #current(String)}), so their consumers continue the dossier's trace too.
 * Work that writes no event (a look at a case under its lock, the deadline watch finding nothing)
 * makes no span.
 *
 * <p>The span is not made current: it lives exactly as long as the transaction (ended when it
 * completes, on whatever thread completes it), and the request's own span stays the parent of what
 * the request does otherwise, its log lines included; the link joins the two.
 */
@ApplicationScoped
public class DossierTraces {

    private static final String KEY = DossierTraces.class.getName() + ".continued";

    private final Tracer tracer;
    private final TransactionSynchronizationRegistry transactions;

    DossierTraces(Tracer tracer, TransactionSynchronizationRegistry transactions) {
        this.tracer = tracer;
        this.transactions = transactions;
    }

    /** A dossier's trace continued by this transaction: its span once an event needs it. */
    private static final class Continued {
        final String dossierId;
        final SpanContext stored;
        final Span request;
        final String name;
        final Instant since = Instant.now();
        Span span;

        Continued(String dossierId, SpanContext stored, Span request, String name) {
            this.dossierId = dossierId;
            this.stored = stored;
            this.request = request;
            this.name = name;
        }
    }

    /** The trace context a new dossier record keeps: the current span's; empty when there is none. */
    public Optional<TraceParent> current() {
        return TraceParent.current();
    }

    /**
     * The trace context of an event of dossier {@code dossierId} written now: the span continuing
     * that dossier's trace in this transaction if {@link #continueTrace} marked it, else the current
     * span's; empty when there is neither.
     */
    public Optional<TraceParent> current(String dossierId) {
        Map<String, Continued> continued = continued();
        Continued dossier = continued == null || dossierId == null ? null : continued.get(dossierId);
        return dossier != null ? TraceParent.of(span(dossier).getSpanContext()) : TraceParent.current();
    }

    private Span span(Continued dossier) {
        if (dossier.span == null) {
            SpanBuilder builder = tracer.spanBuilder(dossier.name)
                    .setSpanKind(SpanKind.INTERNAL)
                    .setParent(Context.root().with(Span.wrap(dossier.stored)))
                    .setStartTimestamp(dossier.since)
                    .setAttribute("onestop.dossier.id", dossier.dossierId);
            if (dossier.request.getSpanContext().isValid()) {
                // the request's own trace stays findable from the dossier's (the link), and the
                // dossier's from the request's (the attribute)
                builder.addLink(dossier.request.getSpanContext());
                dossier.request.setAttribute("onestop.dossier.trace_id", dossier.stored.getTraceId());
            }
            dossier.span = builder.startSpan();
        }
        return dossier.span;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Continued> continued() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                ? (Map<String, Continued>) transactions.getResource(KEY) : null;
    }

    /**
     * Continues the trace of a dossier whose stored context is {@code traceparent}/{@code tracestate}
     * for the rest of the current transaction. Nothing happens when there is no active transaction,
     * when the stored context is missing or malformed (a dossier from before tracing), when the work
     * already runs in the dossier's trace (a consumed event that carried it), or when this
     * transaction already continues this dossier's trace. Costs nothing more until an event of the
     * dossier is written.
     *
     * @param name what is done, as the span's name ({@code "case work"})
     */
    public void continueTrace(String dossierId, String traceparent, String tracestate, String name) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        Map<String, Continued> continued = continued();
        if (continued != null && continued.containsKey(dossierId)) {
            return;
        }
        Optional<SpanContext> stored = TraceParent.parse(traceparent, tracestate);
        if (stored.isEmpty()) {
            return;
        }
        Span request = Span.current();
        if (request.getSpanContext().isValid()
                && request.getSpanContext().getTraceId().equals(stored.get().getTraceId())) {
            return;
        }
        if (continued == null) {
            Map<String, Continued> dossiers = new LinkedHashMap<>();
            continued = dossiers;
            transactions.putResource(KEY, dossiers);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    for (Continued each : dossiers.values()) {
                        if (each.span == null) {
                            continue;
                        }
                        if (status != Status.STATUS_COMMITTED) {
                            each.span.setStatus(StatusCode.ERROR, "rolled back");
                        }
                        each.span.end();
                    }
                }
            });
        }
        continued.put(dossierId, new Continued(dossierId, stored.get(), request, name));
    }
}
