package vn.onestop.intake.catalog.loading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The shape rules of a catalog file: {@value #RESOURCE}, a JSON Schema checked item by item (each
 * item of a section against its definition), so that a problem names its item as the rules in code
 * do. A failure becomes a problem with the code of the keyword that failed and a message from the
 * schema's {@code problem} annotation where one fits, else from the keyword's default.
 *
 * <p>Annotations, on the schema object holding the keyword or on the property that refers ({@code $ref})
 * to it, the referring one first: {@code problem} is a message for any keyword there, or an object of
 * messages by keyword; {@code problemCode} likewise for the code. In a message, {@code {field}} is the
 * field at fault within the item (or the part of it: {@code component FORM2: } comes first), {@code {array}}
 * the list an element belongs to, {@code {value}} the value, {@code {enum}} and {@code {pattern}} the rule's.
 */
final class CatalogSchema {

    static final String RESOURCE = "catalog/schema/catalog-file.json";
    static final String ID = "https://onestop.vn/catalog/schema/catalog-file.json";

    /** The definition of an item of each section. */
    private static final Map<String, String> DEFINITIONS = Map.of("levels", "level", "agencyTypes", "agencyType",
            "administrativeUnits", "unit", "agencies", "agency", "entries", "entry");

    /** Parts of an entry that problems name on their own ("component FORM2: ..."), by the field that names them. */
    private static final Map<String, String> PARTS = Map.of("components", "component", "fees", "fee",
            "options", "option", "resultFields", "result field");
    private static final Map<String, String> PART_KEYS = Map.of("components", "code", "fees", "code",
            "options", "id", "resultFields", "name");

