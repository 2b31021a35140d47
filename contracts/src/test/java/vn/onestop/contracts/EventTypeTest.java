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

    /** Everything processing-service publishes on onestop.processing.events.v1. */
    private static final String PROCESSING_EVENTS = "DOSSIER_DECIDED PROCESSING_STARTED TASK_ASSIGNED STEP_COMPLETED"
            + " TASK_CANCELLED SUPPLEMENT_REQUESTED PAYMENT_REQUESTED PROCESSING_RESUMED PROCESSING_STOPPED"
            + " DOSSIER_AT_RISK DOSSIER_OVERDUE APOLOGY_ISSUED RESULT_DATA_CORRECTED";

    @ParameterizedTest
    @CsvSource({
        "DOSSIER_SUBMITTED, DossierSubmitted, vn.onestop.dossier.submitted.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-submitted.v1.json",
        "DOSSIER_DECIDED, DossierDecided, vn.onestop.dossier.decided.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/dossier-decided.v1.json",
        "RESULT_ISSUED, ResultIssued, vn.onestop.result.issued.v1, onestop.result.events.v1, /onestop/results-service, schemas/result-issued.v1.json",
        "DOSSIER_SUPPLEMENTED, DossierSupplemented, vn.onestop.dossier.supplemented.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-supplemented.v1.json",
        "DOSSIER_WITHDRAWN, DossierWithdrawn, vn.onestop.dossier.withdrawn.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-withdrawn.v1.json",
        "CALENDAR_CHANGED, CalendarChanged, vn.onestop.calendar.changed.v1, onestop.calendar.events.v1, /onestop/processing-service, schemas/calendar-changed.v1.json",
        "PROCESSING_STARTED, ProcessingStarted, vn.onestop.processing.started.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/processing-started.v1.json",
        "TASK_ASSIGNED, TaskAssigned, vn.onestop.task.assigned.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/task-assigned.v1.json",
        "TASK_COMPLETED, TaskCompleted, vn.onestop.task.completed.v1, onestop.partner.{partner}.replies.v1, /partners/{partner}, schemas/task-completed.v1.json",
        "STEP_COMPLETED, StepCompleted, vn.onestop.step.completed.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/step-completed.v1.json",
        "TASK_CANCELLED, TaskCancelled, vn.onestop.task.cancelled.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/task-cancelled.v1.json",
        "SUPPLEMENT_REQUESTED, SupplementRequested, vn.onestop.supplement.requested.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/supplement-requested.v1.json",
        "PAYMENT_REQUESTED, PaymentRequested, vn.onestop.payment.requested.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/payment-requested.v1.json",
        "PROCESSING_RESUMED, ProcessingResumed, vn.onestop.processing.resumed.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/processing-resumed.v1.json",
        "PROCESSING_STOPPED, ProcessingStopped, vn.onestop.processing.stopped.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/processing-stopped.v1.json",
        "DOSSIER_AT_RISK, DossierAtRisk, vn.onestop.dossier.at-risk.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/dossier-at-risk.v1.json",
        "DOSSIER_OVERDUE, DossierOverdue, vn.onestop.dossier.overdue.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/dossier-overdue.v1.json",
        "APOLOGY_ISSUED, ApologyIssued, vn.onestop.apology.issued.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/apology-issued.v1.json",
        "RESULT_RETURNED, ResultReturned, vn.onestop.result.returned.v1, onestop.result.events.v1, /onestop/results-service, schemas/result-returned.v1.json",
        "RESULT_BLOCKED, ResultBlocked, vn.onestop.result.blocked.v1, onestop.result.events.v1, /onestop/results-service, schemas/result-blocked.v1.json",
        "RESULT_DATA_CORRECTED, ResultDataCorrected, vn.onestop.result-data.corrected.v1, onestop.processing.events.v1, /onestop/processing-service, schemas/result-data-corrected.v1.json",
        "DOSSIER_COMPONENT_DIGITIZED, DossierComponentDigitized, vn.onestop.dossier.component-digitized.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-component-digitized.v1.json",
        "DOSSIER_FILED, DossierFiled, vn.onestop.dossier.filed.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-filed.v1.json",
        "DOSSIER_REFUSED, DossierRefused, vn.onestop.dossier.refused.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-refused.v1.json",
        "DOSSIER_SUPPLEMENT_EXPIRED, DossierSupplementExpired, vn.onestop.dossier.supplement-expired.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/dossier-supplement-expired.v1.json",
        "FEE_PAID, FeePaid, vn.onestop.dossier.fee-paid.v1, onestop.dossier.events.v1, /onestop/intake-service, schemas/fee-paid.v1.json",
        "CATALOG_PUBLISHED, CatalogPublished, vn.onestop.catalog.published.v1, onestop.catalog.events.v1, /onestop/intake-service, schemas/catalog-published.v1.json",
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
        "onestop.dossier.events.v1, DOSSIER_SUBMITTED DOSSIER_SUPPLEMENTED DOSSIER_WITHDRAWN DOSSIER_COMPONENT_DIGITIZED DOSSIER_FILED DOSSIER_REFUSED DOSSIER_SUPPLEMENT_EXPIRED FEE_PAID",
        "intake-test.onestop.dossier.events.v1, DOSSIER_SUBMITTED DOSSIER_SUPPLEMENTED DOSSIER_WITHDRAWN DOSSIER_COMPONENT_DIGITIZED DOSSIER_FILED DOSSIER_REFUSED DOSSIER_SUPPLEMENT_EXPIRED FEE_PAID",
        "onestop.processing.events.v1, " + PROCESSING_EVENTS,
        "e2e-7f3a.onestop.processing.events.v1, " + PROCESSING_EVENTS,
        "onestop.result.events.v1, RESULT_ISSUED RESULT_RETURNED RESULT_BLOCKED",
        "rating-test.onestop.result.events.v1, RESULT_ISSUED RESULT_RETURNED RESULT_BLOCKED",
        "onestop.calendar.events.v1, CALENDAR_CHANGED",
        "intake-test.onestop.calendar.events.v1, CALENDAR_CHANGED",
        "e2e-7f3a.onestop.calendar.events.v1, CALENDAR_CHANGED",
        "onestop.catalog.events.v1, CATALOG_PUBLISHED",
        "onestop.partner.police.replies.v1, TASK_COMPLETED",
        "processing-test.onestop.partner.social-security.replies.v1, TASK_COMPLETED",
        "onestop.partner.tax.tasks.v1, TASK_ASSIGNED TASK_CANCELLED",
        "e2e.onestop.partner.police.tasks.v1, TASK_ASSIGNED TASK_CANCELLED",
    })
    void publishedOnMatchesTopicAndPrefixedTopic(String topic, String expected) {
        Set<EventType> types = Arrays.stream(expected.split(" ")).map(EventType::valueOf).collect(Collectors.toSet());
        assertEquals(types, EventType.publishedOn(topic));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsPublishedOnItsTopicWithOrWithoutPrefix(EventType type) {
        String topic = type.topic().replace("{partner}", "police");
        assertTrue(EventType.publishedOn(topic).contains(type));
        assertTrue(EventType.publishedOn("any-test." + topic).contains(type));
        assertTrue(EventType.publishedOn(Topics.deadLetter(topic)).isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"onestop.dossier.events.v1.dlq", "xonestop.dossier.events.v1", "onestop.dossier.events.v2",
        "onestop.dossier.events", "onestop.dossier.events.v1.extra", "onestop.calendar.events.v1.dlq",
        "intake-test.onestop.calendar.events.v1.dlq", "xonestop.calendar.events.v1", "onestop.calendar.events",
        "onestop.task.replies.v1", "onestop.task.events.v1", "onestop.partner.replies.v1.dlq",
        "onestop.partner.police.replies.v1.dlq", "onestop.partner.Police.replies.v1", "onestop.partner..replies.v1",
        "onestop.partner.police.replies.v2", "onestop.partner.{partner}.replies.v1", "xonestop.partner.tax.tasks.v1"})
    void publishedOnIsEmptyForOtherTopics(String topic) {
        assertTrue(EventType.publishedOn(topic).isEmpty());
    }

    @Test
    void onlyTaskCompletedComesFromPartnerSystems() {
        assertEquals(Set.of(EventType.TASK_COMPLETED),
                Arrays.stream(EventType.values()).filter(EventType::inbound).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sourceIsAServiceOfThePlatformOrThePartnerTemplate(EventType type) {
        if (type.inbound()) {
            assertEquals(EventType.PARTNER_SOURCE_PREFIX + "{partner}", type.ceSource());
        } else {
            assertTrue(type.ceSource().matches("/onestop/[a-z]+-service"), type.ceSource());
        }
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
    @CsvSource({
        "onestop.partner.police.tasks.v1, police",
        "onestop.partner.social-security.replies.v1, social-security",
        "processing-test.onestop.partner.tax.replies.v1, tax",
        "e2e.onestop.partner.tax2.tasks.v1, tax2",
    })
    void partnerTopicsNameTheirPartner(String topic, String partner) {
        String template = topic.endsWith(".tasks.v1") ? Topics.PARTNER_TASKS : Topics.PARTNER_REPLIES;
        assertEquals(Optional.of(partner), Topics.partnerOf(template, topic));
        assertTrue(topic.endsWith(Topics.forPartner(template, partner)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"onestop.partner.police.tasks.v1", "onestop.partner.Police.replies.v1",
        "onestop.partner.-police.replies.v1", "onestop.partner.a.b.replies.v1", "onestop.partner..replies.v1",
        "onestop.partner.police.replies.v1.dlq", "onestop.processing.events.v1", "partner.police.replies.v1"})
    void onlyAPartnersReplyTopicNamesAPartnerAsSender(String topic) {
        assertEquals(Optional.empty(), Topics.partnerOf(Topics.PARTNER_REPLIES, topic));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Police", "police.tax", "-police", "police-", "so__cial", "{partner}"})
    void partnerNamesAreLowerCaseWords(String name) {
        assertFalse(Topics.isPartnerName(name));
        assertThrows(IllegalArgumentException.class, () -> Topics.forPartner(Topics.PARTNER_TASKS, name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "onestop.dossier.events.v1.dlq"})
    void deadLetterRejectsBlankAndDeadLetterTopics(String topic) {
        assertThrows(IllegalArgumentException.class, () -> Topics.deadLetter(topic));
    }
}
