package vn.onestop.processing.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.onestop.processing.workflow.domain.Fixtures.at;
import static vn.onestop.processing.workflow.domain.Fixtures.odt;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.workingtime.PauseReason;
import vn.onestop.workingtime.TimeLimit;
import vn.onestop.workingtime.TimeLimitUnit;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkCalendars;

/**
 * Step due dates: budget added in working time from the opening (07:00–11:30, 13:30–17:00,
 * Sat+Sun off), capped at the dossier's due. Worked out by hand in the last column.
 */
class StepDueTest {

    private static final WorkCalendar PLAIN = WorkCalendar.builder().build();

    private static WorkflowStep step(int value, TimeLimitUnit unit) {
        return new WorkflowStep("APPRAISE", "Thẩm định", "POLICE", "COMMUNE", new TimeLimit(value, unit), 1, true);
    }

    @ParameterizedTest(name = "[{index}] {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # opened          | n  | unit          | dossier due      | budget due       | due              | capped | why
            2026-03-13T15:00  | 1  | WORKING_DAYS  | 2026-03-20T17:00 | 2026-03-16T15:00 | 2026-03-16T15:00 | false  | Friday 2 h, weekend skipped, Monday 6 h
            2026-03-13T16:00  | 4  | WORKING_HOURS | 2026-03-20T17:00 | 2026-03-16T10:00 | 2026-03-16T10:00 | false  | Friday 1 h, Monday 07:00-10:00
            2026-03-13T17:30  | 2  | WORKING_HOURS | 2026-03-20T17:00 | 2026-03-16T09:00 | 2026-03-16T09:00 | false  | opened after closing on Friday: the clock starts Monday 07:00
            2026-03-14T10:00  | 1  | WORKING_DAYS  | 2026-03-20T17:00 | 2026-03-16T17:00 | 2026-03-16T17:00 | false  | opened on Saturday: Monday 07:00-17:00
            2026-03-09T10:00  | 4  | WORKING_HOURS | 2026-03-20T17:00 | 2026-03-09T16:00 | 2026-03-09T16:00 | false  | across lunch: 1.5 h + 2.5 h
            2026-03-12T09:00  | 4  | WORKING_DAYS  | 2026-03-16T17:00 | 2026-03-18T09:00 | 2026-03-16T17:00 | true   | budget ends Wednesday but the dossier is due Monday 17:00
            2026-03-16T09:00  | 1  | WORKING_DAYS  | 2026-03-16T09:00 | 2026-03-17T09:00 | 2026-03-16T09:00 | true   | opened at the dossier's due: due at once
            2026-03-17T08:00  | 1  | WORKING_DAYS  | 2026-03-16T17:00 | 2026-03-18T08:00 | 2026-03-16T17:00 | true   | opened after the dossier's due: overdue from the start
            2026-03-13T14:00  | 0  | SAME_DAY      | 2026-03-20T17:00 | 2026-03-13T17:00 | 2026-03-13T17:00 | false  | same-day budget before the cut-off: end of the day
            2026-03-13T15:30  | 0  | SAME_DAY      | 2026-03-20T17:00 | 2026-03-16T17:00 | 2026-03-16T17:00 | false  | after the 15:00 cut-off on Friday: end of Monday
            """)
    void stepDueIsTheBudgetFromOpeningCappedAtTheDossierDue(String opened, int value, TimeLimitUnit unit, String dossierDue,
                                                            String budgetDue, String due, boolean capped, String why) {
        StepDue d = StepDue.compute(PLAIN, step(value, unit), at(opened), odt(dossierDue));

        assertThat(d.budget().due()).isEqualTo(odt(budgetDue));
        assertThat(d.due()).isEqualTo(odt(due));
        assertThat(d.cappedByDossierDue()).isEqualTo(capped);
        assertThat(d.stepId()).isEqualTo("APPRAISE");
    }

    @Test
    void theTetBreakIsSkippedWithTheShippedCalendar() {
        StepDue d = StepDue.compute(WorkCalendars.vietnamDefault(), step(1, TimeLimitUnit.WORKING_DAYS),
                at("2026-02-13T10:00"), odt("2026-03-02T17:00"));

        // Friday 13 Feb 10:00-17:00 is 5 h; 14-22 Feb off; Monday 23 Feb 07:00-10:00 is 3 h
        assertThat(d.due()).isEqualTo(odt("2026-02-23T10:00"));
    }

    @Test
    void aPauseMovesTheStepDueByThePausedWorkingTimeAndTakesTheNewCap() {
        StepDue d = StepDue.compute(PLAIN, step(2, TimeLimitUnit.WORKING_DAYS), at("2026-03-09T09:00"), odt("2026-03-12T09:00"));
        assertThat(d.due()).isEqualTo(odt("2026-03-11T09:00"));

        // paused Monday 10:00 to Tuesday 10:00: 8 h of working time
        StepDue resumed = d.pause(PLAIN, PauseReason.SUPPLEMENT, at("2026-03-09T10:00"), at("2026-03-10T10:00"),
                odt("2026-03-13T09:00"));

        assertThat(resumed.due()).isEqualTo(odt("2026-03-12T09:00"));
        assertThat(resumed.budget().pauses()).hasSize(1);
        assertThat(resumed.dossierDue()).isEqualTo(odt("2026-03-13T09:00"));
    }

    @Test
    void anApologyLetterMovesOnlyTheCap() {
        StepDue d = StepDue.compute(PLAIN, step(4, TimeLimitUnit.WORKING_DAYS), at("2026-03-12T09:00"), odt("2026-03-16T17:00"));

        StepDue later = d.withDossierDue(odt("2026-03-20T17:00"));

        assertThat(d.due()).isEqualTo(odt("2026-03-16T17:00"));
        assertThat(later.due()).isEqualTo(odt("2026-03-18T09:00"));
        assertThat(later.cappedByDossierDue()).isFalse();
    }

    @Test
    void theStepsOfAnOpenedParallelGroupGetTheirOwnDueDates() {
        WorkflowDefinition p9 = WorkflowCatalog.bundled().get("P9");

        List<StepDue> dues = StepDue.computeAll(PLAIN, p9, List.of("SOCIAL_INSURANCE_LABOUR", "INVOICE_REGISTRATION"),
                at("2026-03-13T13:30"), odt("2026-03-18T13:30"));

        // 12 h: Friday 3.5 h, Monday 8 h, Tuesday 0.5 h; 8 h: Friday 3.5 h, Monday 07:00-11:30
        assertThat(dues).extracting(StepDue::stepId, StepDue::due).containsExactly(
                tuple("SOCIAL_INSURANCE_LABOUR", odt("2026-03-17T07:30")),
                tuple("INVOICE_REGISTRATION", odt("2026-03-16T11:30")));
    }

    @Test
    void aDossierDueWithAnotherOffsetIsShownInTheCalendarZone() {
        StepDue d = StepDue.compute(PLAIN, step(4, TimeLimitUnit.WORKING_DAYS), at("2026-03-12T09:00"),
                odt("2026-03-16T17:00").withOffsetSameInstant(ZoneOffset.UTC));

        assertThat(d.due()).isEqualTo(odt("2026-03-16T17:00"));
        assertThat(d.due().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    }
}
