package vn.onestop.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaFilesTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    static Stream<Path> schemaFiles() {
        return ContractResources.jsonFiles(ContractResources.resourceDir("/contracts/schemas")).stream();
    }

    @Test
    void thereAreSchemaFiles() {
        assertFalse(schemaFiles().toList().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void schemaIsJsonDeclaring202012WithItsOwnId(Path file) {
        JsonNode schema = ContractResources.readJson(file);
        String name = file.getFileName().toString();
        assertEquals(DRAFT_2020_12, schema.path("$schema").asText(), name);
        assertEquals("https://onestop.vn/contracts/schemas/" + name, schema.path("$id").asText(), name);
        assertEquals("object", schema.path("type").asText(), name);
        // Forward compatibility: consumers must accept properties added by a later producer.
        assertFalse(schema.has("additionalProperties"), name + " must not restrict additional properties");
        assertTrue(schema.path("required").isArray() && !schema.path("required").isEmpty(), name + " lists required");
        for (JsonNode required : schema.path("required")) {
            assertTrue(schema.path("properties").has(required.asText()),
                    name + ": required " + required + " is not described under properties");
        }
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void schemaIsReferencedByExactlyOneEventType(Path file) {
        String path = "schemas/" + file.getFileName();
        List<EventType> referencing = Arrays.stream(EventType.values())
                .filter(t -> t.schemaPath().equals(path))
                .toList();
        assertEquals(1, referencing.size(), path + " referenced by " + referencing);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventTypeSchemaExistsOnTheClasspath(EventType type) {
        assertNotNull(EventType.class.getResource(type.schemaResource()), type.schemaResource());
        assertTrue(ContractResources.resourceDir("/contracts").resolve(type.schemaPath()).toFile().isFile());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDescriptionNamesCeTypeAndTopic(EventType type) {
        JsonNode schema = ContractResources.readJson(ContractResources.resourceDir("/contracts").resolve(type.schemaPath()));
        String description = schema.path("description").asText();
        List<String> missing = new ArrayList<>();
        for (String expected : List.of(type.ceType(), type.topic())) {
            if (!description.contains(expected)) {
                missing.add(expected);
            }
        }
        assertTrue(missing.isEmpty(), type.schemaPath() + " description does not mention " + missing);
    }
}
