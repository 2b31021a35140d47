package vn.onestop.processing.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.contracts.resultdata.DecisionBound;
import vn.onestop.contracts.resultdata.ResultFieldRule;
import vn.onestop.contracts.resultdata.ResultFieldType;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.TimeLimitUnit;

/**
 * The shipped workflows of P1–P13: they load, fit their statutory limits and agree with intake's
 * procedure catalog and administration data (read from the sibling module's sources, so a change
 * on either side that breaks the agreement fails here).
 */
class BundledWorkflowsTest {

    private static final WorkflowCatalog CATALOG = WorkflowCatalog.bundled();
    private static final Path INTAKE_CATALOG = Path.of("..", "intake-service", "src", "main", "resources", "catalog");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyProcedureP1ToP13HasExactlyOneWorkflow() {
        assertThat(CATALOG.procedureIds()).containsExactly(
                "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12", "P13");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12", "P13"})
    void stepBudgetsFitTheStatutoryLimit(String procedureId) {
        WorkflowDefinition d = CATALOG.get(procedureId);

        assertThat(d.requiredWorkingTime()).isPositive().isLessThanOrEqualTo(d.statutoryWorkingTime());
        assertThat(d.decidingStep().parallelGroup()).isEqualTo(d.lastGroup());
        assertThat(d.requiredResultFields()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12", "P13"})
    void agreesWithIntakeProcedureCatalog(String procedureId) throws IOException {
        JsonNode entry = intakeProcedure(procedureId);
        WorkflowDefinition d = CATALOG.get(procedureId);

        JsonNode limit = entry.get("timeLimit");
        assertThat(d.timeLimit()).isEqualTo(new TimeLimit(limit.get("value").asInt(),
                TimeLimitUnit.valueOf(limit.get("unit").asText())));
        assertThat(d.name()).isEqualTo(entry.get("name").asText());
        assertThat(d.resultKind()).isEqualTo(entry.get("resultKind").asText());
        assertThat(d.instant()).isEqualTo(entry.get("instant").asBoolean());
        List<ResultFieldRule> fields = new ArrayList<>();
        entry.get("resultFields").forEach(f -> fields.add(new ResultFieldRule(f.get("name").asText(),
                f.get("required").asBoolean(), f.hasNonNull("type") ? ResultFieldType.valueOf(f.get("type").asText()) : null,
                f.hasNonNull("bound") ? DecisionBound.valueOf(f.get("bound").asText()) : null)));
        assertThat(d.resultFields()).containsExactlyElementsOf(fields);
        // the competent agency decides
        assertThat(d.decidingStep().agencyType()).isEqualTo(entry.get("competentAgency").get("type").asText());
        assertThat(d.decidingStep().level()).isEqualTo(entry.get("competentAgency").get("level").asText());
    }

    @Test
    void everyStepNamesAnAgencyTypeAndLevelOfTheAdministrationData() throws IOException {
        Path file = INTAKE_CATALOG.resolve("administration.json");
        assertThat(file).as("intake-service sources next to this module: the agreement is checked on every build")
                .exists();
        JsonNode admin = MAPPER.readTree(file.toFile());
        Set<String> types = new HashSet<>();
        admin.get("agencyTypes").forEach(t -> types.add(t.get("code").asText()));
        Set<String> levels = new HashSet<>();
        admin.get("levels").forEach(l -> levels.add(l.get("code").asText()));

        for (WorkflowDefinition d : CATALOG.all()) {
            for (WorkflowStep s : d.steps()) {
                assertThat(types).as(d.procedureId() + " " + s.id()).contains(s.agencyType());
                assertThat(levels).as(d.procedureId() + " " + s.id()).contains(s.level());
            }
        }
    }

    @Test
    void onlyTheCertifiedCopyIsInstant() {
        assertThat(CATALOG.all()).filteredOn(WorkflowDefinition::instant)
                .extracting(WorkflowDefinition::procedureId).containsExactly("P13");
    }

    @Test
    void permanentResidenceIsReceivedAppraisedAndApprovedByCommunePolice() {
        WorkflowDefinition p2 = CATALOG.get("P2");

        assertThat(p2.steps()).extracting(WorkflowStep::id, WorkflowStep::budget, WorkflowStep::parallelGroup)
                .containsExactly(
                        tuple("RECEIVE_CHECK", TimeLimit.workingDays(1), 1),
                        tuple("APPRAISE", TimeLimit.workingDays(4), 2),
                        tuple("APPROVE_UPDATE", TimeLimit.workingDays(2), 3));
        assertThat(p2.steps()).allSatisfy(s -> {
            assertThat(s.agencyType()).isEqualTo("POLICE");
            assertThat(s.level()).isEqualTo("COMMUNE");
        });
    }

    @Test
    void landTransferGoesThroughTheTaxAuthorityAsAPartner() {
        WorkflowDefinition p10 = CATALOG.get("P10");

        assertThat(p10.steps()).extracting(WorkflowStep::agencyType)
                .containsExactly("LAND_REGISTRATION", "LAND_REGISTRATION", "TAX", "LAND_REGISTRATION");
        assertThat(p10.step("TAX_NOTICE").orElseThrow().partner()).isTrue();
        assertThat(p10.decidingStep().id()).isEqualTo("UPDATE_CERTIFICATE");
    }

    @Test
    void businessStartUpForwardsToSocialSecurityAndTaxInParallel() {
        WorkflowDefinition p9 = CATALOG.get("P9");

        assertThat(p9.stepsInGroup(2)).extracting(WorkflowStep::agencyType).containsExactly("SOCIAL_SECURITY", "TAX");
        assertThat(p9.decidingStep().agencyType()).isEqualTo("BUSINESS_REGISTRATION");
        assertThat(CATALOG.get("P8").steps()).extracting(WorkflowStep::agencyType)
                .contains("BUSINESS_REGISTRATION", "TAX");
    }

    @Test
    void constructionPermitHasACommuneAppraisalWithOneSupplementRequestAndALeaderApproval() {
        WorkflowDefinition p12 = CATALOG.get("P12");

        WorkflowStep appraisal = p12.step("APPRAISE_SITE").orElseThrow();
        assertThat(appraisal.budget()).isEqualTo(TimeLimit.workingDays(4));
        assertThat(appraisal.maxSupplementRequests()).isEqualTo(1);
        assertThat(p12.decidingStep().id()).isEqualTo("APPROVE_SIGN");
        assertThat(p12.decidingStep().level()).isEqualTo("COMMUNE");
        assertThat(p12.timeLimit()).as("from 1 Jul 2026").isEqualTo(TimeLimit.workingDays(7));
    }

    /** Every earlier version of the catalog keeps its limit up to its last day, for previews and old cases. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12", "P13"})
    void earlierVersionsKeepTheirLimitUpToTheirLastDay(String procedureId) throws IOException {
        WorkflowDefinition d = CATALOG.get(procedureId);
        int earlier = 0;
        for (JsonNode entry : MAPPER.readTree(INTAKE_CATALOG.resolve("procedures.json").toFile()).get("entries")) {
            if (!entry.get("id").asText().equals(procedureId) || !entry.hasNonNull("effectiveTo")) {
                continue;
            }
            earlier++;
            java.time.LocalDate last = java.time.LocalDate.parse(entry.get("effectiveTo").asText());
            JsonNode limit = entry.get("timeLimit");
            assertThat(d.timeLimitOn(last)).as(procedureId + " v" + entry.get("version") + " on its last day")
                    .isEqualTo(new TimeLimit(limit.get("value").asInt(), TimeLimitUnit.valueOf(limit.get("unit").asText())));
            assertThat(d.timeLimitOn(last.plusDays(1))).as("the day after").isNotEqualTo(d.timeLimitOn(last));
        }
        assertThat(d.earlierTimeLimits()).hasSize(earlier);
    }

    @Test
    void theConstructionPermitLimitChangedOnTheFirstOfJuly2026() {
        WorkflowDefinition p12 = CATALOG.get("P12");
        assertThat(p12.timeLimitOn(java.time.LocalDate.of(2026, 6, 30))).isEqualTo(new TimeLimit(15, TimeLimitUnit.CALENDAR_DAYS));
        assertThat(p12.timeLimitOn(java.time.LocalDate.of(2026, 7, 1))).isEqualTo(TimeLimit.workingDays(7));
        assertThat(p12.timeLimitOn(java.time.LocalDate.of(2025, 7, 1))).isEqualTo(new TimeLimit(15, TimeLimitUnit.CALENDAR_DAYS));
    }

    private static JsonNode intakeProcedure(String procedureId) throws IOException {
        Path file = INTAKE_CATALOG.resolve("procedures.json");
        assertThat(file).as("intake-service sources next to this module: the agreement is checked on every build")
                .exists();
        // the workflow follows the latest version; earlier versions' dossiers keep their own limit
        JsonNode latest = null;
        for (JsonNode entry : MAPPER.readTree(file.toFile()).get("entries")) {
            if (entry.get("id").asText().equals(procedureId)
                    && (latest == null || entry.get("version").asInt() > latest.get("version").asInt())) {
                latest = entry;
            }
        }
        if (latest == null) {
            throw new AssertionError(procedureId + " is not in intake's procedure catalog");
        }
        return latest;
    }
}
