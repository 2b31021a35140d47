package vn.onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StructuralSchemaTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  /** A KafkaTopic-like schema: closed spec, a free-form config, an int-or-string, an enum. */
  private static final String SCHEMA = """
      type: object
      properties:
        spec:
          type: object
          required: [partitions]
          properties:
            partitions: {type: integer, minimum: 1}
            replicas: {type: integer, minimum: 1, maximum: 32767}
            topicName: {type: string, pattern: '^[a-z.]+$'}
            policy: {type: string, enum: [delete, compact]}
            port:
              x-kubernetes-int-or-string: true
              anyOf: [{type: integer}, {type: string}]
            config:
              type: object
              x-kubernetes-preserve-unknown-fields: true
              properties:
                retention.ms: {type: integer}
            labels:
              type: object
              additionalProperties: {type: string}
            hosts:
              type: array
              minItems: 1
              items:
                type: object
                properties:
                  name: {type: string}
            empty: {type: object}
            auth:
              type: object
              properties:
                password: {type: string}
                certificate: {type: string}
              oneOf:
                - required: [password]
                - required: [certificate]
      """;

  static Stream<Arguments> cases() {
    return Stream.of(
        valid("a complete valid object", """
            spec:
              partitions: 6
              replicas: 3
              topicName: onestop.dossier.events
              policy: compact
              port: management
              config: {retention.ms: 1000, cleanup.policy: delete}
              labels: {app: intake}
              hosts: [{name: a}]
              auth: {password: x}
            """),
        valid("an int-or-string given an integer", "spec: {partitions: 1, port: 9000}"),
        valid("preserve-unknown-fields keeps unknown fields", "spec: {partitions: 1, config: {anything: {nested: 1}}}"),
        valid("null is pruned, not an error", "spec: {partitions: 1, replicas: null}"),
        invalid("an unknown field, with its path", "spec: {partitions: 1, replcas: 3}",
            "spec.replcas: unknown field"),
        invalid("a known field at the wrong level", "spec: {partitions: 1}\nreplicas: 3",
            "replicas: unknown field"),
        invalid("an unknown field inside an array item", "spec: {partitions: 1, hosts: [{name: a}, {nmae: b}]}",
            "spec.hosts[1].nmae: unknown field"),
        invalid("any field of an object schema without properties (pruned by the server)",
            "spec: {partitions: 1, empty: {x: 1}}", "spec.empty.x: unknown field"),
        invalid("a declared property under preserve-unknown-fields is still typed",
            "spec: {partitions: 1, config: {retention.ms: soon}}",
            "spec.config.retention.ms: expected integer, got string"),
        invalid("a string where an integer belongs", "spec: {partitions: '6'}",
            "spec.partitions: expected integer, got string"),
        invalid("a number that is not an integer", "spec: {partitions: 1.5}",
            "spec.partitions: expected integer, got number"),
        invalid("an object where a string belongs", "spec: {partitions: 1, topicName: {a: b}}",
            "spec.topicName: expected string, got object"),
        invalid("a boolean where an int-or-string belongs", "spec: {partitions: 1, port: true}",
            "spec.port: expected an integer or a string"),
        invalid("the wrong type under additionalProperties", "spec: {partitions: 1, labels: {app: {x: 1}}}",
            "spec.labels.app: expected string, got object"),
        invalid("a missing required field", "spec: {replicas: 3}",
            "spec: missing required field partitions"),
        invalid("a value outside the enum", "spec: {partitions: 1, policy: keep}",
            "spec.policy: string \"keep\" is not one of"),
        invalid("below the minimum", "spec: {partitions: 0}", "spec.partitions: 0 is below the minimum 1"),
        invalid("above the maximum", "spec: {partitions: 1, replicas: 40000}", "is above the maximum 32767"),
        invalid("not matching the pattern", "spec: {partitions: 1, topicName: Dossier}",
            "spec.topicName: string \"Dossier\" does not match"),
        invalid("too few items", "spec: {partitions: 1, hosts: []}", "spec.hosts: fewer than 1 items"),
        invalid("none of oneOf", "spec: {partitions: 1, auth: {}}", "spec.auth: matches 0 of oneOf"),
        invalid("two of oneOf", "spec: {partitions: 1, auth: {password: x, certificate: y}}",
            "spec.auth: matches 2 of oneOf"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validates(String name, String value, String expectedError) throws Exception {
    List<String> errors = new StructuralSchema(YAML.readTree(SCHEMA)).validate(YAML.readTree(value));

    if (expectedError == null) {
      assertThat(errors).isEmpty();
    } else {
      assertThat(errors).anySatisfy(error -> assertThat(error).contains(expectedError));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsOnlyTheBrokenField(String name, String value, String expectedError) throws Exception {
    JsonNode schema = YAML.readTree(SCHEMA);
    List<String> errors = new StructuralSchema(schema).validate(YAML.readTree(value));

    assertThat(errors).hasSize(expectedError == null ? 0 : 1);
  }

  private static Arguments valid(String name, String value) {
    return Arguments.of(name, value, null);
  }

  private static Arguments invalid(String name, String value, String expectedError) {
    return Arguments.of(name, value, expectedError);
  }
}
