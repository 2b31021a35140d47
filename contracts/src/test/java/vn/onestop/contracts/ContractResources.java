package vn.onestop.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers that read this module's resources and the cluster's topic declarations. */
final class ContractResources {

    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();

    private ContractResources() {
    }

    /** Folder on disk holding a classpath resource folder (target/classes or target/test-classes). */
    static Path resourceDir(String name) {
        URL url = ContractResources.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing resource folder " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid JSON", e);
        }
    }

    static ObjectNode example(String fileName) {
        return (ObjectNode) readJson(resourceDir("/examples").resolve(fileName));
    }

    static JsonNode asyncApi() {
        try (InputStream in = ContractResources.class.getResourceAsStream("/contracts/asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing /contracts/asyncapi.yaml");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * deploy/base/kafka/topics.yaml: from the path surefire passes, else relative to the module
     * or the repository root (IDE runs).
     */
    static Path topicsFile() {
        String configured = System.getProperty("onestop.topics.file");
        Stream<Path> candidates = configured != null
                ? Stream.of(Path.of(configured))
                : Stream.of(Path.of("../deploy/base/kafka/topics.yaml"), Path.of("deploy/base/kafka/topics.yaml"));
        return candidates.filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("deploy/base/kafka/topics.yaml not found (user.dir="
                        + System.getProperty("user.dir") + ", onestop.topics.file=" + configured + ")"));
    }

    /** metadata.name of every KafkaTopic document in topics.yaml. */
    static List<String> declaredTopics() {
        return declaredTopicDocuments().stream().map(d -> d.path("metadata").path("name").asText()).toList();
    }

    /** Every KafkaTopic document in topics.yaml, in file order. */
    static List<JsonNode> declaredTopicDocuments() {
        try {
            List<JsonNode> documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(topicsFile().toFile()).readAll();
            return documents.stream()
                    .filter(d -> d != null && "KafkaTopic".equals(d.path("kind").asText()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** spec of the KafkaTopic named {@code topic} in topics.yaml. */
    static JsonNode declaredTopicSpec(String topic) {
        return declaredTopicDocuments().stream()
                .filter(d -> topic.equals(d.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(topic + " is not declared in topics.yaml"))
                .path("spec");
    }
}
