package vn.onestop.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.contracts.EventType;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventTest {

    /** As the services configure theirs: data may carry more than a consumer reads. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String TOPIC = "processing-test.onestop.dossier.events.v1";

    static Map<String, String> goodHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", "0f9c7c61-7d3c-4a53-a7a4-53a2c0d7e3a1");
        headers.put("ce_type", EventType.DOSSIER_WITHDRAWN.ceType());
        headers.put("ce_source", "/onestop/intake-service");
        headers.put("ce_subject", "5b0a9c0e-2f55-4d43-9d2f-3d1f8f5f0c11");
        headers.put("ce_time", "2026-11-26T04:00:00.123456Z");
        return headers;
    }

    static ConsumerRecord<String, String> record(String topic, Map<String, String> headers, String value) {
        RecordHeaders kafkaHeaders = new RecordHeaders();
        headers.forEach((k, v) -> kafkaHeaders.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(topic, 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, "key", value,
                kafkaHeaders, Optional.empty());
    }

    static Map<String, String> without(String name) {
        Map<String, String> headers = goodHeaders();
        headers.remove(name);
        return headers;
    }

    static Map<String, String> with(String name, String value) {
        Map<String, String> headers = goodHeaders();
        headers.put(name, value);
        return headers;
    }

    /** A DossierWithdrawn as its schema wants it. */
    static String withdrawn(String dossierId) {
        return """
                {"dossierId": "%s", "dossierCode": "002.01.20.H22-261126-0001", "reason": "Không còn nhu cầu",
                 "withdrawnAt": "2026-11-26T04:00:00Z", "status": "WITHDRAWN", "nationalStatusCode": 7}"""
                .formatted(dossierId);
    }

    @Test
    void parses_a_well_formed_event_of_a_type_published_on_its_topic() {
        String id = UUID.randomUUID().toString();
        IncomingEvent event = IncomingEvent.parse(record(TOPIC, goodHeaders(), withdrawn(id)), MAPPER);
        assertThat(event.id()).isEqualTo("0f9c7c61-7d3c-4a53-a7a4-53a2c0d7e3a1");
        assertThat(event.type()).isEqualTo(EventType.DOSSIER_WITHDRAWN);
        assertThat(event.subject()).isEqualTo("5b0a9c0e-2f55-4d43-9d2f-3d1f8f5f0c11");
        assertThat(event.time()).hasToString("2026-11-26T04:00:00.123456Z");
        assertThat(event.data().get("dossierId").asText()).isEqualTo(id);
    }

    static Stream<Arguments> poison() {
        return Stream.of(
                Arguments.of("no id", TOPIC, without("ce_id"), "{}", "missing CloudEvents header ce_id"),
                Arguments.of("blank id", TOPIC, with("ce_id", " "), "{}", "missing CloudEvents header ce_id"),
                Arguments.of("no type", TOPIC, without("ce_type"), "{}", "missing CloudEvents header ce_type"),
                Arguments.of("no source", TOPIC, without("ce_source"), "{}", "missing CloudEvents header ce_source"),
                Arguments.of("no spec version", TOPIC, without("ce_specversion"), "{}", "ce_specversion"),
                Arguments.of("other spec version", TOPIC, with("ce_specversion", "0.3"), "{}", "unsupported"),
                Arguments.of("unknown type", TOPIC, with("ce_type", "vn.onestop.dossier.teleported.v1"), "{}",
                        "unknown event type"),
                Arguments.of("type of another topic", TOPIC, with("ce_type", EventType.RESULT_ISSUED.ceType()), "{}",
                        "unknown event type"),
                Arguments.of("bad time", TOPIC, with("ce_time", "yesterday"), "{}", "ce_time"),
                Arguments.of("no data", TOPIC, goodHeaders(), null, "has no data"),
                Arguments.of("not JSON", TOPIC, goodHeaders(), "{\"a\": ", "not JSON"),
                Arguments.of("JSON array", TOPIC, goodHeaders(), "[1, 2]", "not a JSON object"),
                Arguments.of("JSON string", TOPIC, goodHeaders(), "\"text\"", "not a JSON object"),
                Arguments.of("dead-letter topic", TOPIC + ".dlq", goodHeaders(), "{}", "unknown event type"),
                // the contract, checked at runtime
                Arguments.of("a required field missing", TOPIC, goodHeaders(), "{\"dossierId\": \"" + UUID.randomUUID()
                        + "\"}", "does not match its schema schemas/dossier-withdrawn.v1.json"),
                Arguments.of("a field of the wrong shape", TOPIC, goodHeaders(), withdrawn("not-a-uuid")
                        .replace("\"nationalStatusCode\": 7", "\"nationalStatusCode\": \"seven\""),
                        "nationalStatusCode"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poison")
    void refuses_as_poison(String name, String topic, Map<String, String> headers, String value, String reason) {
        assertThatThrownBy(() -> IncomingEvent.parse(record(topic, headers, value), MAPPER))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining(reason);
    }

    record Payload(UUID dossierId, int reason) {
    }

    @Test
    void data_that_does_not_bind_to_the_payload_is_poison() {
        UUID id = UUID.randomUUID();
        IncomingEvent event = IncomingEvent.parse(record(TOPIC, goodHeaders(), withdrawn(id.toString())), MAPPER);
        // valid by the contract, but not what this consumer's record expects
        assertThatThrownBy(() -> event.dataAs(Payload.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("does not match Payload");
        record Id(UUID dossierId) {
        }
        assertThat(event.dataAs(Id.class).dossierId()).isEqualTo(id);
    }
}
