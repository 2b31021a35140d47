package vn.onestop.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Plausible valid values for the schemas of an OpenAPI document as SmallRye writes it: a
 * {@code $ref} into {@code components/schemas} followed, {@code allOf} merged, the first
 * alternative of a {@code oneOf}/{@code anyOf} that is not {@code null}; required and optional
 * properties, formats (date, date-time, uuid, byte, email), enums, patterns, lengths, minimum and
 * maximum. What the fuzz mutates, one field at a time.
 */
final class SchemaSamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DEPTH = 12;
    /** Formats only a string has: a schema with one and no type is a string's. */
    private static final Set<String> STRING_FORMATS = Set.of("date", "date-time", "time", "local-time", "uuid", "byte",
            "binary", "email", "uri", "url", "duration");
    /**
     * Tried in order against a schema's pattern: the first that matches is the sample. The agency and
     * the id number of {@link LocalIdentity#tokenWithEveryRole()}'s person come first, so that a body
     * about the caller's own centre or person gets past the access checks to the input checks.
     */
    private static final List<String> PATTERN_CANDIDATES = List.of("000.01.20.H22", "000000000001", "x", "X1", "P1",
            "0912345678", "000.01.20.H22-260301-0001", "APPROVE", "COUNTER", "2026-11-26", "0".repeat(64));

    private final JsonNode document;
    private final Random random;

    SchemaSamples(JsonNode document, Random random) {
        this.document = document;
        this.random = random;
    }

    /** The schema with its {@code $ref} followed and its combinators merged, as one object schema. */
    ObjectNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private ObjectNode resolve(JsonNode schema, int depth) {
        ObjectNode merged = JSON.createObjectNode();
        if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
            return merged;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            mergeInto(merged, resolve(ref.startsWith("#") ? document.at(ref.substring(1)) : null, depth + 1));
        }
        for (JsonNode part : schema.path("allOf")) {
            mergeInto(merged, resolve(part, depth + 1));
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            for (JsonNode option : schema.path(alternatives)) {
                ObjectNode resolved = resolve(option, depth + 1);
                if (!"null".equals(resolved.path("type").asText())) {
                    mergeInto(merged, resolved);
                    break;
                }
            }
        }
        ObjectNode own = schema.deepCopy();
        own.remove(List.of("$ref", "allOf", "oneOf", "anyOf"));
        mergeInto(merged, own);
        return merged;
    }

    private static void mergeInto(ObjectNode target, ObjectNode source) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = source.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (field.getKey().equals("properties") && existing instanceof ObjectNode properties
                    && field.getValue().isObject()) {
                properties.setAll((ObjectNode) field.getValue());
            } else if (field.getKey().equals("required") && existing instanceof ArrayNode required) {
                Set<String> union = new LinkedHashSet<>();
                required.forEach(r -> union.add(r.asText()));
                field.getValue().forEach(r -> union.add(r.asText()));
                target.set("required", JSON.valueToTree(union));
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    /** The JSON type of a resolved schema (the first that is not null), or "" when it says none. */
    static String type(JsonNode resolved) {
        JsonNode type = resolved.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode option : type) {
            if (!option.asText().equals("null")) {
                return option.asText();
            }
        }
        if (resolved.has("properties") || resolved.has("additionalProperties")) {
            return "object";
        }
        if (resolved.has("items")) {
            return "array";
        }
        JsonNode first = resolved.path("enum").path(0);
        if (!first.isMissingNode()) {
            return first.isTextual() ? "string" : first.isIntegralNumber() ? "integer" : first.isNumber() ? "number" : "";
        }
        // a format only strings have, without a type: intake's contentBase64 (a class the document gives
        // as a $ref to itself, with the property's format byte)
        return STRING_FORMATS.contains(resolved.path("format").asText()) ? "string" : "";
    }

    static Set<String> required(JsonNode resolved) {
        Set<String> required = new LinkedHashSet<>();
        resolved.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    /** The schema of a property of a resolved object schema: declared, or the additional properties'. */
    static JsonNode property(JsonNode resolved, String name) {
        JsonNode declared = resolved.path("properties").get(name);
        if (declared != null) {
            return declared;
        }
        JsonNode additional = resolved.path("additionalProperties");
        return additional.isObject() ? additional : JSON.createObjectNode();
    }

    /** A plausible valid value of the schema. */
    JsonNode sample(JsonNode schema) {
        return sample(schema, 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        ObjectNode s = resolve(schema);
        if (s.has("const")) {
            return s.get("const");
        }
        for (JsonNode constant : s.path("enum")) {
            if (!constant.isNull()) {
                return constant;
            }
        }
        return switch (type(s)) {
            case "object" -> object(s, depth);
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                int size = Math.min(3, Math.max(1, s.path("minItems").asInt(1)));
                for (int i = 0; i < size && depth < MAX_DEPTH; i++) {
                    array.add(sample(s.path("items"), depth + 1));
                }
                yield array;
            }
            case "string" -> TextNode.valueOf(string(s));
            case "integer" -> JSON.getNodeFactory().numberNode(integer(s));
            case "number" -> JSON.getNodeFactory().numberNode((double) integer(s));
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            default -> TextNode.valueOf("x");
        };
    }

    private ObjectNode object(ObjectNode s, int depth) {
        ObjectNode object = JSON.createObjectNode();
        Set<String> required = required(s);
        for (Iterator<Map.Entry<String, JsonNode>> properties = s.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            boolean readOnly = resolve(property.getValue()).path("readOnly").asBoolean();
            if (readOnly || depth >= MAX_DEPTH || depth > 4 && !required.contains(property.getKey())) {
                continue;
            }
            object.set(property.getKey(), sample(property.getValue(), depth + 1));
        }
        JsonNode additional = s.path("additionalProperties");
        if (!s.has("properties") && (additional.isObject() || additional.asBoolean(false))) {
            object.set("key", additional.isObject() && depth < MAX_DEPTH ? sample(additional, depth + 1) : TextNode.valueOf("x"));
        }
        return object;
    }

    private String string(ObjectNode s) {
        String value = switch (s.path("format").asText()) {
            case "date" -> "2026-11-26";
            case "date-time" -> "2026-11-26T09:00:00+07:00";
            case "time", "local-time" -> "09:00:00";
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "byte", "binary" -> "JVBERi0xLjQK";
            case "email" -> "an@example.vn";
            case "uri", "url" -> "https://example.vn/x";
            case "duration" -> "PT5M";
            default -> matching(s.path("pattern").asText(null));
        };
        int min = s.path("minLength").asInt(0);
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        if (value.length() < min) {
            value = value + "x".repeat(min - value.length());
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static String matching(String pattern) {
        if (pattern == null) {
            return "x";
        }
        try {
            Pattern compiled = Pattern.compile(pattern);
            return PATTERN_CANDIDATES.stream().filter(c -> compiled.matcher(c).matches()).findFirst().orElse("x");
        } catch (PatternSyntaxException e) {
            return "x";
        }
    }

    private static long integer(ObjectNode s) {
        if (s.has("minimum")) {
            return (long) Math.ceil(s.get("minimum").asDouble()) + (s.path("exclusiveMinimum").isNumber() ? 1 : 0);
        }
        if (s.path("exclusiveMinimum").isNumber()) {
            return (long) Math.floor(s.get("exclusiveMinimum").asDouble()) + 1;
        }
        return s.has("maximum") ? Math.min(1, (long) Math.floor(s.get("maximum").asDouble())) : 1;
    }
}
