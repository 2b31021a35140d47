package vn.onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What a schema cannot see but a cluster would trip over; none of it needs a cluster. */
class ManifestCrossChecksTest {

  static final List<String> DIRECTORIES = Kustomize.DIRECTORIES;
  private static final String PRODUCTION = "overlays/production";
  private static final int MANAGEMENT_PORT = 9000;
  private static final Map<String, String> PROBE_PATHS = Map.of(
      "startupProbe", "/q/health/started",
      "livenessProbe", "/q/health/live",
      "readinessProbe", "/q/health/ready");

  /**
   * The probes and the metrics are on the management port, never on the API's: the services'
   * under /q/health (Quarkus), Keycloak's under /health (its own management interface).
   */
  @ParameterizedTest(name = "{0}")
  @FieldSource("DIRECTORIES")
  void everyContainerIsProbedOnTheManagementPort(String directory) {
    List<String> errors = new ArrayList<>();
    List<JsonNode> deployments = Kustomize.objects(directory, "Deployment").toList();
    for (JsonNode deployment : deployments) {
      for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
        String where = "Deployment/" + Kustomize.name(deployment) + " container " + container.path("name").asText();
        // Quarkus (the services and the portal) or Keycloak
        boolean service = List.of("service", "portal").contains(deployment.path("spec").path("template")
            .path("metadata").path("labels").path("app.kubernetes.io/component").asText());
        Map<String, Integer> ports = new TreeMap<>();
        container.path("ports").forEach(port -> ports.put(port.path("name").asText(), port.path("containerPort").asInt()));
        if (!Integer.valueOf(MANAGEMENT_PORT).equals(ports.get("management"))) {
          errors.add(where + ": no port named management on " + MANAGEMENT_PORT + " (ports: " + ports + ")");
        }
        PROBE_PATHS.forEach((probe, quarkusPath) -> {
          String path = service ? quarkusPath : quarkusPath.substring("/q".length());
          JsonNode httpGet = container.path(probe).path("httpGet");
          if (httpGet.isMissingNode()) {
            errors.add(where + ": no " + probe + " with httpGet");
            return;
          }
          JsonNode port = httpGet.path("port");
          int number = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
          if (number != MANAGEMENT_PORT) {
            errors.add(where + ": " + probe + " on port " + port + ", not the management port " + MANAGEMENT_PORT);
          }
          if (!path.equals(httpGet.path("path").asText())) {
            errors.add(where + ": " + probe + " on " + httpGet.path("path").asText() + ", not " + path);
          }
        });
      }
    }

