package vn.onestop.platform.messaging;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work on a dossier that arrives in a trace of its own continues the dossier's trace (docs/adr/0021).
 * A narrow unit test: the transaction is a stand-in that only keeps resources and runs the
 * synchronizations; processing-service's TraceContinuityTest shows the same on the real database
 * and broker, and BirthBundleIT through the four packaged services.
 */
class DossierTracesTest {

    private static final String DOSSIER = "5b0a9c0e-2f55-4d43-9d2f-3d1f8f5f0c11";
    private static final String DOSSIER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CASE_OPENED = "00f067aa0ba902b7";
    private static final String STORED = "00-" + DOSSIER_TRACE + "-" + CASE_OPENED + "-01";

    /** A transaction that is active until completed, as far as DossierTraces looks. */
    private static final class Transaction implements TransactionSynchronizationRegistry {
        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();
        private int status = Status.STATUS_ACTIVE;

        void complete(int outcome) {
            status = outcome;
            synchronizations.forEach(s -> s.afterCompletion(outcome));
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private final RecordedSpans recorded = new RecordedSpans();
    private final Transaction transaction = new Transaction();
    private final DossierTraces traces = new DossierTraces(recorded.tracer(), transaction);

    @Test
    void an_event_written_from_a_request_in_another_trace_continues_the_dossier_s_linked_to_the_request() {
        Span request = recorded.tracer().spanBuilder("POST /api/v1/tasks/{id}/complete").setSpanKind(SpanKind.SERVER)
                .startSpan();
        TraceParent written;
        try (Scope ignored = request.makeCurrent()) {
            traces.continueTrace(DOSSIER, STORED, null, "case work");
            written = traces.current(DOSSIER).orElseThrow();
            assertThat(traces.current(DOSSIER)).as("one span per dossier and transaction").contains(written);
            // an event of something else than this dossier stays in the request's trace
            assertThat(traces.current("another-dossier").orElseThrow().traceparent()).contains(
                    request.getSpanContext().getTraceId());
        }
        transaction.complete(Status.STATUS_COMMITTED);
        request.end();

        SpanData work = recorded.spans().stream().filter(span -> span.getName().equals("case work")).findFirst()
                .orElseThrow();
        assertThat(work.getTraceId()).isEqualTo(DOSSIER_TRACE);
        assertThat(work.getParentSpanId()).isEqualTo(CASE_OPENED);
        assertThat(written.traceparent()).isEqualTo("00-" + DOSSIER_TRACE + "-" + work.getSpanId() + "-01");
        assertThat(work.getAttributes().get(AttributeKey.stringKey("onestop.dossier.id"))).isEqualTo(DOSSIER);
        assertThat(work.getLinks()).extracting(link -> link.getSpanContext().getSpanId())
                .containsExactly(request.getSpanContext().getSpanId());
        assertThat(work.hasEnded()).isTrue();
        SpanData server = recorded.spans().stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst()
                .orElseThrow();
        assertThat(server.getAttributes().get(AttributeKey.stringKey("onestop.dossier.trace_id"))).isEqualTo(DOSSIER_TRACE);
    }

    @Test
    void work_that_writes_no_event_makes_no_span() {
        traces.continueTrace(DOSSIER, STORED, null, "case work");
        transaction.complete(Status.STATUS_COMMITTED);
        assertThat(recorded.spans()).isEmpty();
    }

    @Test
    void a_rolled_back_transaction_s_span_says_so() {
        traces.continueTrace(DOSSIER, STORED, null, "case work");
        traces.current(DOSSIER);
        transaction.complete(Status.STATUS_ROLLEDBACK);
        assertThat(recorded.spans()).singleElement()
                .satisfies(span -> assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR));
    }

    @Test
    void work_already_in_the_dossier_s_trace_stays_in_its_own_span() {
        Span consumer = recorded.tracer().spanBuilder("process topic").setSpanKind(SpanKind.CONSUMER)
                .setParent(io.opentelemetry.context.Context.root().with(Span.wrap(
                        TraceParent.parse(STORED, null).orElseThrow()))).startSpan();
        try (Scope ignored = consumer.makeCurrent()) {
            traces.continueTrace(DOSSIER, STORED, null, "case work");
            assertThat(traces.current(DOSSIER)).contains(TraceParent.of(consumer.getSpanContext()).orElseThrow());
        }
        transaction.complete(Status.STATUS_COMMITTED);
        consumer.end();
        assertThat(recorded.spans()).extracting(SpanData::getName).containsExactly("process topic");
    }

    @Test
    void a_dossier_without_a_stored_trace_is_traced_as_the_work_is() {
        traces.continueTrace(DOSSIER, null, null, "case work");
        traces.continueTrace("other", "garbage", null, "case work");
        assertThat(traces.current(DOSSIER)).isEmpty();
        assertThat(traces.current("other")).isEmpty();
        transaction.complete(Status.STATUS_COMMITTED);
        assertThat(recorded.spans()).isEmpty();
    }

    @Test
    void outside_a_transaction_nothing_is_continued() {
        transaction.complete(Status.STATUS_NO_TRANSACTION);
        traces.continueTrace(DOSSIER, STORED, null, "case work");
        assertThat(traces.current(DOSSIER)).as("no current span either").isEmpty();
    }
}
