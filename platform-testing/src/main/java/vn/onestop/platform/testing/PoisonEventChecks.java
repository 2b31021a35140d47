package vn.onestop.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.assertj.core.api.SoftAssertions;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.onestop.contracts.ContractValidator;
import vn.onestop.contracts.EventType;
import vn.onestop.contracts.Topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Poison on every topic a service reads: data that is not a JSON object, a type unknown or not
 * published on that topic, data that breaks its type's JSON Schema (each type of the topic), missing
 * or invalid CloudEvents headers. Each record goes to the channel's dead-letter topic once, with a
 * {@code dead-letter-reason} that names the problem and masks personal data; then the service's
 * consumers have committed the end of every topic (they went on with the next record) and the
 * service is still ready. A service's test extends it as a {@code @QuarkusTest} and lists the topics
 * its channels read; {@link #every_inbound_channel_dead_letters_to_the_topic_checked_here} holds the
 * list to the service's configuration.
 */
public abstract class PoisonEventChecks {

    /** A citizen identity number (12 digits): whatever of it a reason repeats must be masked. */
    protected static final String ID_NUMBER = "079088001234";
    private static final String ID_NUMBER_MASKED = "079*******34";

    private static final Duration DEAD_LETTERED_WITHIN = Duration.ofSeconds(60);
    private static final Duration CAUGHT_UP_WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    private static final TestKafka kafka = new TestKafka();

    /** A topic a channel of the service reads (with the test prefix), and the dead-letter topic it writes. */
    public record Inbound(String topic, String deadLetterTopic) {

        /** A topic whose dead letters go to {@code <topic>.dlq}. */
        public static Inbound of(String topic) {
            return new Inbound(topic, Topics.deadLetter(topic));
        }

        List<EventType> types() {
            return List.copyOf(EventType.publishedOn(topic));
        }

        /** Who writes the topic: the partner whose replies topic it is, or the service publishing its types. */
        String source() {
            return Topics.partnerOf(Topics.PARTNER_REPLIES, topic).map(p -> EventType.PARTNER_SOURCE_PREFIX + p)
                    .orElseGet(() -> types().get(0).ceSource());
        }
    }

    /**
     * The topics the service's channels read, as in its test configuration; for a channel that
     * subscribes to a pattern, one topic it matches that the test environment has.
     */
    protected abstract List<Inbound> inbound();

    @AfterAll
    static void closeKafka() {
        kafka.close();
    }

    @Test
    void every_inbound_channel_dead_letters_to_the_topic_checked_here() {
        Config config = ConfigProvider.getConfig();
        SoftAssertions softly = new SoftAssertions();
        List<Inbound> read = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            Matcher channel = INCOMING_TOPIC.matcher(name);
            if (!channel.matches()) {
                continue;
            }
            String prefix = "mp.messaging.incoming." + channel.group(1) + ".";
            String topic = config.getValue(name, String.class);
            Predicate<String> reads = config.getOptionalValue(prefix + "pattern", Boolean.class).orElse(false)
                    ? Pattern.compile(topic).asMatchPredicate() : topic::equals;
            List<Inbound> covered = inbound().stream().filter(i -> reads.test(i.topic())).toList();
            softly.assertThat(covered).as("the topics of channel %s (%s) this check sends to", channel.group(1), topic)
                    .isNotEmpty();
            read.addAll(covered);
            softly.assertThat(config.getOptionalValue(prefix + "failure-strategy", String.class))
                    .as("failure strategy of channel %s", channel.group(1)).hasValue("dead-letter-queue");
            covered.forEach(i -> softly.assertThat(config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class))
                    .as("dead-letter topic of channel %s", channel.group(1)).hasValue(i.deadLetterTopic()));
        }
        softly.assertThat(inbound()).as("topics no channel reads").isNotEmpty().isSubsetOf(read);
        inbound().forEach(i -> softly.assertThat(i.types()).as("event types published on %s", i.topic()).isNotEmpty());
        softly.assertAll();
    }

    @Test
    void data_that_is_not_a_json_object_is_dead_lettered_with_the_reason() {
        List<Poison> poisons = new ArrayList<>();
        for (Inbound in : inbound()) {
            EventType type = in.types().get(0);
            poisons.add(Poison.of(in, "data that is not JSON", type.ceType(),
                    "applicant " + ID_NUMBER + ", not JSON at all {", "data is not JSON"));
            poisons.add(Poison.of(in, "a JSON array for data", type.ceType(), "[\"" + ID_NUMBER + "\"]",
                    "data is not a JSON object"));
            poisons.add(Poison.of(in, "no data (a tombstone)", type.ceType(), null, "has no data"));
        }
        assertDeadLetteredAndCaughtUp(poisons);
    }

    @Test
    void unknown_types_and_types_of_other_topics_are_dead_lettered_with_the_reason() {
        List<Poison> poisons = new ArrayList<>();
        for (Inbound in : inbound()) {
            String unknown = "vn.onestop.unknown.v1";
            poisons.add(Poison.of(in, "an unknown type", unknown, "{\"idNumber\": \"" + ID_NUMBER + "\"}",
                    "unknown event type " + unknown + " on topic " + in.topic()));
            EventType elsewhere = Arrays.stream(EventType.values()).filter(t -> !in.types().contains(t)).findFirst()
                    .orElseThrow();
            poisons.add(Poison.of(in, "a type of another topic (" + elsewhere.eventName() + ")", elsewhere.ceType(),
                    "{}", "unknown event type " + elsewhere.ceType() + " on topic " + in.topic()));
        }
        assertDeadLetteredAndCaughtUp(poisons);
    }

    @Test
    void data_that_breaks_its_json_schema_is_dead_lettered_with_the_violations() {
        List<Poison> poisons = new ArrayList<>();
        for (Inbound in : inbound()) {
            for (EventType type : in.types()) {
                String mention = "(" + type.eventName() + ") does not match its schema " + type.schemaPath();
                ObjectNode wrongTypes = wrongTypes(type);
                ObjectNode noRequired = NODES.objectNode().put("note", "applicant " + ID_NUMBER);
                for (ObjectNode data : List.of(wrongTypes, noRequired)) {
                    assertThat(ContractValidator.shared().violations(type, data))
                            .as("violations of %s by %s", type.schemaPath(), data).isNotEmpty();
                }
                poisons.add(Poison.of(in, type.eventName() + " with every required property of the wrong type",
                        type.ceType(), wrongTypes.toString(), mention, " expected"));
                poisons.add(Poison.of(in, type.eventName() + " without its required properties", type.ceType(),
                        noRequired.toString(), mention, "required property"));
            }
        }
        assertDeadLetteredAndCaughtUp(poisons);
    }

    @Test
    void missing_or_invalid_cloudevents_headers_are_dead_lettered_with_the_reason() {
        List<Poison> poisons = new ArrayList<>();
        for (Inbound in : inbound()) {
            EventType type = in.types().get(0);
            for (String header : List.of("ce_id", "ce_type", "ce_source", "ce_specversion")) {
                Poison poison = Poison.of(in, "no " + header, type.ceType(), "{}", "missing CloudEvents header " + header);
                poison.headers().remove(header);
                poisons.add(poison);
            }
            Poison oldSpec = Poison.of(in, "CloudEvents 0.3", type.ceType(), "{}", "unsupported CloudEvents spec version 0.3");
            oldSpec.headers().put("ce_specversion", "0.3");
            poisons.add(oldSpec);
            // the reason repeats the header's value: personal data put there by mistake is masked
            Poison badTime = Poison.of(in, "a ce_time that is no timestamp", type.ceType(), "{}",
                    "ce_time is not an RFC 3339 timestamp: " + ID_NUMBER_MASKED);
            badTime.headers().put("ce_time", ID_NUMBER);
            poisons.add(badTime);
        }
        assertDeadLetteredAndCaughtUp(poisons);
    }

    /**
     * Every required property of the type's schema with a value of another JSON type (a number for a
     * string, the identity number as a string for a number, ...).
     */
    private static ObjectNode wrongTypes(EventType type) {
        JsonNode schema;
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            schema = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode data = NODES.objectNode();
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            JsonNode wrong = switch (schema.path("properties").path(name).path("type").asText()) {
                case "integer", "number" -> NODES.textNode(ID_NUMBER);
                case "boolean" -> NODES.textNode("yes");
                case "object" -> NODES.arrayNode().add(ID_NUMBER);
                case "array" -> NODES.textNode(ID_NUMBER);
                default -> NODES.numberNode(12);
            };
            data.set(name, wrong);
        }
        return data;
    }

    private void assertDeadLetteredAndCaughtUp(List<Poison> poisons) {
        poisons.forEach(poison -> kafka.send(poison.record()));
        Map<String, List<Poison>> byDeadLetterTopic = poisons.stream()
                .collect(Collectors.groupingBy(p -> p.inbound().deadLetterTopic(), TreeMap::new, Collectors.toList()));

        byDeadLetterTopic.forEach((deadLetters, expected) -> await().atMost(DEAD_LETTERED_WITHIN)
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    Set<String> arrived = dead(deadLetters, expected).keySet();
                    assertThat(expected.stream().filter(p -> !arrived.contains(p.key())).map(Poison::describe))
                            .as("poison not (yet) on %s", deadLetters).isEmpty();
                }));
        // the consumers went on past the poison: nothing stuck behind it, nothing retried for ever
        inbound().forEach(in -> kafka.awaitCaughtUp(in.topic(), CAUGHT_UP_WITHIN));
        ManagementPort.given().get("/q/health/ready").then().statusCode(200);

        SoftAssertions softly = new SoftAssertions();
        byDeadLetterTopic.forEach((deadLetters, expected) -> {
            Map<String, List<ConsumerRecord<String, String>>> dead = dead(deadLetters, expected);
            for (Poison poison : expected) {
                List<ConsumerRecord<String, String>> letters = dead.getOrDefault(poison.key(), List.of());
                softly.assertThat(letters).as("dead letters of %s", poison.describe()).hasSize(1);
                if (letters.size() != 1) {
                    continue;
                }
                ConsumerRecord<String, String> letter = letters.get(0);
                softly.assertThat(TestKafka.header(letter, "dead-letter-topic")).as("topic of %s", poison.describe())
                        .isEqualTo(poison.inbound().topic());
                softly.assertThat(TestKafka.header(letter, "ce_id")).as("ce_id of %s", poison.describe())
                        .isEqualTo(poison.headers().get("ce_id"));
                softly.assertThat(TestKafka.header(letter, "dead-letter-reason")).as("reason of %s", poison.describe())
                        .isNotBlank().contains(poison.reasonMentions());
                for (Header header : letter.headers()) {
                    if (header.key().startsWith("dead-letter-") && header.value() != null) {
                        softly.assertThat(new String(header.value(), StandardCharsets.UTF_8))
                                .as("%s of %s", header.key(), poison.describe()).doesNotContain(ID_NUMBER);
                    }
                }
            }
        });
        softly.assertAll();
        operatorsSeeThem(poisons);
    }

    /**
     * The service's operators' list ({@code GET /api/v1/dead-letters}) names each poison with where
     * it lies and came from and its reason, masked, and never its payload; nobody but operators and
     * administrators may read it.
     */
    private static void operatorsSeeThem(List<Poison> poisons) {
        String listing = Tokens.as(Tokens.operator()).queryParam("limit", 500).get("/api/v1/dead-letters")
                .then().statusCode(200).extract().asString();
        JsonNode body;
        try {
            body = JSON.readTree(listing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> bySubject = new LinkedHashMap<>();
        body.path("deadLetters").forEach(letter -> bySubject.put(letter.path("subject").asText(), letter));
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(body.path("topics")).as("topics read").extracting(JsonNode::asText)
                .containsAll(poisons.stream().map(p -> p.inbound().deadLetterTopic()).distinct().toList());
        for (Poison poison : poisons) {
            JsonNode letter = bySubject.get(poison.key());
            softly.assertThat(letter).as("%s in the operators' list", poison.describe()).isNotNull();
            if (letter == null) {
                continue;
            }
            softly.assertThat(letter.path("topic").asText()).as("topic of %s", poison.describe())
                    .isEqualTo(poison.inbound().deadLetterTopic());
            softly.assertThat(letter.path("fromTopic").asText()).as("origin of %s", poison.describe())
                    .isEqualTo(poison.inbound().topic());
            softly.assertThat(letter.path("reason").asText()).as("reason of %s", poison.describe())
                    .contains(poison.reasonMentions());
            String eventId = poison.headers().get("ce_id");
            softly.assertThat(letter.path("eventId").textValue()).as("event id of %s", poison.describe()).isEqualTo(eventId);
            softly.assertThat(letter.path("redrive").textValue()).as("re-drive of %s", poison.describe())
                    .isEqualTo(eventId == null ? null : "./onestop redrive " + poison.inbound().topic() + " --id " + eventId);
        }
        softly.assertThat(listing).as("the list shows no payload and no unmasked identity number").doesNotContain(ID_NUMBER);
        softly.assertAll();
        Tokens.as(Tokens.citizen(ID_NUMBER)).get("/api/v1/dead-letters").then().statusCode(403);
        Tokens.as(Tokens.officer("000.01.20.H22")).get("/api/v1/dead-letters").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/dead-letters").then().statusCode(401);
        Tokens.as(Tokens.operator()).queryParam("limit", 0).get("/api/v1/dead-letters").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** The records of the dead-letter topic for the poison sent, by key. */
    private static Map<String, List<ConsumerRecord<String, String>>> dead(String deadLetters, List<Poison> sent) {
        Set<String> keys = sent.stream().map(Poison::key).collect(Collectors.toSet());
        return kafka.records(deadLetters, r -> keys.contains(r.key())).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key));
    }

    /** One poison record, told apart from every other by its key (a fresh UUID, also its ce_subject). */
    private record Poison(Inbound inbound, String what, String key, Map<String, String> headers, String value,
                          String[] reasonMentions) {

        /** A record with every CloudEvents header a producer of the topic sets, and the value as given. */
        static Poison of(Inbound inbound, String what, String ceType, String value, String... reasonMentions) {
            String key = UUID.randomUUID().toString();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("ce_specversion", "1.0");
            headers.put("ce_id", UUID.randomUUID().toString());
            headers.put("ce_type", ceType);
            headers.put("ce_source", inbound.source());
            headers.put("ce_subject", key);
            headers.put("ce_time", Instant.now().toString());
            headers.put("content-type", "application/json");
            return new Poison(inbound, what, key, headers, value, reasonMentions);
        }

        ProducerRecord<String, String> record() {
            RecordHeaders kafkaHeaders = new RecordHeaders();
            headers.forEach((name, v) -> kafkaHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
            return new ProducerRecord<>(inbound.topic(), null, key, value, kafkaHeaders);
        }

        String describe() {
            return what + " on " + inbound.topic() + " (key " + key + ")";
        }
    }
}
