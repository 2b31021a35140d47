package vn.onestop.platform.messaging;

/** CloudEvents 1.0 Kafka protocol binding, binary content mode: attribute header names. */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    /**
     * The CloudEvents distributed-tracing extension: the W3C trace context of the state change the
     * event announces (docs/adr/0021). Optional; a consumer that finds none, or a malformed one,
     * starts a new trace.
     */
    public static final String TRACEPARENT = "ce_traceparent";
    public static final String TRACESTATE = "ce_tracestate";

    private CloudEventHeaders() {
    }
}
