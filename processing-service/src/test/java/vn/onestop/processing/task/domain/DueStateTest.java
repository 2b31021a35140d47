package vn.onestop.processing.task.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's due state is what the deadline watch announced for its step, the overdue alert winning. */
class DueStateTest {

    @ParameterizedTest(name = "at risk announced {0}, overdue announced {1}: {2}")
    @CsvSource(textBlock = """
            false, false, ON_TIME
            true,  false, AT_RISK
            false, true,  OVERDUE
            true,  true,  OVERDUE
            """)
    void the_overdue_alert_wins_over_the_at_risk_one(boolean atRisk, boolean overdue, DueState expected) {
        Task task = TaskAccessTest.taskOf("000.00.05.H22");
        task.atRiskAnnounced = atRisk;
        task.overdueAnnounced = overdue;
        assertThat(DueState.of(task)).isEqualTo(expected);
    }
}
