package vn.onestop.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import vn.onestop.platform.privacy.PersonalData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Context;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The idempotent, retrying consumer every service uses. Call it from a blocking {@code @Incoming}
 * method whose channel has {@code failure-strategy=dead-letter-queue}:
 * <ul>
 *   <li>the handler runs in a new transaction together with the insert of a processed-event row,
 *       so a redelivered event (same ce_id) finds the row and changes nothing;</li>
 *   <li>a failing handler is retried {@code max-attempts} times with a growing backoff, each try in
 *       a fresh transaction; then this method throws and the connector dead-letters the record with
 *       the reason in its headers and goes on with the next record;</li>
 *   <li>a poison event (malformed, unknown type, or refused by the handler as impossible) is
 *       dead-lettered at once;</li>
 *   <li>while the database is unreachable ({@link DatabaseUnavailable}) the event waits, trying
 *       again every few seconds, without spending its attempts: an outage dead-letters nothing;</li>
 *   <li>once shutdown has begun, handlings in progress finish and no other starts: the record is
 *       held unacknowledged ({@link ConsumerDrain}) and comes again after the restart;</li>
 *   <li>every line logged meanwhile carries the event id, the dossier id and the trace id as MDC
 *       fields ({@link LogContext});</li>
 *   <li>the handling runs in a CONSUMER span, current while the handler runs, whose parent is the
 *       trace context the event carries ({@code ce_traceparent}, docs/adr/0021): what the handler
 *       writes to the outbox continues the same trace. An event without one, or with a malformed
 *       one, starts a new trace and is handled all the same.</li>
 * </ul>
 *
 * <p>The backoff waits on the calling thread, on purpose: a {@code @Blocking} method runs on a
 * Quarkus worker thread, not on the Kafka polling thread (which goes on polling, so the consumer
 * stays in its group) nor on an event loop; the channel's next record must wait anyway, since
 * records of one dossier are applied in order. Called from an event loop, this method refuses at
 * once rather than stall it (docs/adr/0011-consumer-retries-wait-on-the-worker.md).
 */
@ApplicationScoped
public class EventInbox {

    /** Longest wait between two tries while the database is unreachable. */
    private static final long OUTAGE_BACKOFF_MAX_MILLIS = 5_000;

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final MessagingConfig config;
    private final MeterRegistry registry;
    private final Iterable<AppliedEventObserver> observers;
    private final Tracer tracer;
    private final ConsumerDrain drain = new ConsumerDrain();

    @Inject
    EventInbox(EntityManager entityManager, ObjectMapper mapper, MessagingConfig config, MeterRegistry registry,
               Instance<AppliedEventObserver> observers, Tracer tracer) {
        this(entityManager, mapper, config, registry, (Iterable<AppliedEventObserver>) observers, tracer);
    }

