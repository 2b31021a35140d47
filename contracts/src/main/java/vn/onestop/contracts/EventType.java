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
 * (agency code, see {@link Topics#CALENDAR_EVENTS}) and {@link #CATALOG_PUBLISHED} (the province's
 * unit code). Every type is published by a service of the
 * platform, except the {@link #inbound()} ones, which partner agency systems send
 * ({@link #TASK_COMPLETED}). New constants are added at the end.
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
            "schemas/calendar-changed.v1.json"),

    PROCESSING_STARTED(
            "ProcessingStarted",
            "vn.onestop.processing.started.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/processing-started.v1.json"),

    TASK_ASSIGNED(
            "TaskAssigned",
            "vn.onestop.task.assigned.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/task-assigned.v1.json"),

    /**
     * Inbound: sent by partner agency systems (police, social security, tax, land office), not by a
     * service of the platform, each partner on its own {@link Topics#PARTNER_REPLIES}. Each partner sets {@code ce_source}
     * to its own URI ({@code /partners/police}, ...); {@link #ceSource()} is the template
     * {@code /partners/{partner}}, see {@link #inbound()}.
     */
    TASK_COMPLETED(
            "TaskCompleted",
            "vn.onestop.task.completed.v1",
            Topics.PARTNER_REPLIES,
            "/partners/{partner}",
            "schemas/task-completed.v1.json"),

    STEP_COMPLETED(
            "StepCompleted",
            "vn.onestop.step.completed.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/step-completed.v1.json"),

    TASK_CANCELLED(
            "TaskCancelled",
            "vn.onestop.task.cancelled.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/task-cancelled.v1.json"),

    SUPPLEMENT_REQUESTED(
            "SupplementRequested",
            "vn.onestop.supplement.requested.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/supplement-requested.v1.json"),

    PAYMENT_REQUESTED(
            "PaymentRequested",
            "vn.onestop.payment.requested.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/payment-requested.v1.json"),

    PROCESSING_RESUMED(
            "ProcessingResumed",
            "vn.onestop.processing.resumed.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/processing-resumed.v1.json"),

    PROCESSING_STOPPED(
            "ProcessingStopped",
            "vn.onestop.processing.stopped.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/processing-stopped.v1.json"),

    DOSSIER_AT_RISK(
            "DossierAtRisk",
            "vn.onestop.dossier.at-risk.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/dossier-at-risk.v1.json"),

    DOSSIER_OVERDUE(
            "DossierOverdue",
            "vn.onestop.dossier.overdue.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/dossier-overdue.v1.json"),

    APOLOGY_ISSUED(
            "ApologyIssued",
            "vn.onestop.apology.issued.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/apology-issued.v1.json"),

    /**
     * An issued result was handed over to the applicant (counter, post or online), once per
     * result; national status 10.
     */
    RESULT_RETURNED(
            "ResultReturned",
            "vn.onestop.result.returned.v1",
            Topics.RESULT_EVENTS,
            "/onestop/results-service",
            "schemas/result-returned.v1.json"),

    /**
     * results-service cannot issue the result of an approved dossier with the data it was given
     * (docs/results.md, "Blocked results"): nothing is issued until {@link #RESULT_DATA_CORRECTED}.
     */
    RESULT_BLOCKED(
            "ResultBlocked",
            "vn.onestop.result.blocked.v1",
            Topics.RESULT_EVENTS,
            "/onestop/results-service",
            "schemas/result-blocked.v1.json"),

    /** The deciding agency corrected the result data of a dossier whose result was blocked. */
    RESULT_DATA_CORRECTED(
            "ResultDataCorrected",
            "vn.onestop.result-data.corrected.v1",
            Topics.PROCESSING_EVENTS,
            "/onestop/processing-service",
            "schemas/result-data-corrected.v1.json"),

    /** Counter staff scanned a component handed in on paper: its digitization state goes from 0 to 1. */
    DOSSIER_COMPONENT_DIGITIZED(
            "DossierComponentDigitized",
            "vn.onestop.dossier.component-digitized.v1",
            Topics.DOSSIER_EVENTS,
            "/onestop/intake-service",
            "schemas/dossier-component-digitized.v1.json"),

    /** An online submission waits for the receiving centre to accept it (national status 1). */
    DOSSIER_FILED(
            "DossierFiled",
            "vn.onestop.dossier.filed.v1",
            Topics.DOSSIER_EVENTS,
            "/onestop/intake-service",
            "schemas/dossier-filed.v1.json"),

    /** The receiving centre refused an online submission at intake, with the guidance or refusal slip (status 3). */
    DOSSIER_REFUSED(
            "DossierRefused",
            "vn.onestop.dossier.refused.v1",
            Topics.DOSSIER_EVENTS,
            "/onestop/intake-service",
            "schemas/dossier-refused.v1.json"),

    /**
     * The applicant's supplement deadline passed with no supplement: intake decides it under the
     * dossier's lock (a supplement and its expiry travel in order on the dossier's partition), and
     * processing refuses the dossier.
     */
    DOSSIER_SUPPLEMENT_EXPIRED(
            "DossierSupplementExpired",
            "vn.onestop.dossier.supplement-expired.v1",
            Topics.DOSSIER_EVENTS,
            "/onestop/intake-service",
            "schemas/dossier-supplement-expired.v1.json"),

    /**
     * An obligation of a dossier was paid, online through the payment gateway or at the counter, with
     * its electronic receipt: processing ends the payment pause it names, rating counts online payments.
     */
    FEE_PAID(
            "FeePaid",
            "vn.onestop.dossier.fee-paid.v1",
            Topics.DOSSIER_EVENTS,
            "/onestop/intake-service",
            "schemas/fee-paid.v1.json"),

    /**
     * Intake's reference data (administrative units, agencies, procedure ids with their national
     * codes and names), the whole snapshot, whenever it changes. Keyed by the province's unit code
     * on the compacted {@link Topics#CATALOG_EVENTS}.
     */
    CATALOG_PUBLISHED(
            "CatalogPublished",
            "vn.onestop.catalog.published.v1",
            Topics.CATALOG_EVENTS,
            "/onestop/intake-service",
            "schemas/catalog-published.v1.json");

    /** Classpath folder holding the AsyncAPI document and, below it, the schema files. */
    public static final String CONTRACTS_RESOURCE_ROOT = "/contracts/";

    /** Base URI of every schema {@code $id}; {@code schemaId() = SCHEMA_ID_BASE + schemaPath()}. */
    public static final String SCHEMA_ID_BASE = "https://onestop.vn/contracts/";

    /**
     * Start of the {@code ce_source} of every event sent by a partner agency system (an
     * {@link #inbound()} type): {@code /partners/<agency>}, e.g. {@code /partners/police}.
     */
    public static final String PARTNER_SOURCE_PREFIX = "/partners/";

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

    /**
     * Value of the {@code ce_source} header: the producing service. For an {@link #inbound()} type
     * any partner system may send it, so this is the template {@code /partners/{partner}}; the
     * header carries the partner's own URI ({@code /partners/police}, {@code /partners/tax}, ...).
     */
    public String ceSource() {
        return ceSource;
    }

    /**
     * Whether the event comes from outside the platform: sent by partner agency systems (whose
     * {@code ce_source} starts with {@link #PARTNER_SOURCE_PREFIX}), consumed by the platform. No
     * service publishes an inbound type through its outbox.
     */
    public boolean inbound() {
        return ceSource.startsWith(PARTNER_SOURCE_PREFIX);
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
     * Whether processing-service also writes this event, for a partner's agencies, on that
     * partner's {@link Topics#PARTNER_TASKS} (TaskAssigned, with the personal data the step needs,
     * and TaskCancelled).
     */
    public boolean copiedToPartners() {
        return this == TASK_ASSIGNED || this == TASK_CANCELLED;
    }

    /**
     * The event types published on {@code topic}. Tests isolate themselves with a prefix such as
     * {@code intake-test.onestop.dossier.events.v1}, so the topic is matched on its suffix; a
     * partner's topic ({@code onestop.partner.police.replies.v1}) matches its template.
     * Returns an empty set for unknown and dead-letter topics.
     */
    public static Set<EventType> publishedOn(String topic) {
        EnumSet<EventType> result = EnumSet.noneOf(EventType.class);
        if (topic == null) {
            return Collections.unmodifiableSet(result);
        }
        boolean partnerTasks = Topics.partnerOf(Topics.PARTNER_TASKS, topic).isPresent();
        for (EventType type : values()) {
            boolean onIt = type.topic.contains("{partner}")
                    ? Topics.partnerOf(type.topic, topic).isPresent()
                    : topic.equals(type.topic) || topic.endsWith("." + type.topic);
            if (onIt || partnerTasks && type.copiedToPartners()) {
                result.add(type);
            }
        }
        return Collections.unmodifiableSet(result);
    }
}
