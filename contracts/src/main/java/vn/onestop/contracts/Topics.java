package vn.onestop.contracts;

/**
 * Kafka topics of the platform, as declared in {@code deploy/base/kafka/topics.yaml}.
 *
 * <p>Main topics are keyed by dossier id, except {@link #CALENDAR_EVENTS} (agency code); each has
 * a dead-letter topic named {@code <topic>.dlq}.
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
     * Replies of partner agency systems (police, social security, tax, land office) to the tasks
     * assigned to them on {@link #PROCESSING_EVENTS}: TaskCompleted, consumed by
     * processing-service. Written from outside the platform: {@code ce_source} is the partner's
     * own URI ({@code /partners/<agency>}). Keyed by dossier id like the other topics.
     */
    public static final String TASK_REPLIES = "onestop.task.replies.v1";

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

    /** Whether {@code topic} is a dead-letter topic. */
    public static boolean isDeadLetter(String topic) {
        return topic != null && topic.endsWith(DEAD_LETTER_SUFFIX);
    }
}
