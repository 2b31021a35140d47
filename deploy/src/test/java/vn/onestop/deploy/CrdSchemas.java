package vn.onestop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The vendored schemas of the operators' custom resources (src/test/resources/crd-schemas, see its
 * README): one directory per operator release, one file per group, version and kind. An object is
 * checked against every release that has its kind, so that it holds across the supported range.
 */
final class CrdSchemas {

  private static final JsonMapper JSON = new JsonMapper();
  /** "group/version/Kind" to its schema in each release directory. */
  private static final Map<String, Map<String, StructuralSchema>> SCHEMAS = load();

  private CrdSchemas() {
  }

  static boolean knows(String apiVersion, String kind) {
    return SCHEMAS.containsKey(apiVersion + "/" + kind);
  }

  /** The releases that have a schema for the kind, e.g. strimzi-0.46.0. */
  static List<String> releases(String apiVersion, String kind) {
    return List.copyOf(SCHEMAS.getOrDefault(apiVersion + "/" + kind, Map.of()).keySet());
  }

  /**
   * Errors, each prefixed with the release whose schema refused the object. A CRD schema leaves
   * the object's metadata open (the API server checks it as an ObjectMeta): it is read as one here.
   */
  static List<String> validate(JsonNode object) {
    String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    ObjectNode withEmptyMetadata = ((ObjectNode) object).deepCopy();
    withEmptyMetadata.putObject("metadata");
    List<String> errors = new ArrayList<>(CoreModel.validateMetadata(object.path("metadata")));
    SCHEMAS.get(key).forEach((release, schema) -> schema.validate(withEmptyMetadata)
        .forEach(error -> errors.add("[" + release + "] " + error)));
    return errors;
  }

  private static Map<String, Map<String, StructuralSchema>> load() {
    Map<String, Map<String, StructuralSchema>> schemas = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root(), 2)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        String release = file.getParent().getFileName().toString();
        String[] parts = file.getFileName().toString().replaceFirst("\\.json$", "").split("_");
        if (parts.length != 3) {
          throw new IllegalStateException("not <group>_<version>_<Kind>.json: " + file);
        }
        String key = parts[0] + "/" + parts[1] + "/" + parts[2];
        schemas.computeIfAbsent(key, k -> new TreeMap<>())
            .put(release, new StructuralSchema(JSON.readTree(file.toFile())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (schemas.isEmpty()) {
      throw new IllegalStateException("no schema under " + root());
    }
    return schemas;
  }

  private static Path root() {
    try {
      return Path.of(CrdSchemas.class.getResource("/crd-schemas").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