    EventInbox(EntityManager entityManager, ObjectMapper mapper, MessagingConfig config, MeterRegistry registry,
               Iterable<AppliedEventObserver> observers, Tracer tracer) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.config = config;
        this.registry = registry;
        this.observers = observers;
        this.tracer = tracer;
    }

    public void handle(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException(consumer + " called EventInbox on an event loop thread ("
                    + Thread.currentThread().getName() + "): annotate its @Incoming method with @Blocking");
        }
        Span span = consumerSpan(consumer, record);
        // every line logged while the record is handled, here and in the handler, names its event,
        // dossier and trace
        try (Scope scope = span.makeCurrent(); LogContext ignored = LogContext.ofRecord(record).trace(span)) {
            if (!drain.enter()) {
                park(consumer, record, "shutdown had begun");
                return; // not reached: a parked record is never acknowledged
            }
            boolean finished;
            try {
                finished = apply(consumer, record, handler);
            } finally {
                drain.leave();
            }
            if (!finished) {
                park(consumer, record, "shutdown began while it was waiting to try again");
            }
        } catch (RuntimeException e) {
            // the class only: a refusal's message may name personal data
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * The span of one handling: a child of the trace context the record carries (the CloudEvents
     * extension, or a plain W3C {@code traceparent} header from a partner whose Kafka client is
     * instrumented), or the root of a new trace when it carries none that is valid.
     */
    private Span consumerSpan(String consumer, ConsumerRecord<String, String> record) {
        String traceparent = header(record, CloudEventHeaders.TRACEPARENT);
        String tracestate = header(record, CloudEventHeaders.TRACESTATE);
        if (traceparent == null) {
            traceparent = header(record, "traceparent");
            tracestate = header(record, "tracestate");
        }
        SpanBuilder builder = tracer.spanBuilder("process " + record.topic())
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer);
        attribute(builder, "cloudevents.event_id", header(record, CloudEventHeaders.ID));
        attribute(builder, "cloudevents.event_type", header(record, CloudEventHeaders.TYPE));
        attribute(builder, "cloudevents.event_subject", header(record, CloudEventHeaders.SUBJECT));
        TraceParent.parse(traceparent, tracestate).ifPresentOrElse(
                parent -> builder.setParent(io.opentelemetry.context.Context.root().with(Span.wrap(parent))),
                builder::setNoParent);
        return builder.startSpan();
    }

    /** A header as a span attribute, cut short: a partner's header is not trusted to be small. */
    private static void attribute(SpanBuilder builder, String name, String value) {
        if (value != null) {
            builder.setAttribute(name, value.length() > 200 ? value.substring(0, 200) : value);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * Applies the record once (or skips it if applied before); false if shutdown began while it
     * waited to try again, so that the caller parks it unacknowledged.
     */
    private boolean apply(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event;
        try {
            event = IncomingEvent.parse(record, mapper);
        } catch (PoisonEventException e) {
            deadLettered(consumer, record, "unknown");
            Log.errorf("%s: poison record at %s-%d@%d: %s", consumer, record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            throw deadLetter(e);
        }
        int maxAttempts = Math.max(1, config.consumer().maxAttempts());
        long backoffMillis = config.consumer().backoff().toMillis();
        int outage = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstDelivery(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    for (AppliedEventObserver observer : observers) {
                        observer.applied(consumer, event);
                    }
                    return true;
                });
                count(consumer, event.type().eventName(), applied ? "applied" : "duplicate");
                if (!applied) {
                    Log.debugf("%s: event %s for dossier %s already processed", consumer, event.id(), event.subject());
                }
                return true;
            } catch (RuntimeException e) {
                PoisonEventException poison = poisonCause(e);
                if (poison != null) {
                    deadLettered(consumer, record, event.type().eventName());
                    Log.errorf("%s: event %s (%s) for dossier %s refused: %s", consumer, event.id(),
                            event.type().eventName(), event.subject(), poison.getMessage());
                    throw deadLetter(poison);
                }
                if (DatabaseUnavailable.causedBy(e)) {
                    // not the event's fault: it waits for the database instead of spending its attempts
                    attempt--;
                    outage++;
                    count(consumer, event.type().eventName(), "waited-for-database");
                    Log.warnf("%s: event %s for dossier %s waits for the database (%s)", consumer, event.id(),
                            event.subject(), rootMessage(e));
                    if (!pause(Math.min(OUTAGE_BACKOFF_MAX_MILLIS, backoffMillis * (1L << Math.min(outage, 10))))) {
                        return false;
                    }
                    continue;
                }
                if (attempt >= maxAttempts) {
                    deadLettered(consumer, record, event.type().eventName());
                    String reason = "failed " + attempt + " attempts: " + rootMessage(e);
                    Log.errorf(e, "%s: event %s (%s) for dossier %s %s", consumer, event.id(),
                            event.type().eventName(), event.subject(), reason);
                    // the reason names the root cause; the exception itself stays in the log (masked there too)
                    throw new EventHandlingException(PersonalData.mask(reason), null);
                }
                Log.warnf("%s: event %s for dossier %s failed attempt %d: %s", consumer, event.id(),
                        event.subject(), attempt, rootMessage(e));
                if (!pause(backoffMillis * attempt)) {
                    return false;
                }
            }
        }
    }

    private boolean firstDelivery(String consumer, IncomingEvent event) {
        int inserted = entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type, topic)
                        values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type().ceType())
                .setParameter(4, event.topic())
                .executeUpdate();
        return inserted == 1;
    }

    private void count(String consumer, String type, String outcome) {
        registry.counter("onestop.events.consumed", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }

    /**
     * Counts a record this inbox gives up on: the caller's channel ({@code failure-strategy=dead-letter-queue})
     * then sends it to its dead-letter topic, named {@code <topic>.dlq} by the project's convention
     * (docs/reliability.md). Counted when the inbox hands the record over, just before the connector
     * sends it (a send to the dead-letter topic that then fails is counted all the same).
     */
    private void deadLettered(String consumer, ConsumerRecord<String, String> record, String type) {
        count(consumer, type, "dead-lettered");
        registry.counter("onestop.dead.letters", "consumer", consumer, "topic", record.topic() + ".dlq").increment();
    }

    /**
     * What the connector dead-letters: the refusal's message with personal data masked, and no
     * cause (the connector would copy its message unmasked into {@code dead-letter-cause}).
     */
    private static PoisonEventException deadLetter(PoisonEventException refusal) {
        return new PoisonEventException(PersonalData.mask(refusal.getMessage()));
    }

    private static PoisonEventException poisonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Waits before the next try; false, at once, if shutdown begins meanwhile. */
    private boolean pause(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())) {
                if (drain.closing()) {
                    return false;
                }
                Thread.sleep(Math.min(left, 100));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
        return !drain.closing();
    }

    /**
     * Shutdown has begun (SIGTERM, a rolling restart): no handling starts any more, and those in
     * progress may finish within {@code onestop.messaging.consumer.drain-timeout}, before the
     * persistence layer and the Kafka clients close (docs/reliability.md).
     */
    void stopTaking(@Observes @Priority(1) ShutdownEvent shutdown) {
        try {
            int busy = drain.inProgress();
            if (drain.close(config.consumer().drainTimeout())) {
                Log.infof("event inbox: stopped taking events (%d handling(s) were in progress and finished)", busy);
            } else {
                Log.warnf("event inbox: %d handling(s) still in progress after %s; their events are not acknowledged "
                        + "and come again after the restart", drain.inProgress(), config.consumer().drainTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Holds a record that must not be applied any more (shutdown has begun) without acknowledging
     * or failing it: it comes again to the partition's next consumer. Does not return.
     */
    private void park(String consumer, ConsumerRecord<String, String> record, String why) {
        registry.counter("onestop.events.consumed", "consumer", consumer, "type", "unknown", "outcome", "parked")
                .increment();
        Log.infof("%s: record %s-%d@%d left unacknowledged (%s); it comes again after the restart", consumer,
                record.topic(), record.partition(), record.offset(), why);
        drain.park();
    }
}
