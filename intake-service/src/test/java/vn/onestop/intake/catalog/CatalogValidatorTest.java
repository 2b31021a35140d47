package vn.onestop.intake.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.intake.catalog.loading.CatalogProblem;
import vn.onestop.intake.catalog.loading.InvalidCatalogException;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.onestop.intake.catalog.CatalogFixture.addEdge;
import static vn.onestop.intake.catalog.CatalogFixture.agency;
import static vn.onestop.intake.catalog.CatalogFixture.component;
import static vn.onestop.intake.catalog.CatalogFixture.edge;
import static vn.onestop.intake.catalog.CatalogFixture.entry;
import static vn.onestop.intake.catalog.CatalogFixture.removeEdge;
import static vn.onestop.intake.catalog.CatalogFixture.unit;

/** One broken thing at a time in an otherwise valid catalog: refused, naming the file, the item and the rule. */
class CatalogValidatorTest {

    @Test
    void the_fixture_itself_is_valid() {
        assertThat(CatalogFixture.load().contains("TB")).isTrue();
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // ids and versions
                rule("duplicate id and version", r -> r.withArrayProperty("entries").add(entry(r, "T2", 1).deepCopy()),
                        "entry T2 v1", "duplicate id and version"),
                rule("overlapping versions", r -> entry(r, "T1", 2).put("effectiveFrom", "2025-12-01"),
                        "entry T1 v2", "overlaps T1 v1"),
                rule("open-ended version followed by another", r -> entry(r, "T1", 1).putNull("effectiveTo"),
                        "entry T1 v2", "overlaps T1 v1 (2025-07-01 to open end)"),
                rule("versions numbered against time", r -> entry(r, "T1", 2).put("version", 7),
                        "entry T1 v3", "lower version number"),
                rule("an id changing kind", r -> {
                    entry(r, "TL", 1).put("effectiveTo", "2026-12-31");
                    ObjectNode procedure = entry(r, "T7", 1).deepCopy();
                    procedure.put("id", "TL").put("version", 2).put("effectiveFrom", "2027-01-01");
                    r.withArrayProperty("entries").add(procedure);
                }, "entry TL v2", "keeps its kind"),
                rule("version zero", r -> entry(r, "T7", 1).put("version", 0), "entry T7 v0", "version must be a whole number"),
                rule("id with spaces", r -> entry(r, "T7", 1).put("id", "T 7"), "entry T 7 v1", "id \"T 7\" does not match"),
                rule("unknown kind", r -> entry(r, "T7", 1).put("kind", "SERVICE"), "entry T7 v1", "kind \"SERVICE\" is not one of"),
                rule("missing Vietnamese name", r -> entry(r, "T7", 1).remove("name"), "entry T7 v1", "name is required"),
                // dates
                rule("effectiveTo before effectiveFrom", r -> entry(r, "T7", 1).put("effectiveTo", "2025-06-30"),
                        "entry T7 v1", "effectiveTo 2025-06-30 is before effectiveFrom 2025-07-01"),
                rule("not a date", r -> entry(r, "T7", 1).put("effectiveFrom", "01/07/2025"),
                        "entry T7 v1", "effectiveFrom \"01/07/2025\" is not a date"),
                // national code
                rule("national code missing without verify", r -> entry(r, "T7", 1).putNull("nationalCode"),
                        "entry T7 v1", "\"verify\": true"),
                rule("national code of the wrong shape", r -> entry(r, "T7", 1).put("nationalCode", "P-13"),
                        "entry T7 v1", "nationalCode \"P-13\" is not a national procedure code"),
                // limits
                rule("time limit zero", r -> entry(r, "T2", 1).withObjectProperty("timeLimit").put("value", 0),
                        "entry T2 v1", "timeLimit.value must be a positive number"),
                rule("negative end-to-end limit", r -> entry(r, "TB", 1).withObjectProperty("endToEndLimit").put("value", -3),
                        "entry TB v1", "endToEndLimit.value must be a positive number"),
                rule("missing end-to-end limit", r -> entry(r, "TB", 1).remove("endToEndLimit"),
                        "entry TB v1", "endToEndLimit is required"),
                rule("unknown time unit", r -> entry(r, "T2", 1).withObjectProperty("timeLimit").put("unit", "WEEKS"),
                        "entry T2 v1", "timeLimit.unit \"WEEKS\" is not one of"),
                rule("same day without cut-off", r -> entry(r, "T7", 1).withObjectProperty("timeLimit").remove("cutoff"),
                        "entry T7 v1", "timeLimit.cutoff (e.g. \"15:00\") is required for SAME_DAY"),
                rule("cut-off that is not a time", r -> entry(r, "T7", 1).withObjectProperty("timeLimit").put("cutoff", "3pm"),
                        "entry T7 v1", "cutoff \"3pm\" is not a time"),
                rule("cut-off on working days", r -> entry(r, "T2", 1).withObjectProperty("timeLimit").put("cutoff", "15:00"),
                        "entry T2 v1", "cutoff applies to SAME_DAY only"),
                // competent agency
                rule("unknown agency type", r -> entry(r, "T2", 1).withObjectProperty("competentAgency").put("type", "CUSTOMS"),
                        "entry T2 v1", "competentAgency.type \"CUSTOMS\" is not one of the agency types"),
                rule("unknown level", r -> entry(r, "T2", 1).withObjectProperty("competentAgency").put("level", "DISTRICT"),
                        "entry T2 v1", "competentAgency.level \"DISTRICT\" is not one of the levels [PROVINCE, COMMUNE]"),
                rule("no agency of that type at that level", r -> entry(r, "T3", 1).withObjectProperty("competentAgency").put("level", "COMMUNE"),
                        "entry T3 v1", "no SOCIAL_SECURITY agency at COMMUNE level"),
                // components, results, fees, channels
                rule("component without a size limit", r -> component(entry(r, "T2", 1), "FORM2").put("maxSizeBytes", 0),
                        "entry T2 v1", "component FORM2: maxSizeBytes must be a positive number"),
                rule("format that is not a media type", r -> component(entry(r, "T2", 1), "FORM2").withArrayProperty("formats").add("PDF"),
                        "entry T2 v1", "format \"PDF\" is not a media type"),
                rule("component listed twice", r -> entry(r, "T2", 1).withArrayProperty("components")
                        .add(component(entry(r, "T2", 1), "FORM2").deepCopy()), "entry T2 v1", "component FORM2 is listed twice"),
                rule("no components", r -> entry(r, "T2", 1).putArray("components"),
                        "entry T2 v1", "components must publish at least one"),
                rule("no result fields", r -> entry(r, "T2", 1).putArray("resultFields"),
                        "entry T2 v1", "resultFields must name what an approval provides"),
                rule("unknown result kind", r -> entry(r, "T2", 1).put("resultKind", "PERMIT"),
                        "entry T2 v1", "resultKind \"PERMIT\" is not one of"),
                rule("unknown channel", r -> entry(r, "T2", 1).withArrayProperty("channels").add("FAX"),
                        "entry T2 v1", "channels: \"FAX\" is not one of"),
                rule("fee for a channel the procedure does not allow",
                        r -> ((ObjectNode) entry(r, "T2", 1).withArrayProperty("fees").get(0)).putArray("channels").add("POSTAL"),
                        "entry T2 v1", "fee FEE.channels: \"POSTAL\" is not one of [ONLINE, COUNTER]"),
                rule("negative fee", r -> ((ObjectNode) entry(r, "T2", 1).withArrayProperty("fees").get(0)).put("amountVnd", -1),
                        "entry T2 v1", "fee FEE: amountVnd must be zero or more"),
                rule("instant procedure with a limit in days", r -> entry(r, "T7", 1).putObject("timeLimit")
                        .put("value", 2).put("unit", "WORKING_DAYS"), "entry T7 v1", "is instant (\"4 on the spot\") but its time limit is not SAME_DAY"),
                rule("instant procedure not at the counter", r -> entry(r, "T7", 1).putArray("channels").add("ONLINE"),
                        "entry T7 v1", "does not allow the COUNTER channel"),
                // procedure vs bundle fields
                rule("procedure with members", r -> entry(r, "T2", 1).putArray("members").add("T1"),
                        "entry T2 v1", "a PROCEDURE cannot have members"),
                rule("bundle with components", r -> entry(r, "TB", 1).set("components", entry(r, "T2", 1).get("components").deepCopy()),
                        "entry TB v1", "a BUNDLE cannot have components"),
                // bundle members and options
                rule("member missing from the catalog", r -> entry(r, "TB", 1).withArrayProperty("members").add("T99"),
                        "entry TB v1", "member T99 is not a procedure of the catalog"),
                rule("member that is a bundle", r -> entry(r, "TB", 1).withArrayProperty("members").add("TL"),
                        "entry TB v1", "member TL is a bundle"),
                rule("member without a version for part of the bundle's period",
                        r -> entry(r, "TB", 1).put("effectiveFrom", "2025-01-01"),
                        "entry TB v1", "member T1 has no version in force on 2025-01-01"),
                rule("member repealed while the bundle is in force", r -> entry(r, "T2", 1).put("effectiveTo", "2026-03-31"),
                        "entry TB v1", "member T2 has no version in force on 2026-04-01"),
                rule("option naming a non-member", r -> ((ObjectNode) entry(r, "TB", 1).withArrayProperty("options").get(0))
                        .withArrayProperty("members").add("T6"), "entry TB v1", "option OPT_A: \"T6\" is not a member of the bundle"),
                rule("member in two options", r -> ((ObjectNode) entry(r, "TB", 1).withArrayProperty("options").get(1))
                        .withArrayProperty("members").add("T3"), "entry TB v1", "member T3 is already in option OPT_A"),
                rule("every member optional", r -> ((ObjectNode) entry(r, "TB", 1).withArrayProperty("options").get(0))
                        .withArrayProperty("members").add("T1").add("T2"), "entry TB v1", "every member is optional"),
                // chain
                rule("edge from an unknown member", r -> addEdge(entry(r, "TB", 1), "T9", "T2", "FORM2", "RESULT"),
                        "entry TB v1", "chain edge T9 → T2 (FORM2): \"T9\" is not a member of the bundle"),
                rule("edge providing a component the target does not list", r -> edge(entry(r, "TB", 1), "T1", "T2")
                        .put("component", "DEATH_EXTRACT"), "entry TB v1", "provides component DEATH_EXTRACT, which T2 v1 does not list"),
                rule("edge providing a component one version of the target does not list",
                        r -> {
                            ObjectNode v1 = entry(r, "T2", 1).put("effectiveTo", "2026-06-30");
                            ObjectNode v2 = v1.deepCopy().put("version", 2).put("effectiveFrom", "2026-07-01");
                            v2.putNull("effectiveTo").withArrayProperty("components").remove(1);
                            r.withArrayProperty("entries").add(v2);
                        },
                        "entry TB v1", "provides component BIRTH_CERT, which T2 v2 does not list"),
                rule("unknown edge type", r -> edge(entry(r, "TB", 1), "T1", "T2").put("type", "FEEDS"),
                        "entry TB v1", "type \"FEEDS\" is not one of [RESULT, HANDOFF, RESUME]"),
                rule("member feeding itself", r -> addEdge(entry(r, "TB", 1), "T2", "T2", "FORM2", "RESULT"),
                        "entry TB v1", "a member cannot feed itself"),
                rule("component provided twice", r -> addEdge(entry(r, "TB", 1), "T3", "T4", "BIRTH_CERT", "RESULT"),
                        "entry TB v1", "component BIRTH_CERT of T4 is already provided by another edge"),
                rule("always-included member depending on an optional one", r -> addEdge(entry(r, "TB", 1), "T3", "T2", "FORM2", "RESULT"),
                        "entry TB v1", "member T2 is always included but would depend on T3, which is optional (option OPT_A)"),
                rule("members waiting for each other", r -> addEdge(entry(r, "TB", 1), "T2", "T1", "REQUESTER_ID", "RESULT"),
                        "entry TB v1", "chain has a cycle T1 → T2 → T1"),
                rule("hand-off without the resume edge back", r -> removeEdge(entry(r, "TL", 1), "T6", "T5"),
                        "entry TL v1", "is a HANDOFF without the RESUME edge T6 → T5"),
                rule("one upload with two sizes", r -> component(entry(r, "T2", 1), "REQUESTER_ID").put("maxSizeBytes", 5),
                        "entry TB v1", "component REQUESTER_ID has different formats or size"),
                // administration
                rule("agency code with a dash", r -> agency(r, "000.00.02.T01").put("code", "000-00-02.T01"),
                        "agency 000-00-02.T01", "is not an agency code: 1 to 40 letters, digits and dots"),
                rule("agency declared twice", r -> r.withArrayProperty("agencies").add(agency(r, "000.00.02.T01").deepCopy()),
                        "agency 000.00.02.T01", "is declared twice"),
                rule("agency of an unknown type", r -> agency(r, "000.00.02.T02").put("type", "CUSTOMS"),
                        "agency 000.00.02.T02", "type \"CUSTOMS\" is not one of the agency types"),
                rule("agency in an unknown unit", r -> agency(r, "000.00.02.T02").put("unit", "99"),
                        "agency 000.00.02.T02", "unit \"99\" is not declared"),
                rule("agency level not its unit's", r -> agency(r, "000.00.02.T02").put("unit", "02001"),
                        "agency 000.00.02.T02", "is at PROVINCE level but its unit 02001 is at COMMUNE level"),
                rule("two agencies of one type in one unit", r -> agency(r, "000.00.02.T02").put("type", "SERVICE_CENTRE"),
                        "agency 000.00.02.T02", "the competent agency would be ambiguous"),
                rule("agency that is its own ancestor", r -> agency(r, "000.00.00.T01").put("parent", "000.01.20.T01"),
                        "agency 000.00.00.T01", "is its own ancestor"),
                rule("unit at an unknown level", r -> unit(r, "02001").put("level", "DISTRICT"),
                        "unit 02001", "level \"DISTRICT\" is not one of the levels [PROVINCE, COMMUNE]"),
                rule("commune without a parent", r -> unit(r, "02001").putNull("parent"),
                        "unit 02001", "is at COMMUNE level and needs a parent unit"),
                rule("parent unit not above", r -> unit(r, "01002").put("parent", "01001"),
                        "unit 01002", "parent unit 01001 is at COMMUNE level, which is not above COMMUNE"),
                rule("no levels at all", r -> r.remove("levels"),
                        "levels", "no catalog file declares the administrative levels"));
    }

    private static Arguments rule(String name, Consumer<ObjectNode> change, String item, String message) {
        return arguments(name, change, item, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void refuses(String rule, Consumer<ObjectNode> change, String item, String message) {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> CatalogFixture.load(change));
        assertThat(e).as(rule + " must be refused").isNotNull();
        assertThat(e.problems())
                .as(e.getMessage())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(CatalogFixture.NAME);
                    assertThat(p.item()).isEqualTo(item);
                    assertThat(p.message()).contains(message);
                });
        assertThat(e.getMessage()).contains(CatalogFixture.NAME + ": " + item + ": ");
    }

    @Test
    void reports_every_problem_at_once_and_each_only_once() {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> CatalogFixture.load(r -> {
            entry(r, "T2", 1).withObjectProperty("timeLimit").put("value", 0);
            entry(r, "T3", 1).withObjectProperty("competentAgency").put("type", "CUSTOMS");
            agency(r, "000.00.02.T02").put("code", "bad code");
        }));
        assertThat(e.problems()).extracting(CatalogProblem::item)
                .containsExactlyInAnyOrder("agency bad code", "entry T2 v1", "entry T3 v1");
        assertThat(e.getMessage()).startsWith("invalid catalog, 3 problems:");
    }

    @Test
    void a_bundle_whose_member_is_invalid_is_not_blamed_for_it() {
        assertThatThrownBy(() -> CatalogFixture.load(r -> entry(r, "T5", 1).put("resultKind", "PERMIT")))
                .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::item).containsExactly("entry T5 v1"));
    }
}
