package vn.onestop.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypeTest {

    @ParameterizedTest
    @CsvSource({
        "DOSSIER_SUBMITTED, DossierSubmitted, vn.onestop.dossier.submitted.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-submitted.v1.json",
        "DOSSIER_DECIDED, DossierDecided, vn.onestop.dossier.decided.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/dossier-decided.v1.json",
        "RESULT_ISSUED, ResultIssued, vn.onestop.result.issued.v1, onestop.result.events.v1, /onestop/results-service, schemas/result-issued.v1.json",
        "DOSSIER_SUPPLEMENTED, DossierSupplemented, vn.onestop.dossier.supplemented.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-supplemented.v1.json",
        "DOSSIER_WITHDRAWN, DossierWithdrawn, vn.onestop.dossier.withdrawn.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-withdrawn.v1.json",
        "CALENDAR_CHANGED, CalendarChanged, vn.onestop.calendar.changed.v1, onestop.calendar.events.v1, /onestop/processing-service, schemas/calendar-changed.v1.json",
    })
    void attributesAreThePublishedOnes(EventType type, String name, String ceType, String topic, String source,
            String schemaPath) {
        assertEquals(name, type.eventName());
        assertEquals(ceType, type.ceType());
        assertEquals(topic, type.topic());
        assertEquals(source, type.ceSource());
        assertEquals(schemaPath, type.schemaPath());
        assertEquals("/contracts/" + schemaPath, type.schemaResource());
        assertEquals("https://onestop.vn/contracts/" + schemaPath, type.schemaId());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fromCeTypeFindsEveryType(EventType type) {
        assertEquals(Optional.of(type), EventType.fromCeType(type.ceType()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"vn.onestop.dossier.submitted.v2", "VN.ONESTOP.DOSSIER.SUBMITTED.V1", "DossierSubmitted",
        " vn.onestop.dossier.submitted.v1"})
    void fromCeTypeRejectsUnknownTypes(String ceType) {
        assertEquals(Optional.empty(), EventType.fromCeType(ceType));
    }

    @ParameterizedTest
    @CsvSource({
        "onestop.dossier.events.v1, DOSSIER_SUBMITTED DOSSIER_SUPPLEMENTED DOSSIER_WITHDRAWN",
        "intake-test.onestop.dossier.events.v1, DOSSIER_SUBMITTED DOSSIER_SUPPLEMENTED DOSSIER_WITHDRAWN",
        "onestop.processing.events.v1, DOSSIER_DECIDED",
        "e2e-7f3a.onestop.processing.events.v1, DOSSIER_DECIDED",
        "onestop.result.events.v1, RESULT_ISSUED",
        "rating-test.onestop.result.events.v1, RESULT_ISSUED",
        "onestop.calendar.events.v1, CALENDAR_CHANGED",
        "intake-test.onestop.calendar.events.v1, CALENDAR_CHANGED",
        "e2e-7f3a.onestop.calendar.events.v1, CALENDAR_CHANGED",
    })
    void publishedOnMatchesTopicAndPrefixedTopic(String topic, String expected) {
        Set<EventType> types = Arrays.stream(expected.split(" ")).map(EventType::valueOf).collect(Collectors.toSet());
        assertEquals(types, EventType.publishedOn(topic));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsPublishedOnItsTopicWithOrWithoutPrefix(EventType type) {
        assertTrue(EventType.publishedOn(type.topic()).contains(type));
        assertTrue(EventType.publishedOn("any-test." + type.topic()).contains(type));
        assertTrue(EventType.publishedOn(Topics.deadLetter(type.topic())).isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"onestop.dossier.events.v1.dlq", "xonestop.dossier.events.v1", "onestop.dossier.events.v2",
        "onestop.dossier.events", "onestop.dossier.events.v1.extra", "onestop.calendar.events.v1.dlq",
        "intake-test.onestop.calendar.events.v1.dlq", "xonestop.calendar.events.v1", "onestop.calendar.events"})
    void publishedOnIsEmptyForOtherTopics(String topic) {
        assertTrue(EventType.publishedOn(topic).isEmpty());
    }

    @Test
    void publishedOnIsUnmodifiable() {
        Set<EventType> types = EventType.publishedOn(Topics.DOSSIER_EVENTS);
        assertThrows(UnsupportedOperationException.class, () -> types.add(EventType.RESULT_ISSUED));
    }

    @Test
    void ceTypesAndSchemasAreUnique() {
        assertEquals(EventType.values().length,
                Arrays.stream(EventType.values()).map(EventType::ceType).collect(Collectors.toSet()).size());
        assertEquals(EventType.values().length,
                Arrays.stream(EventType.values()).map(EventType::schemaPath).collect(Collectors.toSet()).size());
        assertEquals(EventType.values().length,
                Arrays.stream(EventType.values()).map(EventType::eventName).collect(Collectors.toSet()).size());
    }

    @Test
    void deadLetterAppendsDlq() {
        assertEquals("onestop.dossier.events.v1.dlq", Topics.deadLetter(Topics.DOSSIER_EVENTS));
        assertEquals("onestop.processing.events.v1.dlq", Topics.deadLetter(Topics.PROCESSING_EVENTS));
        assertEquals("onestop.result.events.v1.dlq", Topics.deadLetter(Topics.RESULT_EVENTS));
        assertEquals("onestop.calendar.events.v1.dlq", Topics.deadLetter(Topics.CALENDAR_EVENTS));
        assertEquals("intake-test.onestop.result.events.v1.dlq", Topics.deadLetter("intake-test.onestop.result.events.v1"));
        assertTrue(Topics.isDeadLetter(Topics.deadLetter(Topics.RESULT_EVENTS)));
        assertFalse(Topics.isDeadLetter(Topics.RESULT_EVENTS));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "onestop.dossier.events.v1.dlq"})
    void deadLetterRejectsBlankAndDeadLetterTopics(String topic) {
        assertThrows(IllegalArgumentException.class, () -> Topics.deadLetter(topic));
    }
}
