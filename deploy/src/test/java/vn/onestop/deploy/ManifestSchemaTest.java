package vn.onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every object that base/ and each overlay render is checked against its schema: core kinds
 * through the Kubernetes model classes ({@link CoreModel}), the operators' kinds through their
 * vendored CRD schemas ({@link CrdSchemas}). Unknown fields, wrong types and (for custom
 * resources) missing required fields fail; a kind with no schema here fails too.
 */
class ManifestSchemaTest {

  static final List<String> DIRECTORIES = Kustomize.DIRECTORIES;

  @ParameterizedTest(name = "{0}")
  @FieldSource("DIRECTORIES")
  void everyRenderedObjectMatchesItsSchema(String directory) {
    List<String> errors = new ArrayList<>();
    for (JsonNode object : Kustomize.render(directory)) {
      String apiVersion = object.path("apiVersion").asText();
      String kind = object.path("kind").asText();
      String id = kind + "/" + Kustomize.name(object);
      if (apiVersion.isEmpty() || kind.isEmpty() || Kustomize.name(object).isEmpty()) {
        errors.add(id + ": no apiVersion, kind or metadata.name");
        continue;
      }
      List<String> objectErrors;
      if (CoreModel.knows(apiVersion, kind)) {
        objectErrors = CoreModel.validate(object);
      } else if (CrdSchemas.knows(apiVersion, kind)) {
        objectErrors = CrdSchemas.validate(object);
      } else {
        objectErrors = List.of("no schema for " + apiVersion + " " + kind
            + " (add its model class to CoreModel or vendor its CRD under crd-schemas/)");
      }
      objectErrors.forEach(error -> errors.add(id + " (" + apiVersion + "): " + error));
    }

    assertThat(errors).as("schema errors in deploy/%s", directory).isEmpty();
  }
}
