package vn.onestop.platform.messaging.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator is shown of a dead-letter record, and what never. */
class DeadLetterTest {

    private static ConsumerRecord<String, String> record(Map<String, String> headers, String value) {
        RecordHeaders kafkaHeaders = new RecordHeaders();
        headers.forEach((name, v) -> kafkaHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>("onestop.dossier.events.v1.dlq", 2, 41L, 1_780_000_000_000L, TimestampType.CREATE_TIME,
                -1, -1, "dossier-1", value, kafkaHeaders, Optional.empty());
    }

    @Test
    void a_dead_event_is_shown_with_where_it_lies_and_came_from_and_how_to_send_it_back() {
        DeadLetter letter = DeadLetter.of(record(Map.of("ce_id", "e-1", "ce_type", "vn.onestop.dossier.submitted.v1",
                "ce_subject", "dossier-1", "dead-letter-topic", "onestop.dossier.events.v1",
                "dead-letter-partition", "2", "dead-letter-offset", "40",
                "dead-letter-reason", "data does not match its schema"), "{\"applicant\": \"079088001234\"}"));

        assertThat(letter).isEqualTo(new DeadLetter("onestop.dossier.events.v1.dlq", 2, 41L,
                Instant.ofEpochMilli(1_780_000_000_000L), "e-1", "vn.onestop.dossier.submitted.v1", "dossier-1",
                "onestop.dossier.events.v1", 2, 40L, "data does not match its schema",
                "./onestop redrive onestop.dossier.events.v1 --id e-1"));
        assertThat(letter.toString()).as("never the payload").doesNotContain("079088001234");
    }

    @Test
    void personal_data_in_the_reason_is_masked_and_control_characters_and_length_are_cut() {
        DeadLetter letter = DeadLetter.of(record(Map.of("ce_id", "e-2\r\nX-Injected: 1",
                "dead-letter-reason", "applicant 079088001234 refused\n" + "x".repeat(5000)), "{}"));

        assertThat(letter.reason()).doesNotContain("079088001234").contains("079*******34")
                .doesNotContain("\n").hasSize(DeadLetter.MAX_REASON);
        assertThat(letter.eventId()).isEqualTo("e-2  X-Injected: 1");
    }

    @Test
    void a_record_without_an_event_id_or_with_broken_headers_is_shown_but_never_offered_for_redrive() {
        DeadLetter letter = DeadLetter.of(record(Map.of("dead-letter-partition", "two", "dead-letter-offset", ""), null));

        assertThat(letter.eventId()).isNull();
        assertThat(letter.redrive()).isNull();
        assertThat(letter.fromTopic()).isNull();
        assertThat(letter.fromPartition()).isNull();
        assertThat(letter.fromOffset()).isNull();
        assertThat(letter.reason()).isNull();
    }
}
