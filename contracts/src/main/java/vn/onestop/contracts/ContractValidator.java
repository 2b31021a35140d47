package vn.onestop.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validates event data against the JSON Schemas of this module.
 *
 * <p>For <b>tests</b> of producers (validate what the outbox row / Kafka record really carries)
 * and consumers (prove that the examples they are tested with are valid). It needs
 * {@code com.networknt:json-schema-validator}, an optional dependency of this module: add it in
 * {@code test} scope. Services must not validate at runtime with it; the constants in
 * {@link Topics} and {@link EventType} have no such dependency.
 *
 * <p>Format assertions are on, so {@code date-time} (RFC 3339, offset required) and {@code uuid}
 * are checked, not just annotated. Schemas are loaded once from the classpath
 * ({@code /contracts/schemas/...}) and cached; instances are thread-safe.
 */
public final class ContractValidator {

    private static final ContractValidator SHARED = new ContractValidator();

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            // Resolves $id URIs to the classpath so that validation never goes to the network.
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    EventType.SCHEMA_ID_BASE, "classpath:" + EventType.CONTRACTS_RESOURCE_ROOT.substring(1))));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            // 2020-12 treats "format" as an annotation only; contracts rely on date-time and uuid.
            .formatAssertionsEnabled(true)
            // 1.5.x defaults to JSON Pointer, which renders the root as "" (": required ...").
            .pathType(PathType.JSON_PATH)
            // Messages are otherwise localised with the JVM default locale; keep test output stable.
            .locale(Locale.ENGLISH)
            .build();
    private final Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
    /** The contracts' {@code "format": "email"}, on its own (an applicant's address in DossierSubmitted). */
    private final JsonSchema emailFormat = factory.getSchema("{\"type\": \"string\", \"format\": \"email\"}", config);

    /** A validator sharing its schema cache with every other caller of this method. */
    public static ContractValidator shared() {
        return SHARED;
    }

    /**
     * Violations of {@code type}'s schema by {@code json} (the CloudEvent data), each as
     * {@code "<JSON path>: <message>"}, sorted; empty if valid. Unparseable JSON is one violation.
     */
    public List<String> violations(EventType type, String json) {
        JsonNode data;
        try {
            data = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("$: not valid JSON: " + e.getOriginalMessage());
        }
        if (data == null || data.isMissingNode()) {
            return List.of("$: empty payload");
        }
        return violations(type, data);
    }

    /** As {@link #violations(EventType, String)}, for an already parsed payload. */
    public List<String> violations(EventType type, JsonNode data) {
        return schema(type).validate(data).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .distinct()
                .toList();
    }

    /**
     * Whether an e-mail address passes the events' {@code "format": "email"} (an RFC 5321 mailbox
     * whose domain has a known top-level domain, so {@code an@example.vn} does and
     * {@code an@onestop.local} does not). A service that accepts an address into an event checks it
     * with this, so that its own 400 says so rather than a consumer dead-lettering the event.
     */
    public boolean acceptsEmail(String address) {
        return address != null && emailFormat.validate(mapper.getNodeFactory().textNode(address)).isEmpty();
    }

    /** @throws ContractViolation if {@code json} violates {@code type}'s schema */
    public void requireValid(EventType type, String json) {
        List<String> violations = violations(type, json);
        if (!violations.isEmpty()) {
            throw new ContractViolation(type, violations);
        }
    }

    /** @throws ContractViolation if {@code data} violates {@code type}'s schema */
    public void requireValid(EventType type, JsonNode data) {
        List<String> violations = violations(type, data);
        if (!violations.isEmpty()) {
            throw new ContractViolation(type, violations);
        }
    }

    private JsonSchema schema(EventType type) {
        synchronized (schemas) {
            return schemas.computeIfAbsent(type, t -> factory.getSchema(
                    SchemaLocation.of(t.schemaId()), config));
        }
    }
}
