package vn.onestop.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every log line written while handling an event or a request about a dossier carries, as MDC
 * fields (the production JSON logs print them under "mdc"): the dossier, the event and the trace.
 * Opened where events and requests enter (EventInbox, platform-rest's RequestLogContext) and closed
 * after, restoring what was there before. Values that do not look like ids are left out, so that
 * nothing a caller typed lands in the logs.
 */
public final class LogContext implements AutoCloseable {

    public static final String DOSSIER_ID = "dossierId";
    public static final String DOSSIER_CODE = "dossierCode";
    public static final String EVENT_ID = "eventId";
    /** The W3C trace id; the name OpenTelemetry uses for its own MDC field, so that both agree. */
    public static final String TRACE_ID = "traceId";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}.*");
    private static final String NO_TRACE = "0".repeat(32);

    private record Previous(String key, Object value) {
    }

    private final Deque<Previous> previous = new ArrayDeque<>();

    private LogContext() {
    }

    public static LogContext open() {
        return new LogContext();
    }

    /**
     * The context of a consumed record, from its CloudEvents headers (ce_id, ce_subject: the dossier
     * id) and its trace context (ce_traceparent or traceparent), read before the record is parsed so
     * that even a poison record's lines carry what it has.
     */
    public static LogContext ofRecord(ConsumerRecord<String, String> record) {
        String traceparent = header(record, CloudEventHeaders.TRACEPARENT);
        return open().put(EVENT_ID, header(record, CloudEventHeaders.ID))
                .put(DOSSIER_ID, header(record, CloudEventHeaders.SUBJECT))
                .traceparent(traceparent != null ? traceparent : header(record, "traceparent"));
    }

    /** Adds {@code key} if {@code value} looks like an id; closing restores the key's previous value. */
    public LogContext put(String key, String value) {
        if (value != null && ID.matcher(value).matches()) {
            previous.push(new Previous(key, MDC.put(key, value)));
        }
        return this;
    }

    /**
     * Adds the trace id of {@code span}, the one this code runs in (replacing what was there, and
     * restored on close); nothing when the span has no valid context.
     */
    public LogContext trace(io.opentelemetry.api.trace.Span span) {
        if (span.getSpanContext().isValid()) {
            put(TRACE_ID, span.getSpanContext().getTraceId());
        }
        return this;
    }

    /** Adds the trace id of a W3C traceparent, unless a tracer already put the current one. */
    public LogContext traceparent(String header) {
        if (MDC.get(TRACE_ID) == null) {
            traceId(header).ifPresent(id -> put(TRACE_ID, id));
        }
        return this;
    }

    /** The trace id of a W3C {@code traceparent} header (version-traceid-parentid-flags). */
    static Optional<String> traceId(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        Matcher m = TRACEPARENT.matcher(traceparent.strip());
        return m.matches() && !m.group(1).equals(NO_TRACE) ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public void close() {
        while (!previous.isEmpty()) {
            Previous p = previous.pop();
            if (p.value() == null) {
                MDC.remove(p.key());
            } else {
                MDC.put(p.key(), p.value());
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
