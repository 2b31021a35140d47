package vn.onestop.platform.messaging.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.onestop.platform.messaging.CloudEventHeaders;
import vn.onestop.platform.privacy.PersonalData;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One record of a dead-letter topic as an operator sees it: where it lies, what event it was, where
 * it came from and why it was given up on. Never the payload (it holds the applicant's personal
 * data); the reason is masked again (a partner's record or the connector's own message may carry
 * some) and cut short, as every header is: a partner's headers are not trusted to be small.
 *
 * @param redrive the command that sends it back ({@code ./onestop redrive}, docs/runbooks/dead-letters.md),
 *                or null for a record without an event id, which is never re-driven
 */
public record DeadLetter(String topic, int partition, long offset, Instant deadLetteredAt,
                         String eventId, String eventType, String subject,
                         String fromTopic, Integer fromPartition, Long fromOffset,
                         String reason, String redrive) {

    static final int MAX_HEADER = 500;
    static final int MAX_REASON = 2000;

    /** The operator's view of a record read from a dead-letter topic. */
    public static DeadLetter of(ConsumerRecord<?, ?> record) {
        String eventId = header(record, CloudEventHeaders.ID);
        String fromTopic = header(record, "dead-letter-topic");
        // masked before it is cut, so that no identity number is cut in two and left half readable
        String reason = header(record, "dead-letter-reason", 10 * MAX_REASON);
        String origin = fromTopic != null ? fromTopic : record.topic();
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()),
                eventId, header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.SUBJECT),
                fromTopic, integer(header(record, "dead-letter-partition")),
                longValue(header(record, "dead-letter-offset")),
                reason == null ? null : printable(PersonalData.mask(reason), MAX_REASON),
                eventId == null ? null : "./onestop redrive " + origin + " --id " + eventId);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return header(record, name, MAX_HEADER);
    }

    private static String header(ConsumerRecord<?, ?> record, String name, int max) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        return printable(new String(header.value(), StandardCharsets.UTF_8), max);
    }

    private static String printable(String value, int max) {
        StringBuilder printable = new StringBuilder(Math.min(value.length(), max));
        value.codePoints().limit(max)
                .forEach(c -> printable.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return printable.toString();
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