    assertThat(deployments).as("Deployments in deploy/%s", directory).isNotEmpty();
    assertThat(errors).isEmpty();
  }

  /**
   * Within a consumer group a partition goes to one consumer: a pod beyond the partition count of
   * a topic it reads gets nothing from it. So each topic a service reads has at least as many
   * partitions as the service can have consumers at most (its autoscaler's maximum pods times the
   * consumers each pod opens for the channel). What a service reads comes from the incoming
   * channels of its application.properties, as in the prod profile.
   */
  @Test
  void everyConsumedTopicHasAPartitionForEveryConsumerInProduction() throws IOException {
    Map<String, Integer> partitions = new TreeMap<>();
    Kustomize.objects(PRODUCTION, "KafkaTopic").forEach(topic -> partitions.put(
        topic.path("spec").path("topicName").asText(Kustomize.name(topic)),
        topic.path("spec").path("partitions").asInt(0)));
    List<String> errors = new ArrayList<>();
    List<JsonNode> deployments = Kustomize.objects(PRODUCTION, "Deployment").toList();
    for (JsonNode deployment : deployments) {
      String service = Kustomize.name(deployment);
      Path file = Kustomize.repoDir().resolve(service).resolve("src/main/resources/application.properties");
      if (!Files.isRegularFile(file)) {
        errors.add(service + ": no " + Kustomize.repoDir().relativize(file) + " to read its topics from");
        continue;
      }
      ProdConfig config = ProdConfig.read(file);
      int maxPods = maxPods(deployment);
      for (String channel : config.incomingChannels()) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        if ("false".equals(config.get(prefix + "enabled"))) {
          continue;
        }
        int consumersPerPod = Integer.parseInt(config.getOrDefault(prefix + "partitions", "1"));
        List<String> topics = consumedTopics(config, channel, partitions.keySet());
        if (topics.isEmpty()) {
          errors.add(service + " channel " + channel + ": reads " + config.get(prefix + "topic")
              + ", which no KafkaTopic declares");
        }
        for (String topic : topics) {
          int needed = maxPods * consumersPerPod;
          if (!partitions.containsKey(topic)) {
            errors.add(service + " channel " + channel + ": reads " + topic + ", which no KafkaTopic declares");
          } else if (partitions.get(topic) < needed) {
            errors.add(service + " channel " + channel + ": " + topic + " has " + partitions.get(topic)
                + " partitions for up to " + needed + " consumers (" + maxPods + " pods x "
                + consumersPerPod + ")");
          }
        }
      }
    }

    assertThat(deployments).as("Deployments in production").isNotEmpty();
    assertThat(errors).isEmpty();
  }

  /** Production runs exactly the released images: a tag other than latest, or a digest. */
  @Test
  void everyImageIsPinnedInProduction() {
    List<String> errors = new ArrayList<>();
    List<String> images = new ArrayList<>();
    for (JsonNode object : Kustomize.render(PRODUCTION)) {
      String id = object.path("kind").asText() + "/" + Kustomize.name(object);
      eachField(object, "", (path, value) -> {
        if ((path.endsWith(".image") || path.endsWith(".imageName")) && value.isTextual()) {
          images.add(value.asText());
          String problem = unpinned(value.asText());
          if (problem != null) {
            errors.add(id + " " + path + ": " + value.asText() + " " + problem);
          }
        }
      });
    }

    assertThat(images).as("container images in production").isNotEmpty();
    assertThat(errors).isEmpty();
  }

  /** Every alert links to a runbook that exists under docs/runbooks/ (and its section, if named). */
  @ParameterizedTest(name = "{0}")
  @FieldSource("DIRECTORIES")
  void everyAlertHasARunbook(String directory) throws IOException {
    List<String> errors = new ArrayList<>();
    for (JsonNode rule : Kustomize.objects(directory, "PrometheusRule").toList()) {
      for (JsonNode group : rule.path("spec").path("groups")) {
        for (JsonNode alert : group.path("rules")) {
          if (!alert.has("alert")) {
            continue;
          }
          String where = "PrometheusRule/" + Kustomize.name(rule) + " alert " + alert.path("alert").asText();
          String url = alert.path("annotations").path("runbook_url").asText("");
          String problem = url.isEmpty() ? "no runbook_url annotation" : missingRunbook(url);
          if (problem != null) {
            errors.add(where + ": " + problem);
          }
        }
      }
    }

    assertThat(errors).isEmpty();
  }

  // --- the rules, tested on their own in CrossCheckRulesTest ---

  static String unpinned(String image) {
    if (image.contains("@sha256:")) {
      return null;
    }
    int lastSlash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    if (colon <= lastSlash) {
      return "has no tag";
    }
    return image.substring(colon + 1).equals("latest") ? "is tagged latest" : null;
  }

  /** Null when the runbook the URL names exists, else what is wrong. */
  static String missingRunbook(String url) throws IOException {
    int start = url.indexOf("docs/runbooks/");
    if (start < 0) {
      return "runbook_url " + url + " does not point under docs/runbooks/";
    }
    String rest = url.substring(start);
    String anchor = rest.contains("#") ? rest.substring(rest.indexOf('#') + 1) : null;
    String path = rest.replaceFirst("[?#].*$", "");
    Path file = Kustomize.repoDir().resolve(path);
    if (!Files.isRegularFile(file)) {
      return "runbook_url " + url + ": no file " + path;
    }
    if (anchor != null && !anchor.isEmpty()) {
      Set<String> anchors = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(line -> line.startsWith("#"))
          .map(line -> slug(line.replaceFirst("^#+\\s*", "")))
          .collect(Collectors.toSet());
      if (!anchors.contains(anchor)) {
        return "runbook_url " + url + ": no heading #" + anchor + " in " + path;
      }
    }
    return null;
  }

  /** A Markdown heading's anchor as GitHub makes it. */
  static String slug(String heading) {
    return heading.trim().toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
        .replace(' ', '-');
  }

  private static List<String> consumedTopics(ProdConfig config, String channel, Set<String> declared) {
    String prefix = "mp.messaging.incoming." + channel + ".";
    String topic = config.get(prefix + "topic");
    List<String> names = topic != null ? List.of(topic)
        : config.get(prefix + "topics") != null ? List.of(config.get(prefix + "topics").split("\\s*,\\s*"))
        : List.of(channel);
    if (Boolean.parseBoolean(config.get(prefix + "pattern"))) {
      Pattern pattern = Pattern.compile(names.get(0));
      return declared.stream().filter(name -> pattern.matcher(name).matches()).toList();
    }
    return names;
  }

  /** The most pods the Deployment may have: its autoscalers' maximum, else its replicas. */
  private static int maxPods(JsonNode deployment) {
    String name = Kustomize.name(deployment);
    int max = 0;
    for (JsonNode hpa : Kustomize.objects(PRODUCTION, "HorizontalPodAutoscaler").toList()) {
      JsonNode target = hpa.path("spec").path("scaleTargetRef");
      if (target.path("kind").asText().equals("Deployment") && target.path("name").asText().equals(name)) {
        max = Math.max(max, hpa.path("spec").path("maxReplicas").asInt());
      }
    }
    for (JsonNode scaled : Kustomize.objects(PRODUCTION, "ScaledObject").toList()) {
      JsonNode target = scaled.path("spec").path("scaleTargetRef");
      if (target.path("kind").asText("Deployment").equals("Deployment") && target.path("name").asText().equals(name)) {
        // KEDA's default maximum is 100 pods
        max = Math.max(max, scaled.path("spec").path("maxReplicaCount").asInt(100));
      }
    }
    return max > 0 ? max : deployment.path("spec").path("replicas").asInt(1);
  }

  private static void eachField(JsonNode node, String path, BiConsumer<String, JsonNode> action) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        action.accept(fieldPath, field.getValue());
        eachField(field.getValue(), fieldPath, action);
      }
    } else if (node.isArray()) {
      int i = 0;
      for (JsonNode item : node) {
        eachField(item, path + "[" + i++ + "]", action);
      }
    }
  }

  /** A service's application.properties as the prod profile sees it. */
  record ProdConfig(Properties properties) {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final Pattern INCOMING = Pattern.compile("^mp\\.messaging\\.incoming\\.([^.]+)\\..+$");

    static ProdConfig read(Path file) throws IOException {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return new ProdConfig(properties);
    }

    Set<String> incomingChannels() {
      Set<String> channels = new LinkedHashSet<>();
      for (String key : properties.stringPropertyNames()) {
        Matcher m = INCOMING.matcher(key.replaceFirst("^%prod\\.", ""));
        if (m.matches() && (!key.startsWith("%") || key.startsWith("%prod."))) {
          channels.add(m.group(1));
        }
      }
      return channels;
    }

    String get(String key) {
      String raw = properties.getProperty("%prod." + key, properties.getProperty(key));
      return raw == null ? null : resolve(raw, 0);
    }

    String getOrDefault(String key, String otherwise) {
      String value = get(key);
      return value == null ? otherwise : value;
    }

    private String resolve(String raw, int depth) {
      if (depth > 10) {
        throw new IllegalStateException("property expressions nest too deep: " + raw);
      }
      Matcher m = EXPRESSION.matcher(raw);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String value = properties.getProperty("%prod." + m.group(1), properties.getProperty(m.group(1)));
        String replacement = value != null ? resolve(value, depth + 1) : m.group(2) != null ? m.group(2) : "";
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      return out.toString();
    }
  }
}
