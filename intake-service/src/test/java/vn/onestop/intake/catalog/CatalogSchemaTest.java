package vn.onestop.intake.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.contracts.resultdata.DecisionBound;
import vn.onestop.contracts.resultdata.ResultFieldType;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.ChainEdgeType;
import vn.onestop.intake.catalog.domain.EntryKind;
import vn.onestop.intake.catalog.domain.ResultKind;
import vn.onestop.intake.catalog.loading.CatalogLoader;
import vn.onestop.intake.catalog.loading.CatalogProblem;
import vn.onestop.intake.catalog.loading.InvalidCatalogException;
import vn.onestop.intake.catalog.loading.ProblemCode;
import vn.onestop.workingtime.TimeLimitUnit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.onestop.intake.catalog.CatalogFixture.JSON;
import static vn.onestop.intake.catalog.CatalogFixture.entry;

/**
 * catalog/schema/catalog-file.json describes every catalog file: the seeded files match it as a
 * whole, any JSON Schema tool refuses a shape error with it, the service refuses it naming the file
 * and the entry, and its vocabularies are the code's.
 */
class CatalogSchemaTest {

    private static final String SCHEMA = "catalog/schema/catalog-file.json";
    private static final String ID = "https://onestop.vn/catalog/schema/catalog-file.json";

    @ParameterizedTest
    @ValueSource(strings = {"catalog/administration.json", "catalog/procedures.json", "catalog/bundles.json",
            "catalog/fixture/catalog.json"})
    void the_seeded_files_match_the_schema(String file) {
        assertThat(wholeFileSchema().validate(read(file))).isEmpty();
    }

    @Test
    void the_schema_alone_refuses_a_missing_required_field_and_a_bad_pattern() {
        ObjectNode root = CatalogFixture.tree();
        entry(root, "T2", 1).remove("resultKind");
        entry(root, "T7", 1).put("nationalCode", "P-13");
        int t2 = indexOf(root, "T2");
        int t7 = indexOf(root, "T7");

        Set<ValidationMessage> errors = wholeFileSchema().validate(root);

        assertThat(errors).extracting(m -> m.getType() + " at " + m.getInstanceLocation()
                        + (m.getProperty() == null ? "" : " " + m.getProperty()))
                .containsExactlyInAnyOrder("required at /entries/" + t2 + " resultKind",
                        "pattern at /entries/" + t7 + "/nationalCode");
    }

    @Test
    void the_service_refuses_them_naming_the_file_and_the_entry() {
        String file = "catalog/invalid/shape-errors.json";
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogLoader.load(List.of("catalog/fixture/catalog.json", file)));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(CatalogProblem::file, CatalogProblem::item, CatalogProblem::code,
                CatalogProblem::message).containsExactlyInAnyOrder(
                tuple(file, "entry X3 v1", ProblemCode.PATTERN,
                        "nationalCode \"1-000003\" is not a national procedure code such as 1.001193"),
                tuple(file, "entry X3 v1", ProblemCode.FIELD_REQUIRED,
                        "resultKind is required, one of [CERTIFICATE, LICENCE, RECORD_UPDATE, DECISION, TAX_RECEIPT, CERTIFIED_COPY]"));
        assertThat(e.getMessage()).contains(file + ": entry X3 v1: resultKind is required, one of [");
    }

    @Test
    void the_vocabularies_are_the_codes() {
        JsonNode defs = read(SCHEMA).get("$defs");
        JsonNode entry = defs.get("entry");
        assertThat(values(entry.at("/properties/kind/enum"))).isEqualTo(names(EntryKind.values()));
        assertThat(values(defs.at("/timeLimit/properties/unit/enum"))).isEqualTo(names(TimeLimitUnit.values()));
        assertThat(values(entry.at("/allOf/0/then/properties/resultKind/enum"))).isEqualTo(names(ResultKind.values()));
        assertThat(values(defs.at("/channel/enum"))).isEqualTo(CatalogEntry.CHANNELS);
        assertThat(values(defs.at("/edge/properties/type/enum"))).isEqualTo(names(ChainEdgeType.values()));
        assertThat(values(defs.at("/resultField/properties/type/enum"))).isEqualTo(names(ResultFieldType.values()));
        assertThat(values(defs.at("/resultField/properties/bound/enum"))).isEqualTo(names(DecisionBound.values()));
    }

    @Test
    void every_code_the_schema_names_is_a_problem_code() {
        List<String> codes = new ArrayList<>();
        collect(read(SCHEMA), "problemCode", codes);
        assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(ProblemCode.of(code).id()).isEqualTo(code));
    }

    private static JsonSchema wholeFileSchema() {
        String text = text(SCHEMA);
        // "problem" and "problemCode" only annotate; declared so that the validator does not warn about them.
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keyword(new AnnotationKeyword("problem")).keyword(new AnnotationKeyword("problemCode")).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(metaSchema).schemaLoaders(loaders -> loaders.schemas(Map.of(ID, text))));
        return factory.getSchema(SchemaLocation.of(ID),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static int indexOf(ObjectNode root, String id) {
        JsonNode entries = root.get("entries");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).path("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** The enum's values without null (null is how the file says "not given"). */
    private static List<String> values(JsonNode array) {
        assertThat(array.isArray()).as("an enum in the schema").isTrue();
        return StreamSupport.stream(array.spliterator(), false).filter(v -> !v.isNull()).map(JsonNode::asText).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static void collect(JsonNode node, String annotation, List<String> found) {
        if (node.isObject()) {
            JsonNode value = node.get(annotation);
            if (value != null && value.isTextual()) {
                found.add(value.asText());
            } else if (value != null && value.isObject()) {
                value.elements().forEachRemaining(v -> found.add(v.asText()));
            }
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collect(children.next(), annotation, found);
            }
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, annotation, found));
        }
    }

    private static JsonNode read(String resource) {
        try {
            return JSON.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = CatalogSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
