package vn.onestop.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A CloudEvent read from Kafka (binary mode), checked against the event catalog in contracts. */
public record IncomingEvent(String id, EventType type, String source, String subject, Instant time,
                            String topic, JsonNode data, ObjectMapper mapper) {

    /**
     * Parses a record. Anything that is not a well-formed event of a type published on that topic
     * is a {@link PoisonEventException}: retrying cannot fix it.
     */
    public static IncomingEvent parse(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        String id = required(record, CloudEventHeaders.ID);
        String ceType = required(record, CloudEventHeaders.TYPE);
        String source = required(record, CloudEventHeaders.SOURCE);
        String specVersion = required(record, CloudEventHeaders.SPEC_VERSION);
        if (!"1.0".equals(specVersion)) {
            throw new PoisonEventException("unsupported CloudEvents spec version " + specVersion);
        }
        EventType type = EventType.fromCeType(ceType)
                .filter(known -> EventType.publishedOn(record.topic()).contains(known))
                .orElseThrow(() -> new PoisonEventException(
                        "unknown event type " + ceType + " on topic " + record.topic()));
        Instant time = null;
        String rawTime = header(record, CloudEventHeaders.TIME);
        if (rawTime != null) {
            try {
                time = Instant.parse(rawTime);
            } catch (DateTimeParseException e) {
                throw new PoisonEventException("ce_time is not an RFC 3339 timestamp: " + rawTime);
            }
        }
        if (record.value() == null) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        JsonNode data;
        try {
            data = mapper.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("event " + id + " data is not JSON: " + e.getOriginalMessage());
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("event " + id + " data is not a JSON object");
        }
        // the contract, checked at runtime: an event that does not match its JSON Schema is poison,
        // whatever the consumer would have made of it (a producer broke the contract, or a partner
        // system sent what it may not)
        List<String> violations = ContractValidator.shared().violations(type, data);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("event " + id + " (" + type.eventName() + ") does not match its schema "
                    + type.schemaPath() + ": "
                    + String.join("; ", violations.subList(0, Math.min(5, violations.size()))));
        }
        return new IncomingEvent(id, type, source, header(record, CloudEventHeaders.SUBJECT), time,
                record.topic(), data, mapper);
    }

    /** The data bound to a payload class; a payload that does not fit is poison. */
    public <T> T dataAs(Class<T> payloadClass) {
        try {
            return mapper.treeToValue(data, payloadClass);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("event " + id + " (" + type.eventName() + ") data does not match "
                    + payloadClass.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
