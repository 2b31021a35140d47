package vn.onestop.intake.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.intake.catalog.loading.CatalogLoader;
import vn.onestop.intake.catalog.loading.CatalogProblem;
import vn.onestop.intake.catalog.loading.CatalogSource;
import vn.onestop.intake.catalog.loading.InvalidCatalogException;
import vn.onestop.intake.catalog.loading.ProblemCode;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.onestop.intake.catalog.CatalogFixture.addEdge;
import static vn.onestop.intake.catalog.CatalogFixture.agency;
import static vn.onestop.intake.catalog.CatalogFixture.component;
import static vn.onestop.intake.catalog.CatalogFixture.edge;
import static vn.onestop.intake.catalog.CatalogFixture.entry;
import static vn.onestop.intake.catalog.CatalogFixture.removeEdge;
import static vn.onestop.intake.catalog.CatalogFixture.unit;

/**
 * Every problem carries the machine-readable code of its rule, next to its message. The codes are
 * written out here as tools and runbooks see them, so renaming one fails a test; and every code has
 * a case, so a rule cannot go without one.
 */
class CatalogProblemCodesTest {

    /** One broken thing in the fixture: the item blamed and the code of the rule. */
    static Stream<Arguments> rules() {
        return Stream.of(
                // shape, from the JSON Schema: the keyword that failed
                rule("field-required", r -> entry(r, "T7", 1).remove("name"), "entry T7 v1"),
                rule("field-required", r -> entry(r, "T2", 1).remove("resultKind"), "entry T2 v1"),
                rule("field-required", r -> entry(r, "T7", 1).putNull("nationalCode"), "entry T7 v1"),
                rule("field-not-allowed", r -> entry(r, "T2", 1).putArray("members").add("T1"), "entry T2 v1"),
                rule("field-not-allowed", r -> entry(r, "TB", 1).put("instant", true), "entry TB v1"),
                rule("pattern", r -> entry(r, "T7", 1).put("nationalCode", "P-13"), "entry T7 v1"),
                rule("pattern", r -> agency(r, "000.00.02.T01").put("code", "000-00-02.T01"), "agency 000-00-02.T01"),
                rule("pattern", r -> component(entry(r, "T2", 1), "FORM2").withArrayProperty("formats").add("PDF"), "entry T2 v1"),
                rule("format", r -> entry(r, "T7", 1).put("effectiveTo", "2026-02-30"), "entry T7 v1"),
                rule("not-one-of", r -> entry(r, "T2", 1).withObjectProperty("timeLimit").put("unit", "WEEKS"), "entry T2 v1"),
                rule("not-one-of", r -> entry(r, "T2", 1).withArrayProperty("channels").add("FAX"), "entry T2 v1"),
                rule("minimum", r -> entry(r, "T2", 1).withObjectProperty("timeLimit").put("value", 0), "entry T2 v1"),
                rule("min-items", r -> entry(r, "T2", 1).putArray("components"), "entry T2 v1"),
                rule("unique-items", r -> component(entry(r, "T2", 1), "FORM2").withArrayProperty("formats")
                        .add("application/pdf"), "entry T2 v1"),
                rule("wrong-type", r -> component(entry(r, "T2", 1), "FORM2").put("maxSizeBytes", "1000"), "entry T2 v1"),
                // administration
                rule("no-levels", r -> r.remove("levels"), "levels"),
                rule("no-levels", r -> r.putArray("levels"), "levels"),
                rule("duplicate-code", r -> r.withArrayProperty("agencies").add(agency(r, "000.00.02.T01").deepCopy()),
                        "agency 000.00.02.T01"),
                rule("duplicate-code", r -> entry(r, "T2", 1).withArrayProperty("components")
                        .add(component(entry(r, "T2", 1), "FORM2").deepCopy()), "entry T2 v1"),
                rule("unknown-level", r -> unit(r, "02001").put("level", "DISTRICT"), "unit 02001"),
                rule("unknown-level", r -> entry(r, "T2", 1).withObjectProperty("competentAgency").put("level", "DISTRICT"),
                        "entry T2 v1"),
                rule("unknown-agency-type", r -> agency(r, "000.00.02.T02").put("type", "CUSTOMS"), "agency 000.00.02.T02"),
                rule("unknown-agency-type", r -> entry(r, "T2", 1).withObjectProperty("competentAgency").put("type", "CUSTOMS"),
                        "entry T2 v1"),
                rule("unknown-unit", r -> agency(r, "000.00.02.T02").put("unit", "99"), "agency 000.00.02.T02"),
                rule("parent-unit-required", r -> unit(r, "02001").putNull("parent"), "unit 02001"),
                rule("unknown-parent-unit", r -> unit(r, "02001").put("parent", "99"), "unit 02001"),
                rule("parent-unit-not-above", r -> unit(r, "01002").put("parent", "01001"), "unit 01002"),
                rule("agency-level-mismatch", r -> agency(r, "000.00.02.T02").put("unit", "02001"), "agency 000.00.02.T02"),
                rule("unknown-parent-agency", r -> agency(r, "000.00.02.T02").put("parent", "000.99.99.T02"),
                        "agency 000.00.02.T02"),
                rule("ambiguous-agency", r -> agency(r, "000.00.02.T02").put("type", "SERVICE_CENTRE"), "agency 000.00.02.T02"),
                rule("agency-parent-cycle", r -> agency(r, "000.00.00.T01").put("parent", "000.01.20.T01"), "agency 000.00.00.T01"),
                // entries and procedures
                rule("effective-to-before-from", r -> entry(r, "T7", 1).put("effectiveTo", "2025-06-30"), "entry T7 v1"),
                rule("channel-not-allowed", r -> ((ObjectNode) entry(r, "T2", 1).withArrayProperty("fees").get(0))
                        .putArray("channels").add("POSTAL"), "entry T2 v1"),
                rule("duplicate-code", r -> entry(r, "T2", 1).withArrayProperty("channels").add("ONLINE"), "entry T2 v1"),
                rule("same-day-value", r -> entry(r, "T7", 1).withObjectProperty("timeLimit").put("value", 2), "entry T7 v1"),
                rule("cutoff-required", r -> entry(r, "T7", 1).withObjectProperty("timeLimit").remove("cutoff"), "entry T7 v1"),
                rule("cutoff-not-allowed", r -> entry(r, "T2", 1).withObjectProperty("timeLimit").put("cutoff", "15:00"),
                        "entry T2 v1"),
                rule("no-competent-agency", r -> entry(r, "T3", 1).withObjectProperty("competentAgency").put("level", "COMMUNE"),
                        "entry T3 v1"),
                rule("invalid-result-field", r -> entry(r, "T2", 1).withArrayProperty("resultFields").addObject()
                        .put("name", "issuedOn").put("required", true).put("bound", "NOT_AFTER_DECISION"), "entry T2 v1"),
                rule("instant-not-same-day", r -> entry(r, "T7", 1).putObject("timeLimit").put("value", 2)
                        .put("unit", "WORKING_DAYS"), "entry T7 v1"),
                rule("instant-without-counter", r -> entry(r, "T7", 1).putArray("channels").add("ONLINE"), "entry T7 v1"),
                rule("online-service-channel-mismatch", r -> entry(r, "T7", 1).put("onlineService", "PARTIAL"), "entry T7 v1"),
                rule("online-service-channel-mismatch", r -> entry(r, "T2", 1).put("onlineService", "NONE"), "entry T2 v1"),
                rule("field-required", r -> entry(r, "T2", 1).remove("onlineService"), "entry T2 v1"),
                rule("not-one-of", r -> entry(r, "T2", 1).put("onlineService", "HALF"), "entry T2 v1"),
                rule("field-not-allowed", r -> entry(r, "TB", 1).put("onlineService", "FULL"), "entry TB v1"),
                rule("online-acceptance-without-online", r -> entry(r, "T7", 1).put("onlineAcceptance", "AUTOMATIC"),
                        "entry T7 v1"),
                rule("field-not-allowed", r -> entry(r, "TB", 1).put("onlineAcceptance", "AUTOMATIC"), "entry TB v1"),
                // versions of an id
                rule("kind-changed", r -> {
                    entry(r, "TL", 1).put("effectiveTo", "2026-12-31");
                    ObjectNode procedure = entry(r, "T7", 1).deepCopy();
                    procedure.put("id", "TL").put("version", 2).put("effectiveFrom", "2027-01-01");
                    r.withArrayProperty("entries").add(procedure);
                }, "entry TL v2"),
                rule("duplicate-version", r -> r.withArrayProperty("entries").add(entry(r, "T2", 1).deepCopy()), "entry T2 v1"),
                rule("overlapping-versions", r -> entry(r, "T1", 2).put("effectiveFrom", "2025-12-01"), "entry T1 v2"),
                rule("version-order", r -> entry(r, "T1", 2).put("version", 7), "entry T1 v3"),
                // bundles
                rule("duplicate-code", r -> entry(r, "TB", 1).withArrayProperty("members").add("T1"), "entry TB v1"),
                rule("not-a-member", r -> addEdge(entry(r, "TB", 1), "T9", "T2", "FORM2", "RESULT"), "entry TB v1"),
                rule("member-in-two-options", r -> ((ObjectNode) entry(r, "TB", 1).withArrayProperty("options").get(1))
                        .withArrayProperty("members").add("T3"), "entry TB v1"),
                rule("no-mandatory-member", r -> ((ObjectNode) entry(r, "TB", 1).withArrayProperty("options").get(0))
                        .withArrayProperty("members").add("T1").add("T2"), "entry TB v1"),
                rule("self-edge", r -> addEdge(entry(r, "TB", 1), "T2", "T2", "FORM2", "RESULT"), "entry TB v1"),
                rule("component-provided-twice", r -> addEdge(entry(r, "TB", 1), "T3", "T4", "BIRTH_CERT", "RESULT"),
                        "entry TB v1"),
                rule("unpaired-edge", r -> removeEdge(entry(r, "TL", 1), "T6", "T5"), "entry TL v1"),
                rule("mandatory-depends-on-optional", r -> addEdge(entry(r, "TB", 1), "T3", "T2", "FORM2", "RESULT"),
                        "entry TB v1"),
                rule("chain-cycle", r -> addEdge(entry(r, "TB", 1), "T2", "T1", "REQUESTER_ID", "RESULT"), "entry TB v1"),
                rule("unknown-member", r -> entry(r, "TB", 1).withArrayProperty("members").add("T99"), "entry TB v1"),
                rule("member-is-bundle", r -> entry(r, "TB", 1).withArrayProperty("members").add("TL"), "entry TB v1"),
                rule("member-not-in-force", r -> entry(r, "T2", 1).put("effectiveTo", "2026-03-31"), "entry TB v1"),
                rule("component-not-listed", r -> edge(entry(r, "TB", 1), "T1", "T2").put("component", "DEATH_EXTRACT"),
                        "entry TB v1"),
                rule("component-mismatch", r -> component(entry(r, "T2", 1), "REQUESTER_ID").put("maxSizeBytes", 5),
                        "entry TB v1"));
    }

