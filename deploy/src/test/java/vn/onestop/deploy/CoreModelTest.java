package vn.onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreModelTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: intake-service
        labels: {app: intake-service}
      spec:
        selector:
          matchLabels: {app: intake-service}
        template:
          metadata:
            labels: {app: intake-service}
          spec:
            containers:
              - name: intake-service
                image: ghcr.io/onestop/intake-service:0.1.0
                ports:
                  - {name: management, containerPort: 9000}
                env:
                  - {name: A, value: "1"}
                resources:
                  limits: {cpu: "1", memory: 768Mi}
                readinessProbe:
                  httpGet: {path: /q/health/ready, port: management}
      """;

  @Test
  void aValidDeploymentHasNoError() throws Exception {
    assertThat(CoreModel.validate(YAML.readTree(DEPLOYMENT))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // what is changed                 | from                                 | to                                      | the error
      "a misspelled field                | selector:                            | replcas: 3\\n  selector:                | spec.replcas: unknown field",
      "a field one level too deep        | - {name: A, value: \"1\"}            | - {name: A, value: \"1\", replicas: 2} | spec.template.spec.containers[0].env[0].replicas: unknown field",
      "an unknown field in the metadata  | name: intake-service\\n  labels      | name: intake-service\\n  lables        | metadata.lables: unknown field",
      "a string where an integer belongs | containerPort: 9000                  | containerPort: \"9000\"                 | spec.template.spec.containers[0].ports[0].containerPort",
      "a number where a string belongs   | value: \"1\"                         | value: 1                                | spec.template.spec.containers[0].env[0].value",
      "a list where an object belongs    | httpGet: {path: /q/health/ready, port: management} | httpGet: [a]              | spec.template.spec.containers[0].readinessProbe.httpGet"})
  void aBrokenDeploymentIsRefusedWithThePath(String change, String from, String to, String error) throws Exception {
    String broken = DEPLOYMENT.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
    assertThat(broken).as("the change applies").isNotEqualTo(DEPLOYMENT);

    List<String> errors = CoreModel.validate(YAML.readTree(broken));

    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(error));
  }

  @Test
  void onlyTheListedApiVersionsAndKindsAreKnown() {
    assertThat(CoreModel.knows("apps/v1", "Deployment")).isTrue();
    assertThat(CoreModel.knows("apps/v1beta1", "Deployment")).isFalse();
    assertThat(CoreModel.knows("autoscaling/v1", "HorizontalPodAutoscaler")).isFalse();
    assertThat(CoreModel.knows("v1", "Deploymnet")).isFalse();
  }

  @Test
  void metadataIsReadAsAnObjectMeta() throws Exception {
    assertThat(CoreModel.validateMetadata(YAML.readTree("{name: a, labels: {app: a}}"))).isEmpty();
    assertThat(CoreModel.validateMetadata(YAML.readTree("{name: a, label: {app: a}}")))
        .containsExactly("metadata.label: unknown field");
    assertThat(CoreModel.validateMetadata(YAML.readTree("{name: a, labels: {replicas: 3}}")))
        .singleElement().asString().startsWith("metadata.labels.replicas");
  }
}
