package vn.onestop.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Renders the Kustomize directories of deploy/ with {@code kubectl kustomize}, once per directory
 * and test run. Without kubectl the tests are skipped on a workstation and fail in CI
 * ({@code CI=true}), where skipping would let broken manifests through unnoticed.
 */
final class Kustomize {

  /** The directories rendered and checked, relative to deploy/. */
  static final List<String> DIRECTORIES = List.of("base", "overlays/local", "overlays/production");

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

  private Kustomize() {
  }

  /** deploy/ (the module's directory: Maven runs the tests there). */
  static Path deployDir() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    if (!Files.isDirectory(dir.resolve("overlays"))) {
      throw new IllegalStateException(dir + " is not deploy/ (no overlays/ in it)");
    }
    return dir;
  }

  /** The repository's root. */
  static Path repoDir() {
    return deployDir().getParent();
  }

  /** Every object the directory renders to. */
  static List<JsonNode> render(String directory) {
    Path kubectl = kubectl();
    return RENDERED.computeIfAbsent(directory, dir -> run(kubectl, deployDir().resolve(dir)));
  }

  static Stream<JsonNode> objects(String directory, String kind) {
    return render(directory).stream().filter(o -> kind.equals(o.path("kind").asText()));
  }

  static String name(JsonNode object) {
    return object.path("metadata").path("name").asText();
  }

  private static List<JsonNode> run(Path kubectl, Path dir) {
    try {
      Path stderr = Files.createTempFile("kustomize", ".err");
      try {
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
            .redirectError(stderr.toFile())
            .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          fail("kubectl kustomize " + dir + " did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
          fail("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
              + Files.readString(stderr));
        }
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class)
            .readValues(new String(out, StandardCharsets.UTF_8))) {
          while (docs.hasNext()) {
            JsonNode doc = docs.next();
            if (doc != null && !doc.isNull() && !doc.isEmpty()) {
              objects.add(doc);
            }
          }
        }
        if (objects.isEmpty()) {
          fail("kubectl kustomize " + dir + " rendered no object");
        }
        return List.copyOf(objects);
      } finally {
        Files.deleteIfExists(stderr);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path kubectl() {
    Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(entry -> !entry.isEmpty())
        .map(entry -> Path.of(entry, "kubectl"))
        .filter(Files::isExecutable)
        .findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    String reason = "kubectl is not on the PATH: the manifests of deploy/ cannot be rendered "
        + "(install kubectl 1.30 or newer, which carries kustomize)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(reason + "; CI=true, so this is a failure, not a skip");
    }
    Assumptions.abort(reason);
    throw new AssertionError("unreachable");
  }
}
