package vn.onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The images of the services and the portal in the manifests are the ones the build makes (parent
 * pom, jib-maven-plugin: {@code <onestop.image.registry>/<module>:<project version>}): each
 * Deployment runs the image of its own name from the build's registry; the local overlay runs what this checkout builds (its
 * archives load into kind or minikube as they are); production runs one released version, no later
 * than this checkout's.
 */
class ImageReferencesTest {

  private static final String REGISTRY = System.getProperty("onestop.image.registry");
  private static final String VERSION = System.getProperty("onestop.version");
  /** The Deployments whose image this checkout builds: the four services and the portal. */
  private static final List<String> BUILT = List.of("service", "portal");
  private static final int IMAGES = 5;
  private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

  @Test
  void theBuildTellsItsRegistryAndVersion() {
    assertThat(REGISTRY).as("onestop.image.registry (deploy/pom.xml)").isNotBlank();
    assertThat(VERSION).as("onestop.version (deploy/pom.xml)").isNotBlank();
  }

  @Test
  void theLocalOverlayRunsTheImagesThisCheckoutBuilds() {
    Map<String, String> tags = serviceImageTags("overlays/local");
    assertThat(tags).hasSize(IMAGES).allSatisfy((service, tag) -> assertThat(tag).as(service).isEqualTo(VERSION));
  }

  @Test
  void productionRunsOneReleasedVersionNoLaterThanThisCheckouts() {
    Map<String, String> tags = serviceImageTags("overlays/production");
    assertThat(tags).hasSize(IMAGES);
    assertThat(tags.values().stream().distinct()).as("one release for the services and the portal").hasSize(1);
    String tag = tags.values().iterator().next();
    assertThat(notAfter(tag, VERSION)).as("production's %s against this checkout's %s", tag, VERSION).isNull();
  }

  @Test
  void theBaseLeavesTheTagToTheOverlays() {
    assertThat(serviceImageTags("base")).hasSize(IMAGES).allSatisfy((service, tag) -> assertThat(tag).isEqualTo("unset"));
  }

  @ParameterizedTest(name = "{0} against {1}")
  @CsvSource(nullValues = "ok", value = {
      "0.1.0, 0.1.0-SNAPSHOT, ok",
      "0.1.0, 0.1.0, ok",
      "0.1.0, 0.2.0-SNAPSHOT, ok",
      "0.9.0, 0.10.0, ok",
      "0.1.0-SNAPSHOT, 0.1.0-SNAPSHOT, is not a release (x.y.z)",
      "dev, 0.1.0-SNAPSHOT, is not a release (x.y.z)",
      "0.2.0, 0.1.0-SNAPSHOT, is later than this checkout's version",
      "0.10.0, 0.9.0, is later than this checkout's version"})
  void aProductionTagIsAReleaseNoLaterThanTheCheckout(String tag, String version, String problem) {
    assertThat(notAfter(tag, version)).isEqualTo(problem);
  }

  /** Null when {@code tag} is a release (x.y.z) at or before {@code version}'s x.y.z, else what is wrong. */
  static String notAfter(String tag, String version) {
    Matcher release = RELEASE.matcher(tag);
    if (!release.matches()) {
      return "is not a release (x.y.z)";
    }
    Matcher current = RELEASE.matcher(version.replaceFirst("-SNAPSHOT$", ""));
    if (!current.matches()) {
      return "cannot be compared with " + version;
    }
    for (int part = 1; part <= 3; part++) {
      int compared = Integer.compare(Integer.parseInt(release.group(part)), Integer.parseInt(current.group(part)));
      if (compared != 0) {
        return compared < 0 ? null : "is later than this checkout's version";
      }
    }
    return null;
  }

  /** The tag of each built Deployment's image, after checking it is {@code <registry>/<its name>}. */
  private static Map<String, String> serviceImageTags(String directory) {
    Map<String, String> tags = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (JsonNode deployment : Kustomize.objects(directory, "Deployment").toList()) {
      JsonNode template = deployment.path("spec").path("template");
      if (!BUILT.contains(template.path("metadata").path("labels").path("app.kubernetes.io/component").asText())) {
        continue;
      }
      String name = Kustomize.name(deployment);
      for (JsonNode container : template.path("spec").path("containers")) {
        String image = container.path("image").asText();
        String repository = REGISTRY + "/" + name;
        if (!image.startsWith(repository + ":")) {
          errors.add("Deployment/" + name + ": " + image + " is not " + repository + ":<tag>");
        } else {
          tags.put(name, image.substring(repository.length() + 1));
        }
      }
    }
    assertThat(errors).as(directory).isEmpty();
    return tags;
  }
}
