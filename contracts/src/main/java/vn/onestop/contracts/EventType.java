package vn.onestop.contracts;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every event type of the platform: its CloudEvents {@code type}, the topic it is published on,
 * its producer ({@code ce_source}) and the JSON Schema of its data.
 *
 * <p>A published version is never changed incompatibly: a breaking change is a new constant with
 * a new {@code ce_type} ({@code ...v2}) and a new schema file.
 *
 * <p>The Kafka key and {@code ce_subject} are the dossier id, except for {@link #CALENDAR_CHANGED}
 * (agency code, see {@link Topics#CALENDAR_EVENTS}). New constants are added at the end.
 */
public enum EventType {

    DOSSIER_SUBMITTED(
            "DossierSubmitted",
            "vn.onestop.dossier.submitted.v1",
            Topics.DOSSIER_EVENTS,
            "/onestop/intake-service",
            "schemas/dossier-submitted.v1.json"),

    DOSSIER_DECIDED(
            "DossierDecided",
            "vn.onestop.dossier.decided.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/dossier-decided.v1.json"),

    RESULT_ISSUED(
            "ResultIssued",
            "vn.onestop.result.issued.v1",
            Topics.RESULT_EVENTS,
            "/onestop/results-service",
            "schemas/result-issued.v1.json"),

    DOSSIER_SUPPLEMENTED(
            "DossierSupplemented",
            "vn.onestop.dossier.supplemented.v1",
            Topics.DOSSIER_EVENTS,
            "/onestop/intake-service",
            "schemas/dossier-supplemented.v1.json"),

    DOSSIER_WITHDRAWN(
            "DossierWithdrawn",
            "vn.onestop.dossier.withdrawn.v1",
            Topics.DOSSIER_EVENTS,
            "/onestop/intake-service",
            "schemas/dossier-withdrawn.v1.json"),

    /**
     * Keyed by agency code (or {@code "default"}), not by dossier id: its topic
     * {@link Topics#CALENDAR_EVENTS} is compacted to the latest calendar of each agency.
     */
    CALENDAR_CHANGED(
            "CalendarChanged",
            "vn.onestop.calendar.changed.v1",
            Topics.CALENDAR_EVENTS,
            "/onestop/processing-service",
            "schemas/calendar-changed.v1.json");

    /** Classpath folder holding the AsyncAPI document and, below it, the schema files. */
    public static final String CONTRACTS_RESOURCE_ROOT = "/contracts/";

    /** Base URI of every schema {@code $id}; {@code schemaId() = SCHEMA_ID_BASE + schemaPath()}. */
    public static final String SCHEMA_ID_BASE = "https://onestop.vn/contracts/";

    private final String eventName;
    private final String ceType;
    private final String topic;
    private final String ceSource;
    private final String schemaPath;

    EventType(String eventName, String ceType, String topic, String ceSource, String schemaPath) {
        this.eventName = eventName;
        this.ceType = ceType;
        this.topic = topic;
        this.ceSource = ceSource;
        this.schemaPath = schemaPath;
    }

    /** Past-tense event name, as used in the AsyncAPI document (e.g. {@code DossierSubmitted}). */
    public String eventName() {
        return eventName;
    }

    /** Value of the {@code ce_type} header. */
    public String ceType() {
        return ceType;
    }

    /** Main topic (without any test prefix) this event is published on. */
    public String topic() {
        return topic;
    }

    /** Value of the {@code ce_source} header: the producing service. */
    public String ceSource() {
        return ceSource;
    }

    /**
     * Schema path relative to the contracts root (e.g. {@code schemas/dossier-submitted.v1.json});
     * also the value producers put in the {@code ce_dataschema} header.
     */
    public String schemaPath() {
        return schemaPath;
    }

    /** The schema's {@code $id}, an absolute URI (e.g. {@code https://onestop.vn/contracts/schemas/...}). */
    public String schemaId() {
        return SCHEMA_ID_BASE + schemaPath;
    }

    /** Absolute classpath resource name of the schema (e.g. {@code /contracts/schemas/...}). */
    public String schemaResource() {
        return CONTRACTS_RESOURCE_ROOT + schemaPath;
    }

    /** The event type whose {@code ce_type} is {@code ceType}, if any. */
    public static Optional<EventType> fromCeType(String ceType) {
        if (ceType == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    /**
     * The event types published on {@code topic}. Tests isolate themselves with a prefix such as
     * {@code intake-test.onestop.dossier.events.v1}, so the topic is matched on its suffix.
     * Returns an empty set for unknown and dead-letter topics.
     */
    public static Set<EventType> publishedOn(String topic) {
        EnumSet<EventType> result = EnumSet.noneOf(EventType.class);
        if (topic == null) {
            return Collections.unmodifiableSet(result);
        }
        for (EventType type : values()) {
            if (topic.equals(type.topic) || topic.endsWith("." + type.topic)) {
                result.add(type);
            }
        }
        return Collections.unmodifiableSet(result);
    }
}
