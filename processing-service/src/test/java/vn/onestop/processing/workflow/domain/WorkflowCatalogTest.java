package vn.onestop.processing.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onestop.processing.workflow.domain.Fixtures.catalog;
import static vn.onestop.processing.workflow.domain.Fixtures.limit;
import static vn.onestop.processing.workflow.domain.Fixtures.step;
import static vn.onestop.processing.workflow.domain.Fixtures.wd;
import static vn.onestop.processing.workflow.domain.Fixtures.with;
import static vn.onestop.processing.workflow.domain.Fixtures.workflow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import vn.onestop.contracts.resultdata.ResultFieldRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.TimeLimitUnit;

/** Loading workflow data: one case per validation rule, each message naming workflow and step. */
class WorkflowCatalogTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("unknown budget unit",
                        catalog(workflow("PX", wd(7), step("RECEIVE", 1, false, wd(1)),
                                step("APPRAISE", 2, true, limit(2, "WEEKS")))),
                        "workflow PX: step APPRAISE: budget: unit: unknown unit 'WEEKS'"),
                Arguments.of("unknown time limit unit",
                        catalog(workflow("PX", limit(7, "FORTNIGHTS"), step("DECIDE", 1, true, wd(1)))),
                        "workflow PX: timeLimit: unit: unknown unit 'FORTNIGHTS'"),
                Arguments.of("duplicate step ids",
                        catalog(workflow("PX", wd(7), step("APPRAISE", 1, false, wd(1)),
                                step("APPRAISE", 2, true, wd(1)))),
                        "workflow PX: step APPRAISE: duplicate step id (steps[0] and steps[1])"),
                Arguments.of("no deciding step",
                        catalog(workflow("PX", wd(7), step("RECEIVE", 1, false, wd(1)),
                                step("APPRAISE", 2, false, wd(1)))),
                        "workflow PX: no deciding step"),
                Arguments.of("several deciding steps",
                        catalog(workflow("PX", wd(7), step("RECEIVE", 1, false, wd(1)),
                                step("SIGN_A", 2, true, wd(1)), step("SIGN_B", 2, true, wd(1)))),
                        "workflow PX: several deciding steps (SIGN_A, SIGN_B)"),
                Arguments.of("deciding step not in the last group",
                        catalog(workflow("PX", wd(7), step("DECIDE", 1, true, wd(1)),
                                step("ARCHIVE", 2, false, wd(1)))),
                        "workflow PX: step DECIDE: the deciding step is in parallel group 1 but must be in the last group (2)"),
                Arguments.of("gap between groups",
                        catalog(workflow("PX", wd(7), step("RECEIVE", 1, false, wd(1)),
                                step("DECIDE", 3, true, wd(1)))),
                        "workflow PX: parallel groups must be 1, 2, 3… without gaps; found [1, 3], group 2 is missing"),
                Arguments.of("groups not starting at 1",
                        catalog(workflow("PX", wd(7), step("RECEIVE", 2, false, wd(1)),
                                step("DECIDE", 3, true, wd(1)))),
                        "group 1 is missing"),
                Arguments.of("steps out of group order",
                        catalog(workflow("PX", wd(7), step("APPRAISE", 2, false, wd(1)),
                                step("RECEIVE", 1, false, wd(1)), step("DECIDE", 3, true, wd(1)))),
                        "workflow PX: step RECEIVE: parallelGroup 1 is listed after group 2"),
                Arguments.of("sequential budgets exceed a working-day limit",
                        catalog(workflow("PX", wd(7), step("APPRAISE", 1, false, wd(4)),
                                step("DECIDE", 2, true, wd(4)))),
                        "workflow PX: step budgets need 64 h of working time (group 1 step APPRAISE 32 h, group 2 step DECIDE 32 h)"
                                + " but the statutory limit 7 WORKING_DAYS allows 56 h"),
                Arguments.of("the longest parallel step exceeds the limit",
                        catalog(workflow("PX", wd(7), step("RECEIVE", 1, false, wd(1)),
                                step("POLICE", 2, false, wd(2)), step("LAND", 2, false, wd(6)),
                                step("DECIDE", 3, true, wd(1)))),
                        "group 2 step LAND 48 h"),
                Arguments.of("a same-day limit counts as 8 working hours",
                        catalog(workflow("PX", limit(0, "SAME_DAY"), step("RECEIVE", 1, false, limit(5, "WORKING_HOURS")),
                                step("SIGN", 2, true, limit(4, "WORKING_HOURS")))),
                        "need 9 h of working time (group 1 step RECEIVE 5 h, group 2 step SIGN 4 h) but the statutory limit 0 SAME_DAY allows 8 h"),
                Arguments.of("a calendar-day limit counts as 8 h per day, an upper bound",
                        catalog(workflow("PX", limit(2, "CALENDAR_DAYS"), step("DECIDE", 1, true, wd(3)))),
                        "the statutory limit 2 CALENDAR_DAYS allows 16 h"),
                Arguments.of("zero budget",
                        catalog(workflow("PX", wd(7), step("DECIDE", 1, true, wd(0)))),
                        "workflow PX: step DECIDE: budget must be more than 0 WORKING_DAYS"),
                Arguments.of("misspelt step field",
                        catalog(workflow("PX", wd(7), step("DECIDE", 1, true, wd(1)).replace("\"parallelGroup\"", "\"parallelgroup\""))),
                        "workflow PX: step DECIDE: unknown field 'parallelgroup'"),
                Arguments.of("missing agency type",
                        catalog(workflow("PX", wd(7), step("DECIDE", 1, true, wd(1)).replace("\"agencyType\": \"POLICE\",", ""))),
                        "workflow PX: step DECIDE: agencyType is required"),
                Arguments.of("missing step id",
                        catalog(workflow("PX", wd(7), step("RECEIVE", 1, false, wd(1)),
                                step("DECIDE", 2, true, wd(1)).replace("\"id\": \"DECIDE\",", ""))),
                        "workflow PX: steps[1]: id is required"),
                Arguments.of("duplicate workflow for a procedure",
                        catalog(workflow("PX", wd(7), step("DECIDE", 1, true, wd(1))),
                                workflow("PX", wd(7), step("DECIDE", 1, true, wd(1)))),
                        "workflow PX: duplicate workflow"),
                Arguments.of("duplicate result field",
                        catalog(workflow("PX", wd(7), step("DECIDE", 1, true, wd(1))).replace(
                                "[{\"name\": \"certificateNumber\", \"required\": true}]",
                                "[{\"name\": \"certificateNumber\", \"required\": true}, {\"name\": \"certificateNumber\", \"required\": false}]")),
                        "workflow PX: resultFields: duplicate field 'certificateNumber'"),
                Arguments.of("negative supplement limit",
                        catalog(workflow("PX", wd(7), with(step("DECIDE", 1, true, wd(1)), "\"maxSupplementRequests\": -1"))),
                        "workflow PX: step DECIDE: maxSupplementRequests must not be negative"),
                Arguments.of("no steps",
                        catalog(workflow("PX", wd(7))),
                        "workflow PX: steps: a workflow needs at least one step"),
                Arguments.of("workflow without procedureId",
                        catalog(workflow("PX", wd(7), step("DECIDE", 1, true, wd(1))).replace("\"procedureId\": \"PX\",", "")),
                        "workflows[0]: procedureId is required"),
                Arguments.of("not JSON",
                        "{\"workflows\": [",
                        "workflow data is not valid JSON"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalid")
    void rejectsInvalidDataNamingWorkflowAndStep(String rule, String json, String message) {
        assertThatThrownBy(() -> WorkflowCatalog.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void parallelStepsCountOnlyTheLongestOfTheirGroup() {
        // 1 + max(3, 5) + 1 = 7 working days: fits exactly, although the steps add up to 10
        WorkflowCatalog catalog = WorkflowCatalog.parse(catalog(workflow("PX", wd(7),
                step("RECEIVE", 1, false, wd(1)), step("POLICE", 2, false, wd(3)),
                step("LAND", 2, false, wd(5)), step("DECIDE", 3, true, wd(1)))));

        WorkflowDefinition d = catalog.get("PX");
        assertThat(d.requiredWorkingTime()).isEqualTo(Duration.ofHours(56));
        assertThat(d.statutoryWorkingTime()).isEqualTo(Duration.ofHours(56));
        assertThat(d.stepsInGroup(2)).extracting(WorkflowStep::id).containsExactly("POLICE", "LAND");
        assertThat(d.lastGroup()).isEqualTo(3);
        assertThat(d.decidingStep().id()).isEqualTo("DECIDE");
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        WorkflowCatalog catalog = WorkflowCatalog.load(new ByteArrayInputStream(catalog(workflow("PX", wd(2),
                step("RECEIVE", 1, false, wd(1)).replace(", \"deciding\": false", ""),
                with(step("DECIDE", 2, true, wd(1)), "\"partner\": true, \"maxSupplementRequests\": 1")))
                .getBytes(StandardCharsets.UTF_8)));

        WorkflowDefinition d = catalog.get("PX");
        assertThat(d.instant()).isFalse();
        WorkflowStep receive = d.step("RECEIVE").orElseThrow();
        assertThat(receive.deciding()).isFalse();
        assertThat(receive.partner()).isFalse();
        assertThat(receive.maxSupplementRequests()).isNull();
        assertThat(receive.allowsSupplementRequest(99)).isTrue();
        WorkflowStep decide = d.step("DECIDE").orElseThrow();
        assertThat(decide.partner()).isTrue();
        assertThat(decide.allowsSupplementRequest(0)).isTrue();
        assertThat(decide.allowsSupplementRequest(1)).isFalse();
        assertThat(d.resultFields()).containsExactly(new ResultFieldRule("certificateNumber", true));
    }

    @Test
    void unknownProcedureIsNamedWithTheKnownOnes() {
        WorkflowCatalog catalog = WorkflowCatalog.parse(catalog(workflow("PX", wd(2), step("DECIDE", 1, true, wd(1)))));

        assertThat(catalog.find("P99")).isEmpty();
        assertThatThrownBy(() -> catalog.get("P99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no workflow for procedure P99 (known: PX)");
    }

    @ParameterizedTest(name = "[{index}] {0} {1} = {2} h")
    @CsvSource(delimiter = '|', textBlock = """
            WORKING_DAYS  | 7  | 56
            WORKING_HOURS | 5  | 5
            SAME_DAY      | 0  | 8
            CALENDAR_DAYS | 15 | 120
            """)
    void budgetsConvertToWorkingHoursOfTheDefaultCalendar(TimeLimitUnit unit, int value, int hours) {
        assertThat(WorkflowBudget.workingTime(new TimeLimit(value, unit))).isEqualTo(Duration.ofHours(hours));
    }

    @Test
    void definitionsBuiltInCodeAreValidatedToo() {
        assertThatThrownBy(() -> Fixtures.definition("PY", TimeLimit.workingDays(1), false,
                Fixtures.step("RECEIVE", "POLICE", 1, false, TimeLimit.workingHours(4)),
                Fixtures.step("DECIDE", "POLICE", 2, true, TimeLimit.workingHours(5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("workflow PY: step budgets need 9 h");
    }
}
