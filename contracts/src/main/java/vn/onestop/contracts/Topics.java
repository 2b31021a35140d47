package vn.onestop.contracts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kafka topics of the platform, as declared in {@code deploy/base/kafka/topics.yaml}.
 *
 * <p>Main topics are keyed by dossier id, except {@link #CALENDAR_EVENTS} (agency code) and
 * {@link #CATALOG_EVENTS} (the province's unit code); each has a dead-letter topic named
 * {@code <topic>.dlq}.
 */
public final class Topics {

    /** Dossier lifecycle events published by intake-service. */
    public static final String DOSSIER_EVENTS = "onestop.dossier.events.v1";

    /**
     * Processing events published by processing-service: workflow, tasks of officers and partner
     * agencies, pauses, deadlines and the decision.
     */
    public static final String PROCESSING_EVENTS = "onestop.processing.events.v1";

    /** Issued results and their handover to the applicant, published by results-service. */
    public static final String RESULT_EVENTS = "onestop.result.events.v1";

    /**
     * Working calendars published by processing-service. Unlike the other topics, the key (and
     * {@code ce_subject}) is the agency code, or {@code "default"}, and the topic is compacted: it
     * keeps the latest calendar of each agency, so a consumer reading it from the beginning learns
     * every current calendar.
     */
    public static final String CALENDAR_EVENTS = "onestop.calendar.events.v1";

    /**
     * The reference data of intake's catalog (administrative units, agencies, procedure codes and
     * names) published by intake-service for the services that aggregate or report by them. Keyed by
     * the province's unit code and compacted: the latest snapshot is kept for good, whatever the
     * other topics' retention.
     */
    public static final String CATALOG_EVENTS = "onestop.catalog.events.v1";

    /**
     * Each partner agency system (police, social security, tax, ...) has its own pair of topics, so
     * that the broker's ACLs, not the records, say who wrote what: {@code {partner}} is the
     * system's name ({@code police}, {@code social-security}), the same as in its
     * {@code ce_source} {@code /partners/<partner>} and its Kafka user {@code partner-<partner>}.
     *
     * <p>The tasks topic carries the TaskAssigned and TaskCancelled of the agencies the partner acts
     * for, written by processing-service and read only by that partner.
     */
    public static final String PARTNER_TASKS = "onestop.partner.{partner}.tasks.v1";

    /**
     * The partner's replies (TaskCompleted), written only by that partner and consumed by
     * processing-service, which takes the sender from the topic: a reply for a task of an agency
     * the partner does not act for is dead-lettered.
     */
    public static final String PARTNER_REPLIES = "onestop.partner.{partner}.replies.v1";

    /** The one dead-letter topic of every partner's replies (processing-service writes it). */
    public static final String PARTNER_REPLIES_DEAD_LETTERS = "onestop.partner.replies.v1.dlq";

    /** Every partner topic starts with this (the prefix of processing-service's ACLs). */
    public static final String PARTNER_TOPIC_PREFIX = "onestop.partner.";

    private static final Pattern PARTNER_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Suffix appended to a topic name to get its dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /**
     * The dead-letter topic of {@code topic}.
     *
     * @throws IllegalArgumentException if {@code topic} is blank or already a dead-letter topic
     */
    public static String deadLetter(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        if (isDeadLetter(topic)) {
            // A DLQ of a DLQ would hide poison records two levels deep; nothing consumes it.
            throw new IllegalArgumentException(topic + " is already a dead-letter topic");
        }
        return topic + DEAD_LETTER_SUFFIX;
    }

    /**
     * The topic of one partner: {@code forPartner(PARTNER_REPLIES, "police")} is
     * {@code onestop.partner.police.replies.v1}.
     *
     * @throws IllegalArgumentException if the name is not lower-case letters and digits in
     *                                  hyphen-separated words, or the template has no {@code {partner}}
     */
    public static String forPartner(String template, String partner) {
        if (template == null || !template.contains("{partner}")) {
            throw new IllegalArgumentException(template + " is not a partner topic template");
        }
        if (!isPartnerName(partner)) {
            throw new IllegalArgumentException("partner name '" + partner
                    + "' must be lower-case letters and digits in words joined by '-'");
        }
        return template.replace("{partner}", partner);
    }

    /** Whether {@code name} can name a partner system (and so a topic and a Kafka user). */
    public static boolean isPartnerName(String name) {
        return name != null && PARTNER_NAME.matcher(name).matches();
    }

    /**
     * The partner whose topic of {@code template} is {@code topic}, allowing a test prefix before it
     * ({@code processing-test.onestop.partner.tax.replies.v1} is {@code tax}'s); empty for any
     * other topic.
     */
    public static Optional<String> partnerOf(String template, String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        int at = template.indexOf("{partner}");
        String head = template.substring(0, at);
        String tail = template.substring(at + "{partner}".length());
        int start = topic.startsWith(head) ? 0 : topic.indexOf("." + head) + 1;
        if (start < 0 || !topic.startsWith(head, start) || !topic.endsWith(tail)
                || topic.length() <= start + head.length() + tail.length()) {
            return Optional.empty();
        }
        String name = topic.substring(start + head.length(), topic.length() - tail.length());
        return isPartnerName(name) ? Optional.of(name) : Optional.empty();
    }

    /** Whether {@code topic} is a dead-letter topic. */
    public static boolean isDeadLetter(String topic) {
        return topic != null && topic.endsWith(DEAD_LETTER_SUFFIX);
    }
}
