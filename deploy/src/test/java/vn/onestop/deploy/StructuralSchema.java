package vn.onestop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a value against a CRD's structural OpenAPI v3 schema the way the API server's pruning and
 * validation would, but strictly: a field the schema does not declare is an error, not silently
 * dropped. An object is open only under {@code additionalProperties} (a schema or {@code true}) or
 * {@code x-kubernetes-preserve-unknown-fields: true}; every other object is closed, including an
 * object schema with no {@code properties} (the server would prune all its fields).
 *
 * <p>Supported: type, properties, required, items, enum, additionalProperties,
 * x-kubernetes-preserve-unknown-fields, x-kubernetes-int-or-string, nullable, anyOf, oneOf, allOf,
 * not, pattern, minimum, maximum, minLength, maxLength, minItems, maxItems. Not checked: format and
 * x-kubernetes-validations (CEL rules).
 */
final class StructuralSchema {

  private final JsonNode root;

  StructuralSchema(JsonNode root) {
    this.root = root;
  }

  /** Every error, each as "path: what is wrong"; empty when the value is valid. */
  List<String> validate(JsonNode value) {
    List<String> errors = new ArrayList<>();
    check(value, root, "", true, errors);
    return errors;
  }

  /**
   * @param structural false inside anyOf/oneOf/allOf/not branches: in a structural schema those
   *     only add value checks; the fields an object may have come from the outer schema.
   */
  private static void check(JsonNode value, JsonNode schema, String path, boolean structural,
      List<String> errors) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      // The API server drops nulls of non-nullable fields before validation, so null is harmless.
      return;
    }
    if (!checkType(value, schema, path, errors)) {
      return;
    }
    checkEnum(value, schema, path, errors);
    checkBounds(value, schema, path, errors);
    if (value.isObject()) {
      checkObject(value, schema, path, structural, errors);
    } else if (value.isArray() && schema.has("items")) {
      int i = 0;
      for (JsonNode item : value) {
        check(item, schema.get("items"), path + "[" + i++ + "]", structural, errors);
      }
    }
    checkCombinators(value, schema, path, errors);
  }

  private static boolean checkType(JsonNode value, JsonNode schema, String path,
      List<String> errors) {
    if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
      if (value.isIntegralNumber() || value.isTextual()) {
        return true;
      }
      errors.add(at(path) + "expected an integer or a string, got " + describe(value));
      return false;
    }
    String type = schema.path("type").asText("");
    boolean ok = switch (type) {
      case "" -> true;
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> throw new IllegalArgumentException("unknown schema type " + type + " at " + path);
    };
    if (!ok) {
      errors.add(at(path) + "expected " + type + ", got " + describe(value));
    }
    return ok;
  }

  private static void checkEnum(JsonNode value, JsonNode schema, String path, List<String> errors) {
    JsonNode allowed = schema.get("enum");
    if (allowed == null) {
      return;
    }
    for (JsonNode candidate : allowed) {
      if (sameValue(candidate, value)) {
        return;
      }
    }
    errors.add(at(path) + describe(value) + " is not one of " + allowed);
  }

  private static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static void checkBounds(JsonNode value, JsonNode schema, String path,
      List<String> errors) {
    if (value.isNumber()) {
      if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
        errors.add(at(path) + value + " is below the minimum " + schema.get("minimum"));
      }
      if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
        errors.add(at(path) + value + " is above the maximum " + schema.get("maximum"));
      }
    }
    if (value.isTextual()) {
      int length = value.asText().codePointCount(0, value.asText().length());
      if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
        errors.add(at(path) + "shorter than " + schema.get("minLength").asInt() + " characters");
      }
      if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
        errors.add(at(path) + "longer than " + schema.get("maxLength").asInt() + " characters");
      }
      if (schema.has("pattern") && !matches(schema.get("pattern").asText(), value.asText())) {
        errors.add(at(path) + describe(value) + " does not match " + schema.get("pattern").asText());
      }
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
        errors.add(at(path) + "fewer than " + schema.get("minItems").asInt() + " items");
      }
      if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
        errors.add(at(path) + "more than " + schema.get("maxItems").asInt() + " items");
      }
    }
  }

  /** Go's RE2 syntax is almost always Java's too; a pattern Java cannot read is not checked. */
  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException notJavaSyntax) {
      return true;
    }
  }

  private static void checkObject(JsonNode value, JsonNode schema, String path, boolean structural,
      List<String> errors) {
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText()) || value.get(required.asText()).isNull()) {
        errors.add(at(path) + "missing required field " + required.asText());
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      if (properties.has(field.getKey())) {
        check(field.getValue(), properties.get(field.getKey()), fieldPath, structural, errors);
      } else if (additional != null && additional.isObject()) {
        check(field.getValue(), additional, fieldPath, structural, errors);
      } else if (structural && !preserveUnknown
          && !(additional != null && additional.isBoolean() && additional.asBoolean())) {
        errors.add(fieldPath + ": unknown field");
      }
    }
  }

  private static void checkCombinators(JsonNode value, JsonNode schema, String path,
      List<String> errors) {
    for (JsonNode branch : schema.path("allOf")) {
      check(value, branch, path, false, errors);
    }
    if (schema.has("anyOf") && !schema.path("x-kubernetes-int-or-string").asBoolean()) {
      List<List<String>> failures = new ArrayList<>();
      for (JsonNode branch : schema.get("anyOf")) {
        List<String> branchErrors = new ArrayList<>();
        check(value, branch, path, false, branchErrors);
        if (branchErrors.isEmpty()) {
          failures = null;
          break;
        }
        failures.add(branchErrors);
      }
      if (failures != null) {
        errors.add(at(path) + "matches none of anyOf: " + failures);
      }
    }
    if (schema.has("oneOf")) {
      int matching = 0;
      List<List<String>> failures = new ArrayList<>();
      for (JsonNode branch : schema.get("oneOf")) {
        List<String> branchErrors = new ArrayList<>();
        check(value, branch, path, false, branchErrors);
        if (branchErrors.isEmpty()) {
          matching++;
        } else {
          failures.add(branchErrors);
        }
      }
      if (matching != 1) {
        errors.add(at(path) + "matches " + matching + " of oneOf, not exactly one"
            + (matching == 0 ? ": " + failures : ""));
      }
    }
    if (schema.has("not")) {
      List<String> branchErrors = new ArrayList<>();
      check(value, schema.get("not"), path, false, branchErrors);
      if (branchErrors.isEmpty()) {
        errors.add(at(path) + "matches the schema under not");
      }
    }
  }

  private static String at(String path) {
    return (path.isEmpty() ? "(root)" : path) + ": ";
  }

  private static String describe(JsonNode value) {
    String kind = value.isObject() ? "object" : value.isArray() ? "array"
        : value.isTextual() ? "string" : value.isIntegralNumber() ? "integer"
        : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : value.getNodeType().name();
    String text = value.isContainerNode() ? "" : " " + value;
    return kind + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
  }
}