    private static Arguments rule(String code, Consumer<ObjectNode> change, String item) {
        return arguments(code, change, item);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("rules")
    void each_rule_has_its_code(String code, Consumer<ObjectNode> change, String item) {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> CatalogFixture.load(change));
        assertThat(e).as(code + " must be refused").isNotNull();
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogFixture.NAME);
            assertThat(p.item()).isEqualTo(item);
            assertThat(p.code()).isNotNull();
            assertThat(p.code().id()).isEqualTo(code);
        });
        assertThat(e.getMessage()).contains("[" + code + "]");
    }

    /** Problems of whole files and sections, found while reading, before any item is checked. */
    static Stream<Arguments> files() {
        String fixture = CatalogFixture.tree().toString();
        return Stream.of(
                arguments("json-syntax", List.of(fixture, "{\"entries\": [}"), "file"),
                arguments("json-syntax", List.of(fixture, "{\"entries\": [], \"entries\": []}"), "file"),
                arguments("not-an-object", List.of(fixture, "[1, 2]"), "file"),
                arguments("unknown-section", List.of(fixture, "{\"procedures\": []}"), "file"),
                arguments("not-a-list", List.of(fixture, "{\"agencies\": {\"code\": \"x\"}}"), "agencies"),
                arguments("unknown-field", List.of(fixture, "{\"entries\": [{\"id\": \"X\", \"fomats\": []}]}"),
                        "entry X (entries[0])"),
                arguments("wrong-type", List.of(fixture, "{\"entries\": [{\"id\": \"X\", \"version\": \"one\"}]}"),
                        "entry X (entries[0])"),
                arguments("levels-declared-twice", List.of(fixture, "{\"levels\": [{\"code\": \"X\", \"name\": \"X\"}]}"),
                        "levels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void each_file_problem_has_its_code(String code, List<String> files, String item) {
        List<CatalogSource> sources = Stream.iterate(0, i -> i + 1).limit(files.size())
                .map(i -> new CatalogSource("file" + i + ".json", files.get(i))).toList();
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogLoader.fromSources(sources));
        assertThat(e).as(code + " must be refused").isNotNull();
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("file1.json");
            assertThat(p.item()).isEqualTo(item);
            assertThat(p.code().id()).isEqualTo(code);
        });
    }

    @Test
    void unreadable_or_missing_files_have_their_codes() {
        InvalidCatalogException missing = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogLoader.load(List.of("catalog/fixture/catalog.json", "catalog/nowhere.json")));
        assertThat(missing.problems()).extracting(CatalogProblem::code).containsExactly(ProblemCode.FILE_UNREADABLE);
        InvalidCatalogException none = catchThrowableOfType(InvalidCatalogException.class, () -> CatalogLoader.load(List.of()));
        assertThat(none.problems()).extracting(CatalogProblem::code).containsExactly(ProblemCode.NO_FILES);
    }

    @Test
    void a_shape_mistake_is_reported_once_by_the_schema_not_again_by_the_rules() {
        assertThat(problems(r -> entry(r, "T2", 1).withObjectProperty("timeLimit").put("value", 0)))
                .extracting(CatalogProblem::toString)
                .containsExactly("fixture.json: entry T2 v1: timeLimit.value must be a positive number, not 0 [minimum]");
        assertThat(problems(r -> entry(r, "T7", 1).put("effectiveFrom", "01/07/2025")))
                .extracting(CatalogProblem::code).containsExactly(ProblemCode.FORMAT);
        assertThat(problems(r -> agency(r, "000.00.02.T02").putNull("type")))
                .extracting(CatalogProblem::code).containsExactly(ProblemCode.FIELD_REQUIRED);
        assertThat(problems(r -> component(entry(r, "T2", 1), "FORM2").withArrayProperty("formats").add("PDF").add("DOC")))
                .extracting(CatalogProblem::code).containsExactly(ProblemCode.PATTERN, ProblemCode.PATTERN);
    }

    @Test
    void every_code_has_a_case() {
        Set<String> pinned = Stream.concat(rules(), files()).map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        pinned.addAll(Set.of("file-unreadable", "no-files"));
        Set<String> all = Arrays.stream(ProblemCode.values())
                // "shape" stands for a schema keyword the catalog schema does not use
                .filter(c -> c != ProblemCode.SHAPE).map(ProblemCode::id).collect(Collectors.toSet());
        assertThat(pinned).containsExactlyInAnyOrderElementsOf(all);
    }

    private static List<CatalogProblem> problems(Consumer<ObjectNode> change) {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> CatalogFixture.load(change));
        assertThat(e).isNotNull();
        return e.problems();
    }
}