    private static final Map<String, String> DEFAULT_MESSAGES = Map.of(
            "required", "{field} is required",
            "type", "{field} has the wrong type",
            "pattern", "{field} {value} does not match {pattern}",
            "format", "{field} {value} is not a valid {format}",
            "enum", "{field} {value} is not one of {enum}",
            "const", "{field} {value} is not allowed",
            "minimum", "{field} {value} is too small",
            "minItems", "{field} has too few items",
            "uniqueItems", "{field} lists an item twice",
            "additionalProperties", "unknown field {field}");
    private static final Map<String, ProblemCode> DEFAULT_CODES = Map.ofEntries(
            Map.entry("required", ProblemCode.FIELD_REQUIRED),
            Map.entry("type", ProblemCode.WRONG_TYPE),
            Map.entry("pattern", ProblemCode.PATTERN),
            Map.entry("format", ProblemCode.FORMAT),
            Map.entry("enum", ProblemCode.NOT_ONE_OF),
            Map.entry("const", ProblemCode.NOT_ONE_OF),
            Map.entry("minimum", ProblemCode.MINIMUM),
            Map.entry("exclusiveMinimum", ProblemCode.MINIMUM),
            Map.entry("minItems", ProblemCode.MIN_ITEMS),
            Map.entry("uniqueItems", ProblemCode.UNIQUE_ITEMS),
            Map.entry("additionalProperties", ProblemCode.UNKNOWN_FIELD),
            Map.entry("not", ProblemCode.FIELD_NOT_ALLOWED),
            Map.entry("false", ProblemCode.FIELD_NOT_ALLOWED));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(field|array|value|enum|pattern|format)}");

    /** A value the schema refused: where in the item (a JSON pointer, "" for the item), the code and the message. */
    record Violation(String pointer, ProblemCode code, String message) {
    }

    private static final class Holder {
        static final CatalogSchema SHARED = new CatalogSchema();
    }

    private final JsonNode document;
    private final Map<String, JsonSchema> items;

    private CatalogSchema() {
        String text;
        try {
            text = CatalogLoader.read(RESOURCE);
            document = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog schema " + RESOURCE, e);
        }
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keyword(new AnnotationKeyword("problem"))
                .keyword(new AnnotationKeyword("problemCode"))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(metaSchema).schemaLoaders(loaders -> loaders.schemas(Map.of(ID, text))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        items = DEFINITIONS.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> factory.getSchema(SchemaLocation.of(ID + "#/$defs/" + e.getValue()), config)));
    }

    static CatalogSchema shared() {
        return Holder.SHARED;
    }

    /** What the schema refuses in {@code item}, an item of {@code section} (one of {@link #DEFINITIONS}). */
    List<Violation> check(String section, JsonNode item) {
        JsonSchema schema = items.get(section);
        if (schema == null) {
            throw new IllegalArgumentException("no schema definition for section " + section);
        }
        return schema.validate(item).stream().map(m -> violation(item, m)).toList();
    }

    private Violation violation(JsonNode item, ValidationMessage m) {
        boolean absent = m.getType().equals("required");
        // The catalog writes null for "none": a null where a value is needed is a missing value.
        boolean isNull = m.getType().equals("type") && m.getInstanceNode() != null && m.getInstanceNode().isNull();
        String keyword = isNull ? "required" : m.getType();
        List<String> path = new ArrayList<>(names(m.getInstanceLocation()));
        if (absent || keyword.equals("additionalProperties")) {
            path.add(m.getProperty());
        }
        List<JsonNode> rules = rules(m, absent);
        String template = rules.stream().map(r -> annotation(r.get("problem"), keyword)).filter(t -> t != null)
                .findFirst().orElse(DEFAULT_MESSAGES.getOrDefault(keyword, "{field}: " + m.getMessage()));
        ProblemCode code = rules.stream().map(r -> annotation(r.get("problemCode"), keyword)).filter(c -> c != null)
                .findFirst().map(ProblemCode::of).orElse(DEFAULT_CODES.getOrDefault(keyword, ProblemCode.SHAPE));

        String prefix = "";
        int start = 0;
        if (path.size() > 2 && (PARTS.containsKey(path.get(0)) || path.get(0).equals("chain")) && isIndex(path.get(1))) {
            prefix = part(item.path(path.get(0)).path(Integer.parseInt(path.get(1))), path.get(0), path.get(1)) + ": ";
            start = 2;
        }
        String field = field(path.subList(start, path.size()));
        JsonNode value = absent ? MissingNode.getInstance() : m.getInstanceNode();
        JsonNode rule = rules.isEmpty() ? MissingNode.getInstance() : rules.get(rules.size() - 1);
        Map<String, String> values = Map.of(
                "field", field,
                "array", field.replaceFirst("\\[\\d+]$", ""),
                "value", value(value),
                "enum", enumeration(rules),
                "pattern", rule.path("pattern").asText().replaceFirst("^\\^", "").replaceFirst("\\$$", ""),
                "format", rule.path("format").asText());
        String message = PLACEHOLDER.matcher(template)
                .replaceAll(p -> Matcher.quoteReplacement(values.get(p.group(1)))).strip();
        return new Violation(path.isEmpty() ? "" : "/" + String.join("/", path), code, prefix + message);
    }

    /**
     * The schema objects that speak for the failure, most specific first: for a missing field, its
     * property and what that refers to; otherwise the property that referred to the object holding
     * the keyword (if reached through {@code $ref}), then that object.
     */
    private List<JsonNode> rules(ValidationMessage m, boolean absent) {
        JsonNodePath evaluation = m.getEvaluationPath();
        JsonNode node = document;
        JsonNode referrer = null;
        for (int i = 0; i < evaluation.getNameCount() - 1; i++) {
            Object step = evaluation.getElement(i);
            if ("$ref".equals(step)) {
                referrer = node;
                node = resolve(node);
            } else {
                referrer = null;
                node = step instanceof Integer index ? node.path(index) : node.path(step.toString());
            }
        }
        List<JsonNode> rules = new ArrayList<>();
        if (absent) {
            JsonNode property = node.path("properties").path(m.getProperty());
            rules.add(property);
            if (property.has("$ref")) {
                rules.add(resolve(property));
            }
        } else {
            if (referrer != null) {
                rules.add(referrer);
            }
            rules.add(node);
        }
        return rules;
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText();
        return ref.startsWith("#") ? document.at(ref.substring(1)) : MissingNode.getInstance();
    }

    /** The message or code an annotation gives for {@code keyword}: all of it if text, else its entry for the keyword. */
    private static String annotation(JsonNode annotation, String keyword) {
        if (annotation == null) {
            return null;
        }
        if (annotation.isTextual()) {
            return annotation.asText();
        }
        JsonNode byKeyword = annotation.get(keyword);
        return byKeyword != null && byKeyword.isTextual() ? byKeyword.asText() : null;
    }

    /** The allowed values, found on the rule, what it refers to, or its items: {@code [A, B]} without null. */
    private String enumeration(List<JsonNode> rules) {
        for (JsonNode rule : rules) {
            for (JsonNode candidate : List.of(rule, resolve(rule), rule.path("items"), resolve(rule.path("items")))) {
                if (candidate.path("enum").isArray()) {
                    return StreamSupport.stream(candidate.get("enum").spliterator(), false)
                            .filter(v -> !v.isNull()).map(JsonNode::asText).toList().toString();
                }
            }
        }
        return "";
    }

    /** "component FORM2", "chain edge P1 → P2 (BIRTH_CERT)": how messages name a part of an entry. */
    private static String part(JsonNode node, String array, String index) {
        if (array.equals("chain")) {
            return "chain edge " + node.path("from").asText(null) + " → " + node.path("to").asText(null)
                    + " (" + node.path("component").asText(null) + ")";
        }
        JsonNode key = node.path(PART_KEYS.get(array));
        return PARTS.get(array) + " " + (key.isTextual() ? key.asText() : "[" + index + "]");
    }

    /** {@code timeLimit.value}, {@code formats[2]}. */
    private static String field(List<String> path) {
        StringBuilder field = new StringBuilder();
        for (String name : path) {
            if (isIndex(name)) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(name);
            }
        }
        return field.toString();
    }

    private static String value(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "(missing)";
        }
        return value.isTextual() ? Problems.quote(value.asText()) : value.toString();
    }

    private static List<String> names(JsonNodePath path) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            names.add(String.valueOf(path.getElement(i)));
        }
        return names;
    }

    private static boolean isIndex(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
