package vn.onestop.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The AsyncAPI document agrees with the topics declared for the cluster and with {@link EventType}.
 *
 * <p>Who sends an event: the operation tag of a platform service is the last segment of its
 * {@code ce_source} ({@code /onestop/intake-service} is {@code intake-service}). An
 * {@linkplain EventType#inbound() inbound} event has no single source (each partner uses its own
 * {@code /partners/<agency>}): it is sent by the {@code partner-agency-systems} tag, and its message
 * describes {@code ce_source} by a pattern instead of a constant.
 */
class AsyncApiTest {

    private static final List<String> MAIN_TOPICS = List.of(Topics.DOSSIER_EVENTS, Topics.PROCESSING_EVENTS,
            Topics.RESULT_EVENTS, Topics.CALENDAR_EVENTS, Topics.CATALOG_EVENTS, Topics.PARTNER_TASKS,
            Topics.PARTNER_REPLIES);
    /** Operation tag of the partner agency systems, the senders of every inbound event. */
    private static final String PARTNER_SYSTEMS = "partner-agency-systems";
    /** Main topics whose record key and ce_subject are not the dossier id. */
    private static final Set<String> AGENCY_KEYED_TOPICS = Set.of(Topics.CALENDAR_EVENTS);
    /** Main topics keyed by the province's unit code (one snapshot per installation). */
    private static final Set<String> PROVINCE_KEYED_TOPICS = Set.of(Topics.CATALOG_EVENTS);
    private static final List<String> CE_HEADERS =
            List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "ce_dataschema",
                    "content-type");
    private static final List<String> DEAD_LETTER_HEADERS =
            List.of("dead-letter-reason", "dead-letter-cause", "dead-letter-topic", "dead-letter-partition",
                    "dead-letter-offset");

    private final JsonNode doc = ContractResources.asyncApi();

    @Test
    void isAsyncApi300() {
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertFalse(doc.path("info").path("title").asText().isBlank());
        assertFalse(doc.path("info").path("version").asText().isBlank());
    }

    @Test
    void localKafkaServerIsDescribed() {
        JsonNode local = doc.path("servers").path("local");
        assertEquals("kafka", local.path("protocol").asText());
        assertEquals("127.0.0.1:9092", local.path("host").asText());
    }

    @Test
    void everyChannelAddressIsADeclaredTopic() {
        List<String> declared = ContractResources.declaredTopics();
        List<String> undeclared = channelAddresses().values().stream()
                .filter(a -> declared.stream().noneMatch(t -> addressOf(t).equals(a))).toList();
        assertTrue(undeclared.isEmpty(), "channels on topics missing from topics.yaml: " + undeclared);
    }

    @Test
    void everyDeclaredTopicHasAChannel() {
        Set<String> addresses = new HashSet<>(channelAddresses().values());
        List<String> missing = ContractResources.declaredTopics().stream().filter(t -> !addresses.contains(addressOf(t))).toList();
        assertTrue(missing.isEmpty(), "topics without a channel: " + missing);
    }

    @Test
    void topicConstantsAreTheDeclaredMainTopicsAndEachHasItsDeadLetterTopic() {
        List<String> declared = ContractResources.declaredTopics();
        Set<String> declaredMain = declared.stream().filter(t -> !Topics.isDeadLetter(t)).map(AsyncApiTest::addressOf)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(MAIN_TOPICS), declaredMain);
        Set<String> addresses = new HashSet<>(channelAddresses().values());
        for (String topic : MAIN_TOPICS) {
            if (topic.equals(Topics.PARTNER_TASKS)) {
                continue; // read by partners, who never dead-letter into the platform
            }
            assertTrue(declared.contains(deadLetterOf(topic)), "no dead-letter topic declared for " + topic);
            assertTrue(addresses.contains(deadLetterOf(topic)), "no channel for " + deadLetterOf(topic));
        }
    }

    @Test
    void everyPartnerHasBothTopics() {
        List<String> declared = ContractResources.declaredTopics();
        Set<String> withTasks = partnersOf(declared, Topics.PARTNER_TASKS);
        assertFalse(withTasks.isEmpty(), "no partner topics declared");
        assertEquals(withTasks, partnersOf(declared, Topics.PARTNER_REPLIES));
    }

    private static Set<String> partnersOf(List<String> topics, String template) {
        return topics.stream().flatMap(t -> Topics.partnerOf(template, t).stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The channel address of a declared topic: a partner's topic is on its template's channel. */
    static String addressOf(String topic) {
        for (String template : List.of(Topics.PARTNER_TASKS, Topics.PARTNER_REPLIES)) {
            if (Topics.partnerOf(template, topic).filter(p -> topic.equals(Topics.forPartner(template, p))).isPresent()) {
                return template;
            }
        }
        return topic;
    }

    /** Every partner's replies share one dead-letter topic; any other main topic has its own. */
    static String deadLetterOf(String topic) {
        return topic.equals(Topics.PARTNER_REPLIES) ? Topics.PARTNER_REPLIES_DEAD_LETTERS : Topics.deadLetter(topic);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventTypeHasAMessageWithItsSchemaAndCeType(EventType type) {
        JsonNode message = doc.path("components").path("messages").path(type.eventName());
        assertFalse(message.isMissingNode(), "no components/messages/" + type.eventName());
        assertEquals(type.eventName(), message.path("name").asText());
        assertEquals("./" + type.schemaPath(), message.path("payload").path("$ref").asText());
        assertEquals("application/json", message.path("contentType").asText());

        List<String> texts = new ArrayList<>();
        collectText(message.path("headers"), texts);
        assertTrue(texts.contains(type.ceType()), type + ": headers do not name ce_type " + type.ceType());
        if (type.inbound()) {
            assertPartnerSource(type, message.path("headers").path("allOf").path(1).path("properties").path("ce_source"));
        } else {
            assertTrue(texts.contains(type.ceSource()), type + ": headers do not name ce_source " + type.ceSource());
        }
        assertTrue(texts.contains(type.schemaPath()), type + ": headers do not name ce_dataschema " + type.schemaPath());
        String headersRef = message.path("headers").path("allOf").path(0).path("$ref").asText();
        JsonNode ceHeaders = resolve(headersRef);
        for (String header : CE_HEADERS) {
            assertTrue(ceHeaders.path("properties").has(header), header + " not described");
            assertTrue(contains(ceHeaders.path("required"), header), header + " not required");
        }
        // the distributed-tracing extension: described, never required (a partner may not trace)
        for (String header : List.of("ce_traceparent", "ce_tracestate")) {
            assertTrue(ceHeaders.path("properties").has(header), header + " not described");
            assertFalse(contains(ceHeaders.path("required"), header), header + " must stay optional");
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventTypeMessageIsOnTheChannelOfItsTopicAndSentByItsProducer(EventType type) {
        String channelId = channelAddresses().entrySet().stream()
                .filter(e -> e.getValue().equals(type.topic()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no channel for " + type.topic()));
        JsonNode channelMessage = doc.path("channels").path(channelId).path("messages").path(type.eventName());
        assertEquals("#/components/messages/" + type.eventName(), channelMessage.path("$ref").asText());

        String producer = producerTag(type);
        String messageRef = "#/channels/" + channelId + "/messages/" + type.eventName();
        List<String> senders = new ArrayList<>();
        doc.path("operations").forEach(op -> {
            boolean sendsIt = "send".equals(op.path("action").asText())
                    && ("#/channels/" + channelId).equals(op.path("channel").path("$ref").asText())
                    && op.path("messages").findValuesAsText("$ref").contains(messageRef);
            if (sendsIt) {
                op.path("tags").forEach(tag -> senders.add(tag.path("name").asText()));
            }
        });
        assertEquals(List.of(producer), senders, type + " must be sent by exactly its producer");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventTypeMessageIsReceivedByAServiceOfThePlatformUnlessItIsForPartners(EventType type) {
        String channelId = channelId(type.topic());
        String messageRef = "#/channels/" + channelId + "/messages/" + type.eventName();
        Set<String> receivers = operationTags("receive", channelId, messageRef);
        assertFalse(receivers.isEmpty(), type + " is received by nobody");
        if (type.inbound()) {
            assertFalse(receivers.contains(PARTNER_SYSTEMS), type + ": partners send it, the platform receives it");
        }
    }

    @Test
    void partnerSystemsSendOnlyInboundEvents() {
        doc.path("operations").fields().forEachRemaining(e -> {
            JsonNode op = e.getValue();
            boolean byPartners = op.path("tags").findValuesAsText("name").contains(PARTNER_SYSTEMS);
            if (byPartners && "send".equals(op.path("action").asText())) {
                assertEquals(1, op.path("tags").size(), e.getKey() + ": partners send alone");
                for (String ref : op.path("messages").findValuesAsText("$ref")) {
                    String eventName = ref.substring(ref.lastIndexOf('/') + 1);
                    EventType type = Arrays.stream(EventType.values())
                            .filter(t -> t.eventName().equals(eventName))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(e.getKey() + ": unknown message " + ref));
                    assertTrue(type.inbound(), e.getKey() + ": partner systems cannot send " + type);
                }
            }
        });
    }

    @Test
    void aTopicCarriesEitherOnlyInboundEventsOrNone() {
        for (String topic : MAIN_TOPICS) {
            Set<Boolean> inbound = EventType.publishedOn(topic.replace("{partner}", "police")).stream().map(EventType::inbound).collect(Collectors.toSet());
            assertEquals(1, inbound.size(), topic + " mixes events of the platform and of partner systems");
            String description = doc.path("channels").path(channelId(topic)).path("description").asText();
            if (inbound.contains(true)) {
                assertTrue(description.contains(EventType.PARTNER_SOURCE_PREFIX),
                        topic + ": the channel description must say that partners write it and with which ce_source");
                assertTrue(doc.path("info").path("description").asText().contains(topic),
                        "info.description must state the exception of " + topic);
            }
        }
    }

    @Test
    void deadLettersOfATopicAreSentByItsReceiversOnThePlatform() {
        for (String topic : MAIN_TOPICS) {
            Set<String> receivers = operationTags("receive", channelId(topic), null);
            receivers.remove(PARTNER_SYSTEMS);
            if (topic.equals(Topics.PARTNER_TASKS)) {
                assertEquals(Set.of(), receivers, "only partner systems read their tasks");
                continue;
            }
            Set<String> deadLetterers = operationTags("send", channelId(deadLetterOf(topic)), null);
            assertEquals(receivers, deadLetterers, topic + ": who dead-letters is who consumes it on the platform");
        }
    }

    @Test
    void everyOperationTagIsDeclared() {
        Set<String> declared = new HashSet<>(doc.path("info").path("tags").findValuesAsText("name"));
        doc.path("operations").fields().forEachRemaining(e -> {
            for (String tag : e.getValue().path("tags").findValuesAsText("name")) {
                assertTrue(declared.contains(tag), e.getKey() + ": tag " + tag + " is not in info.tags");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventTypeMessageNamesTheKeyOfItsTopic(EventType type) {
        JsonNode message = doc.path("components").path("messages").path(type.eventName());
        String keyRef = message.path("bindings").path("kafka").path("key").path("$ref").asText();
        JsonNode subject = message.path("headers").path("allOf").path(1).path("properties").path("ce_subject");
        if (AGENCY_KEYED_TOPICS.contains(type.topic())) {
            assertEquals("#/components/schemas/AgencyCodeKey", keyRef, type + " key");
            assertFalse(resolve(keyRef).has("format"), "agency codes are not UUIDs");
            assertFalse(subject.has("format"), type + ": ce_subject is an agency code, not a UUID");
            assertTrue(subject.path("description").asText().contains("default"), type + ": ce_subject description");
        } else if (PROVINCE_KEYED_TOPICS.contains(type.topic())) {
            assertEquals("#/components/schemas/ProvinceKey", keyRef, type + " key");
            assertFalse(resolve(keyRef).has("format"), "unit codes are not UUIDs");
            assertFalse(subject.has("format"), type + ": ce_subject is a unit code, not a UUID");
            assertTrue(subject.path("description").asText().contains("province"), type + ": ce_subject description");
        } else {
            assertEquals("#/components/schemas/DossierIdKey", keyRef, type + " key");
            assertEquals("uuid", resolve(keyRef).path("format").asText());
            assertEquals("uuid", subject.path("format").asText(), type + ": ce_subject is the dossier id");
        }
    }

    @Test
    void calendarTopicIsCompactedAndKeyedByAgencyCode() {
        JsonNode config = ContractResources.declaredTopicSpec(Topics.CALENDAR_EVENTS).path("config");
        assertEquals("compact", config.path("cleanup.policy").asText());
        assertTrue(!config.has("retention.ms") || config.path("retention.ms").asLong() == -1,
                "a compacted calendar topic must not expire the latest calendar of an agency");
        String channelId = channelId(Topics.CALENDAR_EVENTS);
        JsonNode channel = doc.path("channels").path(channelId);
        assertTrue(channel.path("description").asText().contains("agency code"), "channel description names the key");
        assertTrue(channel.path("description").asText().contains("compacted"), "channel description says compacted");
        assertEquals("compact", channel.path("bindings").path("kafka").path("topicConfiguration")
                .path("cleanup.policy").path(0).asText());
        assertTrue(doc.path("info").path("description").asText().contains(Topics.CALENDAR_EVENTS),
                "info.description must state the calendar topic's exception to the dossier-id key");
    }

    @Test
    void catalogTopicIsCompactedAndKeyedByTheProvince() {
        JsonNode config = ContractResources.declaredTopicSpec(Topics.CATALOG_EVENTS).path("config");
        assertEquals("compact", config.path("cleanup.policy").asText());
        assertTrue(!config.has("retention.ms") || config.path("retention.ms").asLong() == -1,
                "a compacted catalog topic must not expire the latest snapshot");
        JsonNode channel = doc.path("channels").path(channelId(Topics.CATALOG_EVENTS));
        assertTrue(channel.path("description").asText().contains("province's unit"), "channel description names the key");
        assertTrue(channel.path("description").asText().contains("compacted"), "channel description says compacted");
        assertTrue(doc.path("info").path("description").asText().contains(Topics.CATALOG_EVENTS),
                "info.description must state the catalog topic's exception to the dossier-id key");
    }

    @Test
    void declaredTopicsFollowTheClusterConventions() {
        for (JsonNode topic : ContractResources.declaredTopicDocuments()) {
            String name = topic.path("metadata").path("name").asText();
            JsonNode spec = topic.path("spec");
            assertEquals("onestop", topic.path("metadata").path("labels").path("strimzi.io/cluster").asText(), name);
            assertEquals(3, spec.path("replicas").asInt(), name);
            assertEquals(2, spec.path("config").path("min.insync.replicas").asInt(), name);
            if (Topics.isDeadLetter(name)) {
                assertEquals(3, spec.path("partitions").asInt(), name);
                assertEquals("delete", spec.path("config").path("cleanup.policy").asText(), name);
                // a dead letter copies the record, personal data and all: kept no longer than the record itself
                assertEquals(2_592_000_000L, spec.path("config").path("retention.ms").asLong(),
                        name + ": 30 days, as long as its main topic");
            } else if (!AGENCY_KEYED_TOPICS.contains(name) && !PROVINCE_KEYED_TOPICS.contains(name)) {
                assertEquals(6, spec.path("partitions").asInt(), name);
                assertEquals("delete", spec.path("config").path("cleanup.policy").asText(), name);
                assertEquals(2_592_000_000L, spec.path("config").path("retention.ms").asLong(), name + ": 30 days");
            }
        }
    }

    @Test
    void deadLetterMessageDocumentsDeadLetterHeaders() {
        JsonNode headers = doc.path("components").path("messages").path("DeadLetter").path("headers");
        for (String header : DEAD_LETTER_HEADERS) {
            assertTrue(headers.path("properties").has(header), header + " not described");
        }
        for (String topic : MAIN_TOPICS) {
            if (topic.equals(Topics.PARTNER_TASKS)) {
                continue;
            }
            String channelId = channelAddresses().entrySet().stream()
                    .filter(e -> e.getValue().equals(deadLetterOf(topic)))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow();
            assertEquals("#/components/messages/DeadLetter",
                    doc.path("channels").path(channelId).path("messages").path("DeadLetter").path("$ref").asText());
        }
    }

    @Test
    void everyLocalReferenceResolvesAndEveryFileReferenceIsASchema() {
        List<String> refs = doc.findValuesAsText("$ref");
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertFalse(resolve(ref).isMissingNode(), "dangling " + ref);
            } else {
                assertTrue(ref.startsWith("./schemas/"), "unexpected external reference " + ref);
                assertNotNull(AsyncApiTest.class.getResource("/contracts/" + ref.substring(2)), "missing file " + ref);
            }
        }
    }

    @Test
    void everyOperationActionIsSendOrReceive() {
        doc.path("operations").fields().forEachRemaining(e -> assertTrue(
                Set.of("send", "receive").contains(e.getValue().path("action").asText()), e.getKey()));
    }

    /** The operation tag that must send {@code type}, see the class comment. */
    private static String producerTag(EventType type) {
        return type.inbound() ? PARTNER_SYSTEMS : type.ceSource().substring(type.ceSource().lastIndexOf('/') + 1);
    }

    /** An inbound message's ce_source: any partner's URI, not one value. */
    private static void assertPartnerSource(EventType type, JsonNode source) {
        assertFalse(source.has("const"), type + ": any partner system sends it, ce_source is not one value");
        assertTrue(source.path("description").asText().contains(type.ceSource()),
                type + ": ce_source description does not name " + type.ceSource());
        assertFalse(source.path("pattern").asText().isEmpty(), type + ": ce_source has no pattern");
        Pattern pattern = Pattern.compile(source.path("pattern").asText());
        assertFalse(source.path("examples").isEmpty(), type + ": ce_source has no examples");
        for (JsonNode example : source.path("examples")) {
            assertTrue(example.asText().startsWith(EventType.PARTNER_SOURCE_PREFIX), type + ": " + example);
            assertTrue(pattern.matcher(example.asText()).find(), type + ": pattern rejects its example " + example);
        }
        for (EventType platform : EventType.values()) {
            if (!platform.inbound()) {
                assertFalse(pattern.matcher(platform.ceSource()).find(),
                        type + ": ce_source pattern accepts the platform's " + platform.ceSource());
            }
        }
    }

    /**
     * Tags of the operations with {@code action} on channel {@code channelId}; only those naming
     * {@code messageRef} unless it is null.
     */
    private Set<String> operationTags(String action, String channelId, String messageRef) {
        Set<String> tags = new TreeSet<>();
        doc.path("operations").forEach(op -> {
            boolean matches = action.equals(op.path("action").asText())
                    && ("#/channels/" + channelId).equals(op.path("channel").path("$ref").asText())
                    && (messageRef == null || op.path("messages").findValuesAsText("$ref").contains(messageRef));
            if (matches) {
                op.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
            }
        });
        return tags;
    }

    private String channelId(String address) {
        return channelAddresses().entrySet().stream()
                .filter(e -> e.getValue().equals(address))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no channel for " + address));
    }

    private Map<String, String> channelAddresses() {
        Map<String, String> addresses = new java.util.LinkedHashMap<>();
        doc.path("channels").fields().forEachRemaining(e -> addresses.put(e.getKey(), e.getValue().path("address").asText()));
        assertFalse(addresses.isEmpty(), "no channels");
        return addresses;
    }

    private JsonNode resolve(String localRef) {
        assertTrue(localRef.startsWith("#/"), localRef);
        // JSON pointer escaping is not needed: component names here contain no '/' or '~'.
        return doc.at(localRef.substring(1));
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (text.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }

    private static void collectText(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collectText(child, out));
    }
}
