package vn.onestop.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a client may get wrong, generated from an operation's schemas: bodies (each required field
 * missing, each field null or of the wrong JSON type, huge strings and arrays, invalid dates,
 * date-times, uuids and enum values, numbers out of range, odd Unicode, control characters,
 * injection strings, malformed JSON, wrong content types, broken multipart) and parameter values
 * (wrong types, invalid and extreme dates, huge, negative, repeated, odd Unicode, invalid UTF-8,
 * injection strings). Bounded per operation: every structural mutation, then the fields' (or
 * parameters') mutations taken in turn, in an order drawn from the seed, until the bound.
 */
final class Mutations {

    /**
     * One body: what it tries, its Content-Type (null: no header), its bytes, and the field it must be
     * refused for, with a 400 naming it (null: any 4xx, or a 2xx, will do).
     */
    record Body(String what, String contentType, byte[] bytes, String refusedField) {

        Body(String what, String contentType, byte[] bytes) {
            this(what, contentType, bytes, null);
        }
    }

    /** One value of a parameter: what it tries, and the value as it goes into a URI (percent-encoded) or header. */
    record Value(String what, String encoded) {
    }

    /**
     * Dates the platform never stores (outside the years 1 to 9999, 10000 and more years out); a body
     * with one in a date or date-time field is refused naming that field, whatever the record.
     */
    static final List<String> DATES_OUT_OF_RANGE = List.of("+10000-01-01", "+12026-11-26", "+999999999-12-31",
            "-999999999-01-01", "-0001-12-31");
    static final List<String> DATE_TIMES_OUT_OF_RANGE = List.of("+10000-01-01T12:00:00Z",
            "+12026-11-26T09:00:00+07:00", "+999999999-12-31T23:59:59Z", "-000001-01-01T00:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a raw JSON fragment (one Jackson would not write: a lone surrogate, 1e309) until written. */
    private static final String RAW = "@@fuzz-raw@@";
    private static final String BOUNDARY = "fuzz-boundary";
    private static final int HUGE_STRING = 100_000;
    private static final int HUGE_ARRAY = 10_000;

    /** Odd text any string may meet: direction marks, combining marks, emoji, decomposed Vietnamese, invisibles. */
    private static final List<Value> ODD_TEXT = List.of(
            new Value("a right-to-left override", "\u202Eevil\u202C"),
            new Value("stacked combining marks", "e\u0301\u0302\u0303\u0304\u0323"),
            new Value("emoji with joiners and flags", "\uD83D\uDE00\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\uD83C\uDDFB\uD83C\uDDF3"),
            new Value("decomposed (NFD) Vietnamese", Normalizer.normalize("Nguyễn Văn Ấn", Normalizer.Form.NFD)),
            new Value("zero-width characters and a byte order mark", "a\u200B\u200C\u200D\uFEFFb"),
            new Value("non-characters", "\uFFFE\uFFFF\uFDD0"));

    /** Injection attempts: each must stay data. */
    private static final List<Value> INJECTIONS = List.of(
            new Value("SQL injection", "' OR 1=1 --"),
            new Value("an SQL statement", "'; DROP TABLE dossier; --"),
            new Value("a script tag", "<script>alert(1)</script>"),
            new Value("path traversal", "../../etc/passwd"),
            new Value("a JNDI lookup", "${jndi:ldap://127.0.0.1:1/a}"),
            new Value("a literal %00", "%00"),
            new Value("format specifiers", "%s%s%s%n"),
            new Value("template expressions", "{{7*7}}#{7*7}${7*7}"),
            new Value("LIKE wildcards and a backslash", "%_%\\"));

    private Mutations() {
    }

    /**
     * The bodies of an operation's request body, at most {@code max}: for a JSON body the valid
     * {@code base} first mutated as a whole, then field by field; for a multipart body its parts;
     * for any other type, bytes.
     */
    static List<Body> bodies(JsonNode requestBody, SchemaSamples samples, Random random, int max) {
        JsonNode content = requestBody.path("content");
        List<Supplier<Body>> fixed = new ArrayList<>();
        List<List<Supplier<Body>>> fields = new ArrayList<>();
        String jsonType = null;
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (type.equals("application/json") || type.endsWith("+json")) {
                jsonType = type;
            }
        }
        JsonNode base = jsonType == null ? NODES.objectNode() : samples.sample(content.path(jsonType).path("schema"));
        if (jsonType != null) {
            fixed.addAll(structural(jsonType, base, content.has("multipart/form-data")));
            walk(samples, content.path(jsonType).path("schema"), base, new ArrayList<>(), false, base, jsonType, fields);
        }
        if (content.has("multipart/form-data")) {
            fixed.addAll(multipart(samples.resolve(content.path("multipart/form-data").path("schema")), text(base)));
        }
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (!type.equals(jsonType) && !type.equals("multipart/form-data")) {
                fixed.addAll(raw(type.contains("*") ? "application/octet-stream" : type, random));
            }
        }
        List<Supplier<Body>> chosen = new ArrayList<>(fixed.subList(0, Math.min(max, fixed.size())));
        chosen.addAll(inTurn(fields, max - chosen.size(), random));
        return chosen.stream().map(Supplier::get).toList();
    }

    /** The valid body of an operation, as JSON text (null when it takes no JSON body). */
    static String validBody(JsonNode requestBody, SchemaSamples samples) {
        JsonNode json = requestBody.path("content").path("application/json");
        return json.isMissingNode() ? null : text(samples.sample(json.path("schema")));
    }

    /** Mutations of the body as a whole: its syntax, its size, its nesting, its content type. */
    private static List<Supplier<Body>> structural(String jsonType, JsonNode base, boolean takesMultipart) {
        String valid = text(base);
        List<Supplier<Body>> bodies = new ArrayList<>(List.of(
                json(jsonType, "an empty body", () -> ""),
                json(jsonType, "only white space", () -> " \n\t "),
                json(jsonType, "JSON null", () -> "null"),
                json(jsonType, "a top-level array", () -> "[" + valid + "]"),
                json(jsonType, "a top-level string", () -> "\"x\""),
                json(jsonType, "a top-level number", () -> "-1.5e3"),
                json(jsonType, "a top-level boolean", () -> "true"),
                json(jsonType, "truncated JSON", () -> valid.substring(0, valid.length() / 2)),
                json(jsonType, "a trailing comma", () -> valid.endsWith("}") && valid.length() > 2
                        ? valid.substring(0, valid.length() - 1) + ",}" : "{\"a\": 1,}"),
                json(jsonType, "duplicate keys", () -> duplicateKey(base, valid)),
                json(jsonType, "single quotes", () -> valid.replace('"', '\'')),
                json(jsonType, "a comment", () -> "/* x */ " + valid),
                json(jsonType, "a NaN literal", () -> withField(valid, "\"fuzzNumber\": NaN")),
                json(jsonType, "a byte order mark", () -> "\uFEFF" + valid),
                () -> new Body("invalid UTF-8 in a string", jsonType, invalidUtf8(valid)),
                () -> new Body("the body in UTF-16", jsonType, valid.getBytes(StandardCharsets.UTF_16BE)),
                json(jsonType, "arrays nested 10000 deep", () -> "[".repeat(10_000) + "]".repeat(10_000)),
                json(jsonType, "objects nested 2000 deep in an unknown field",
                        () -> withField(valid, "\"fuzzDeep\": " + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000))),
                json(jsonType, "unknown fields", () -> withField(valid, "\"fuzzUnknown\": \"x\", "
                        + "\"__proto__\": {\"admin\": true}, \"@class\": \"java.lang.ProcessBuilder\"")),
                json(jsonType, "a 1 MB unknown field", () -> withField(valid, "\"fuzzHuge\": \"" + "x".repeat(1 << 20) + "\"")),
                body("Content-Type text/plain", "text/plain", () -> valid),
                body("Content-Type application/xml with an external entity", "application/xml",
                        () -> "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
                body("Content-Type application/x-www-form-urlencoded", "application/x-www-form-urlencoded", () -> "a=b&c=%00"),
                body("no Content-Type", null, () -> valid),
                body("an unparseable Content-Type", "json;;;=", () -> valid),
                body("Content-Type with an unknown charset", "application/json; charset=x-no-such-charset", () -> valid)));
        if (!takesMultipart) {
            bodies.add(body("Content-Type multipart/form-data", "multipart/form-data; boundary=" + BOUNDARY,
                    () -> part("dossier", null, "application/json", valid) + "--" + BOUNDARY + "--\r\n"));
        }
        return bodies;
    }

    /** Broken multipart bodies: its first text part carries the JSON body (as intake's 'dossier' part). */
    private static List<Supplier<Body>> multipart(JsonNode schema, String valid) {
        String name = "dossier";
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            if ("string".equals(property.getValue().path("type").asText())
                    && !"binary".equals(property.getValue().path("format").asText())) {
                name = property.getKey();
                break;
            }
        }
        String text = name;
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        String end = "--" + BOUNDARY + "--\r\n";
        return List.of(
                body("multipart without a boundary", "multipart/form-data", () -> "x"),
                body("multipart without parts", type, () -> end),
                body("multipart that never ends", type, () -> "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                        + text + "\"\r\n\r\n{"),
                body("multipart: the generated body in part " + text, type, () -> part(text, null, null, valid) + end),
                body("multipart: malformed JSON in part " + text, type, () -> part(text, null, null, "{\"a\": ") + end),
                body("multipart: JSON null in part " + text, type, () -> part(text, null, null, "null") + end),
                body("multipart: a 100 kB part " + text, type,
                        () -> part(text, null, null, withField(valid, "\"fuzzHuge\": \"" + "x".repeat(HUGE_STRING) + "\"")) + end),
                body("multipart: a file part named with a path", type, () -> part(text, null, null, valid)
                        + part("../../etc/passwd", "..\\..\\boot.ini", "application/pdf", "%PDF-1.4\n") + end),
                body("multipart: a file part with an unknown media type", type, () -> part(text, null, null, valid)
                        + part("x", "x", "application/x-fuzz", "x") + end),
                body("multipart: 1001 file parts", type, () -> part(text, null, null, valid)
                        + part("x", "x.pdf", "application/pdf", "%PDF-1.4\n").repeat(1001) + end));
    }

    private static String part(String name, String fileName, String contentType, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n" + content + "\r\n";
    }

    /** Bodies for an operation that reads bytes of {@code type}. */
    private static List<Supplier<Body>> raw(String type, Random random) {
        byte[] noise = new byte[1024];
        random.nextBytes(noise);
        return List.of(
                body("an empty body", type, () -> ""),
                () -> new Body("1 kB of random bytes", type, noise),
                () -> new Body("1 MB of bytes", type, new byte[1 << 20]),
                body("malformed JSON", "application/json", () -> "{\"a\": "),
                body("no Content-Type", null, () -> "x"));
    }

    /** Walks the valid body, collecting the mutations of each field (one group per field). */
    private static void walk(SchemaSamples samples, JsonNode schema, JsonNode value, List<Object> path, boolean required,
                             JsonNode root, String jsonType, List<List<Supplier<Body>>> groups) {
        JsonNode resolved = samples.resolve(schema);
        if (!path.isEmpty()) {
            groups.add(field(resolved, value, List.copyOf(path), required, root, jsonType));
        }
        if (value instanceof ObjectNode object) {
            Set<String> requiredHere = SchemaSamples.required(resolved);
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                path.add(name);
                walk(samples, SchemaSamples.property(resolved, name), object.get(name), path,
                        requiredHere.contains(name), root, jsonType, groups);
                path.remove(path.size() - 1);
            }
        } else if (value instanceof ArrayNode array && !array.isEmpty()) {
            path.add(0);
            walk(samples, resolved.path("items"), array.get(0), path, false, root, jsonType, groups);
            path.remove(path.size() - 1);
        }
    }

    /** The mutations of one field: missing, null, of the wrong type, and bad values of its own type. */
    private static List<Supplier<Body>> field(JsonNode schema, JsonNode value, List<Object> path, boolean required,
                                              JsonNode root, String jsonType) {
        String name = name(path);
        List<Supplier<Body>> mutations = new ArrayList<>();
        if (required) {
            mutations.add(() -> new Body("without the required " + name, jsonType, bytes(text(mutated(root, path, null)))));
        }
        Mutator set = (what, replacement) -> mutations.add(() -> new Body(name + " " + what, jsonType,
                bytes(text(mutated(root, path, replacement)))));
        Mutator raw = (what, fragment) -> mutations.add(() -> new Body(name + " " + what, jsonType,
                bytes(text(mutated(root, path, TextNode.valueOf(RAW))).replace("\"" + RAW + "\"", (String) fragment))));
        // refused whatever the record: read before any resource runs (DateBounds, ControlCharacterModule)
        Mutator refused = (what, replacement) -> mutations.add(() -> new Body(name + " " + what, jsonType,
                bytes(text(mutated(root, path, replacement))), name));
        Mutator rawRefused = (what, fragment) -> mutations.add(() -> new Body(name + " " + what, jsonType,
                bytes(text(mutated(root, path, TextNode.valueOf(RAW))).replace("\"" + RAW + "\"", (String) fragment)),
                name));
        set.add("null", NODES.nullNode());
        String type = SchemaSamples.type(schema);
        if (type.isEmpty()) {
            type = value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
                    : value.isBoolean() ? "boolean" : value.isArray() ? "array" : value.isObject() ? "object" : "";
        }
        switch (type) {
            case "string" -> strings(schema, set, raw, refused, rawRefused);
            case "integer", "number" -> numbers(schema, type, set, raw);
            case "boolean" -> {
                set.add("as a string", TextNode.valueOf("true"));
                set.add("as the word yes", TextNode.valueOf("yes"));
                set.add("as a number", NODES.numberNode(1));
                set.add("as an object", NODES.objectNode());
                raw.add("as a capitalised literal", "True");
            }
            case "object" -> {
                set.add("as a string", TextNode.valueOf("x"));
                set.add("as an array", NODES.arrayNode().add(value));
                set.add("as a number", NODES.numberNode(1));
                set.add("empty", NODES.objectNode());
                ObjectNode extra = value.isObject() ? ((ObjectNode) value).deepCopy() : NODES.objectNode();
                extra.put("fuzzUnknown", "x");
                set.add("with an unknown field", extra);
                if (!schema.has("properties")) {
                    set.add("with an empty key", NODES.objectNode().put("", "x"));
                    set.add("with a 10000-character key", NODES.objectNode().put("k".repeat(10_000), "x"));
                    ObjectNode many = NODES.objectNode();
                    for (int i = 0; i < HUGE_ARRAY; i++) {
                        many.put("k" + i, i);
                    }
                    set.add("with 10000 keys", many);
                }
            }
            case "array" -> {
                JsonNode element = value.isArray() && !value.isEmpty() ? value.get(0) : TextNode.valueOf("x");
                set.add("as a string", TextNode.valueOf("x"));
                set.add("as an object", NODES.objectNode());
                set.add("as a number", NODES.numberNode(1));
                set.add("empty", NODES.arrayNode());
                set.add("with a null element", NODES.arrayNode().addNull());
                set.add("with elements of the wrong type", NODES.arrayNode().add(element.isTextual()
                        ? NODES.numberNode(12345) : TextNode.valueOf("x")));
                ArrayNode huge = NODES.arrayNode();
                for (int i = 0; i < HUGE_ARRAY; i++) {
                    huge.add(element);
                }
                set.add("with 10000 elements", huge);
                raw.add("as arrays nested 500 deep", "[".repeat(500) + "]".repeat(500));
            }
            default -> set.add("as a huge string", TextNode.valueOf("x".repeat(HUGE_STRING)));
        }
        return mutations;
    }

    @FunctionalInterface
    private interface Mutator {
        void add(String what, Object replacement);
    }

    private static void strings(JsonNode schema, Mutator set, Mutator raw, Mutator refused, Mutator rawRefused) {
        set.add("as a number", NODES.numberNode(12345));
        set.add("as a boolean", NODES.booleanNode(true));
        set.add("as an object", NODES.objectNode().put("a", 1));
        set.add("as an array", NODES.arrayNode().add("x"));
        set.add("of 100000 characters", TextNode.valueOf("x".repeat(HUGE_STRING)));
        set.add("empty", TextNode.valueOf(""));
        set.add("only spaces", TextNode.valueOf("   "));
        int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (maxLength < HUGE_STRING) {
            set.add("one character over maxLength", TextNode.valueOf("x".repeat(maxLength + 1)));
        }
        ODD_TEXT.forEach(v -> set.add("with " + v.what(), TextNode.valueOf(v.encoded())));
        INJECTIONS.forEach(v -> set.add("with " + v.what(), TextNode.valueOf(v.encoded())));
        rawRefused.add("with a lone high surrogate", "\"\\ud800\"");
        rawRefused.add("with a lone low surrogate", "\"x\\udfffy\"");
        raw.add("with an escaped NUL", "\"a\\u0000b\"");
        raw.add("with an escape sequence", "\"\\u001b[31mred\"");
        set.add("with a tab and line breaks", TextNode.valueOf("a\tb\nc\r\nd"));
        switch (schema.path("format").asText()) {
            case "date" -> {
                List.of("2026-02-30", "2026-13-01", "26/11/2026", "0000-01-01", "2026-11-26T09:00:00+07:00")
                        .forEach(d -> set.add("the date " + d, TextNode.valueOf(d)));
                DATES_OUT_OF_RANGE.forEach(d -> refused.add("the date " + d, TextNode.valueOf(d)));
            }
            case "date-time" -> {
                List.of("2026-11-26", "2026-11-26T25:00:00+07:00", "2026-11-26T09:00:00", "0001-01-01T00:00:00+18:00",
                        "9999-12-31T23:59:59-18:00").forEach(d -> set.add("the date-time " + d, TextNode.valueOf(d)));
                DATE_TIMES_OUT_OF_RANGE.forEach(d -> refused.add("the date-time " + d, TextNode.valueOf(d)));
                set.add("as epoch seconds", NODES.numberNode(1_764_122_400L));
            }
            case "uuid" -> List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "0-0-0-0-0",
                    "00000000-0000-0000-0000-000000000000").forEach(u -> set.add("the uuid " + u, TextNode.valueOf(u)));
            case "byte" -> List.of("!!!not base64!!!", "JVBER", "=").forEach(b -> set.add("the base64 " + b, TextNode.valueOf(b)));
            case "email" -> List.of("not-an-e-mail", "a@b@c").forEach(e -> set.add("the e-mail " + e, TextNode.valueOf(e)));
            default -> {
            }
        }
        JsonNode first = schema.path("enum").path(0);
        if (first.isTextual()) {
            set.add("not in the enum", TextNode.valueOf("NOT_IN_ENUM"));
            set.add("in lower case", TextNode.valueOf(first.asText().toLowerCase(Locale.ROOT)));
            set.add("with spaces around", TextNode.valueOf(" " + first.asText() + " "));
        }
    }

    private static void numbers(JsonNode schema, String type, Mutator set, Mutator raw) {
        set.add("as a string", TextNode.valueOf("abc"));
        set.add("as a number in a string", TextNode.valueOf("1"));
        set.add("as a boolean", NODES.booleanNode(true));
        set.add("as an object", NODES.objectNode());
        set.add("as an array", NODES.arrayNode().add(1));
        set.add("-1", NODES.numberNode(-1));
        set.add("0", NODES.numberNode(0));
        set.add("below the int range", NODES.numberNode(-2_147_483_649L));
        set.add("above the int range", NODES.numberNode(2_147_483_648L));
        set.add("Long.MAX_VALUE", NODES.numberNode(Long.MAX_VALUE));
        raw.add("above the long range", "9223372036854775808");
        raw.add("beyond a double (1e309)", "1e309");
        raw.add("below a double (-1e309)", "-1e309");
        raw.add("underflowing (1e-400)", "1.0e-400");
        raw.add("with leading zeros", "00012");
        raw.add("in hexadecimal", "0x10");
        raw.add("negative zero", "-0.0");
        raw.add("with an exponent", "1E2");
        if (type.equals("integer")) {
            set.add("a fraction", NODES.numberNode(1.5));
        }
        if (schema.path("minimum").isNumber()) {
            set.add("below its minimum", NODES.numberNode(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE)));
        }
        if (schema.path("maximum").isNumber()) {
            set.add("above its maximum", NODES.numberNode(schema.get("maximum").decimalValue().add(BigDecimal.ONE)));
        }
    }

    /**
     * The bad values of one parameter. Query and path values are percent-encoded here (the raw
     * ones, invalid UTF-8, already are); header values stay ASCII, which is all HTTP carries.
     */
    static List<Value> parameterValues(String name, JsonNode schema, String in) {
        if (in.equals("header")) {
            return List.of(new Value("empty", ""), new Value("201 characters", "x".repeat(201)),
                    new Value("5000 characters", "x".repeat(5000)), new Value("SQL injection", "' OR 1=1 --"),
                    new Value("a script tag", "<script>alert(1)</script>"),
                    new Value("a JNDI lookup", "${jndi:ldap://127.0.0.1:1/a}"),
                    new Value("path traversal", "../../etc/passwd"), new Value("a literal %00", "%00"));
        }
        List<Value> values = new ArrayList<>();
        List.of("", "  ", "x".repeat(3000)).forEach(v -> values.add(encoded(v.isEmpty() ? "empty" : v.isBlank()
                ? "blank" : "3000 characters", v)));
        List.of("abc", "1.5", "-1", "0", "2147483648", "99999999999999999999", "1e309", "NaN", "0x10", "true")
                .forEach(v -> values.add(encoded(v, v)));
        List.of("2026-02-30", "2026-13-01", "+999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31",
                "+12026-11-26", "2026-11-26T09:00:00", "2026-11-26T25:61:00+07:00", "+999999999-12-31T23:59:59Z",
                "-999999999-01-01T00:00:00+18:00", "+12026-11-26T09:00:00+07:00", "+999999999-12", "2026-00",
                "P999999999D").forEach(v -> values.add(encoded(v, v)));
        List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "0-0-0-0-0",
                "ffffffff-ffff-ffff-ffff-fffffffffffg").forEach(v -> values.add(encoded(v, v)));
        JsonNode first = schema.path("enum").path(0);
        if (first.isTextual()) {
            values.add(encoded("not in the enum", "NOT_IN_ENUM"));
            values.add(encoded("in lower case", first.asText().toLowerCase(Locale.ROOT)));
        }
        INJECTIONS.forEach(v -> values.add(encoded(v.what(), v.encoded())));
        values.add(new Value("an encoded path traversal", "..%2F..%2Fetc%2Fpasswd"));
        ODD_TEXT.forEach(v -> values.add(encoded(v.what(), v.encoded())));
        values.add(new Value("invalid UTF-8 (a lone surrogate)", "%ED%A0%80"));
        values.add(new Value("invalid UTF-8 (an overlong dot)", "%C0%AE"));
        values.add(new Value("invalid UTF-8 (a lone FF byte)", "%FF"));
        if (in.equals("query")) {
            values.add(new Value("repeated", "1&" + encode(name) + "=2"));
            values.add(new Value("repeated 200 times", ("1&" + encode(name) + "=").repeat(199) + "1"));
        }
        return values;
    }

    private static Value encoded(String what, String value) {
        return new Value(what, encode(value));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Up to {@code max} of the groups' items, one of each group in turn, in an order drawn from {@code random}. */
    static <T> List<T> inTurn(List<List<T>> groups, int max, Random random) {
        List<List<T>> shuffled = new ArrayList<>();
        for (List<T> group : groups) {
            List<T> copy = new ArrayList<>(group);
            Collections.shuffle(copy, random);
            shuffled.add(copy);
        }
        Collections.shuffle(shuffled, random);
        List<T> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < max; round++) {
            boolean any = false;
            for (List<T> group : shuffled) {
                if (round < group.size() && chosen.size() < max) {
                    chosen.add(group.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return chosen;
    }

    /** A copy of {@code root} with the value at {@code path} replaced, or removed when {@code replacement} is null. */
    private static JsonNode mutated(JsonNode root, List<Object> path, Object replacement) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, (JsonNode) replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            if (replacement == null) {
                array.remove((Integer) last);
            } else {
                array.set((Integer) last, (JsonNode) replacement);
            }
        }
        return copy;
    }

    /** The field's name as the services name it in a violation: {@code components[0].code}. */
    private static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.length() == 0 ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    private static String duplicateKey(JsonNode base, String valid) {
        Iterator<String> names = base.fieldNames();
        if (!base.isObject() || !names.hasNext()) {
            return "{\"a\": 1, \"a\": 2}";
        }
        return "{\"" + names.next() + "\": 12345, " + valid.substring(1);
    }

    /** The JSON object with one more member (a raw fragment), or an object of only that member. */
    private static String withField(String valid, String member) {
        if (!valid.startsWith("{")) {
            return "{" + member + "}";
        }
        String inside = valid.substring(1, valid.length() - 1);
        return "{" + inside + (inside.isBlank() ? "" : ", ") + member + "}";
    }

    /** The body with bytes that are not UTF-8 inside its first string (or in a string of its own). */
    private static byte[] invalidUtf8(String valid) {
        int at = valid.indexOf(":\"");
        String before = at < 0 ? "{\"x\": \"" : valid.substring(0, at + 2);
        String after = at < 0 ? "\"}" : valid.substring(at + 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(before));
        out.writeBytes(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.writeBytes(bytes(after));
        return out.toByteArray();
    }

    private static Supplier<Body> json(String type, String what, Supplier<String> text) {
        return body(what, type, text);
    }

    private static Supplier<Body> body(String what, String type, Supplier<String> text) {
        return () -> new Body(what, type, bytes(text.get()));
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
