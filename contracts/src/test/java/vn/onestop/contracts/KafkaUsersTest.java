package vn.onestop.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker's users and ACLs (deploy/base/kafka/users.yaml) are exactly what the event catalog
 * says each party does: a service writes the topics of the events it sources and the dead letters
 * of what it receives, reads what it receives, and nothing else; each partner system reads its own
 * tasks and writes its own replies, and nothing else. A new event, consumer or partner that is not
 * given its rights (or keeps rights it no longer needs) fails here, not in production.
 */
class KafkaUsersTest {

    private static final String PARTNER_SYSTEMS = "partner-agency-systems";
    private static final Set<String> SERVICES = Set.of("intake-service", "processing-service", "results-service",
            "rating-service");

    private final JsonNode asyncApi = ContractResources.asyncApi();
    private final Map<String, Set<String>> acls = acls();

    @Test
    void thereIsAUserForEveryServiceAndEveryPartnerWithTopics() {
        Set<String> partners = ContractResources.declaredTopics().stream()
                .flatMap(t -> Topics.partnerOf(Topics.PARTNER_TASKS, t).stream()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(SERVICES);
        partners.forEach(p -> expected.add("partner-" + p));
        assertThat(acls.keySet()).isEqualTo(expected);
    }

    @Test
    void eachServiceWritesWhatItSourcesAndDeadLettersWhatItReceives() {
        for (String service : SERVICES) {
            Set<String> writes = new TreeSet<>();
            for (EventType type : EventType.values()) {
                if (!type.inbound() && type.ceSource().endsWith("/" + service)) {
                    writes.add(type.topic().contains("{partner}") ? Topics.PARTNER_TOPIC_PREFIX + "*" : type.topic());
                    if (type.copiedToPartners()) {
                        writes.add(Topics.PARTNER_TOPIC_PREFIX + "*");
                    }
                }
            }
            for (String channel : channels("send", service)) {
                if (Topics.isDeadLetter(channel)) {
                    // processing's prefix on every partner topic covers the partners' dead letters too
                    writes.add(channel.startsWith(Topics.PARTNER_TOPIC_PREFIX) ? Topics.PARTNER_TOPIC_PREFIX + "*" : channel);
                } else if (channel.contains("{partner}")) {
                    writes.add(Topics.PARTNER_TOPIC_PREFIX + "*");
                }
            }
            assertThat(granted(service, "Write")).as(service + " writes").isEqualTo(writes);
        }
    }

    @Test
    void aServiceHasNoOtherRightThanReadingWritingDescribingItsTopicsAndReadingItsOwnGroup() {
        for (String service : SERVICES) {
            Set<String> expected = new TreeSet<>();
            for (String op : List.of("Read", "Write")) {
                for (String topic : granted(service, op)) {
                    expected.add("topic " + topic + " " + op);
                    expected.add("topic " + topic + " Describe");
                }
            }
            expected.add("group " + service + " Read");
            assertThat(acls.get(service)).as(service + ": every right, exactly").isEqualTo(expected);
        }
    }

    @Test
    void eachServiceReadsWhatItReceivesAndTheDeadLettersItWrites() {
        for (String service : SERVICES) {
            Set<String> reads = channels("receive", service).stream()
                    .map(c -> c.contains("{partner}") ? Topics.PARTNER_TOPIC_PREFIX + "*" : c)
                    .collect(Collectors.toCollection(TreeSet::new));
            // its dead-letter topics, read back without a group for the operators' list (GET /api/v1/dead-letters)
            channels("send", service).stream().filter(Topics::isDeadLetter)
                    .map(c -> c.startsWith(Topics.PARTNER_TOPIC_PREFIX) ? Topics.PARTNER_TOPIC_PREFIX + "*" : c)
                    .forEach(reads::add);
            assertThat(granted(service, "Read")).as(service + " reads").isEqualTo(reads);
            assertThat(acls.get(service)).as(service + " commits in its own consumer group, named exactly")
                    .contains("group " + service + " Read");
        }
    }

    @Test
    void aPartnerReadsItsTasksAndWritesItsRepliesAndNothingElse() {
        assertThat(channels("receive", PARTNER_SYSTEMS)).containsOnly(Topics.PARTNER_TASKS);
        assertThat(channels("send", PARTNER_SYSTEMS)).containsOnly(Topics.PARTNER_REPLIES);
        acls.keySet().stream().filter(u -> u.startsWith("partner-")).forEach(user -> {
            String partner = user.substring("partner-".length());
            assertThat(acls.get(user)).as(user).containsExactlyInAnyOrder(
                    "topic " + Topics.forPartner(Topics.PARTNER_TASKS, partner) + " Read",
                    "topic " + Topics.forPartner(Topics.PARTNER_TASKS, partner) + " Describe",
                    "topic " + Topics.forPartner(Topics.PARTNER_REPLIES, partner) + " Write",
                    "topic " + Topics.forPartner(Topics.PARTNER_REPLIES, partner) + " Describe",
                    "group " + user + ".* Read");
        });
    }

    @Test
    void onlyProcessingWritesTheDecisionsThatResultsSigns() {
        List<String> writers = acls.keySet().stream()
                .filter(u -> granted(u, "Write").contains(EventType.DOSSIER_DECIDED.topic())).toList();
        assertThat(writers).containsExactly("processing-service");
    }

    /** Topics (a prefix pattern as "prefix*") on which {@code user} has {@code operation}. */
    private Set<String> granted(String user, String operation) {
        return acls.getOrDefault(user, Set.of()).stream()
                .filter(a -> a.startsWith("topic ") && a.endsWith(" " + operation))
                .map(a -> a.substring("topic ".length(), a.length() - operation.length() - 1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Addresses of the channels on which operations tagged {@code tag} have {@code action}. */
    private Set<String> channels(String action, String tag) {
        Set<String> addresses = new TreeSet<>();
        asyncApi.path("operations").forEach(op -> {
            if (action.equals(op.path("action").asText())
                    && op.path("tags").findValuesAsText("name").contains(tag)) {
                String ref = op.path("channel").path("$ref").asText();
                addresses.add(asyncApi.at(ref.substring(1)).path("address").asText());
            }
        });
        return addresses;
    }

    /** user -> "topic NAME OPERATION" / "group NAME OPERATION" (a prefix pattern's name ends with *). */
    private static Map<String, Set<String>> acls() {
        Path users = ContractResources.topicsFile().resolveSibling("users.yaml");
        Map<String, Set<String>> result = new TreeMap<>();
        try {
            List<JsonNode> documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                    .<JsonNode>readValues(users.toFile()).readAll();
            for (JsonNode doc : documents) {
                if (doc == null || !"KafkaUser".equals(doc.path("kind").asText())) {
                    continue;
                }
                assertThat(doc.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
                assertThat(doc.at("/spec/authorization/type").asText()).isEqualTo("simple");
                List<String> entries = new ArrayList<>();
                for (JsonNode acl : doc.at("/spec/authorization/acls")) {
                    JsonNode resource = acl.path("resource");
                    String name = resource.path("name").asText() + ("prefix".equals(resource.path("patternType").asText()) ? "*" : "");
                    acl.path("operations").forEach(op -> entries.add(resource.path("type").asText() + " " + name + " " + op.asText()));
                }
                result.put(doc.at("/metadata/name").asText(), new TreeSet<>(entries));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
