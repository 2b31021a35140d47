package vn.onestop.processing.deadline.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.processing.deadline.domain.WatchRule.Alert;
import vn.onestop.processing.deadline.domain.WatchRule.Watched;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkCalendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moment the watch next looks at a clock, with the national calendar (working periods 07:00–11:30
 * and 13:30–17:00, 8 h a day; Monday 9 March 2026 is an ordinary week's Monday), and what it
 * announces around that moment: nothing a microsecond before, something at it.
 */
class WatchRuleTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration TICK = Duration.of(1, ChronoUnit.MICROS);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    private static Watched clock(String kind, String created, String due, boolean running, boolean atRisk, boolean overdue) {
        Instant dueAt = "-".equals(due) ? null : at(due);
        Duration within = "step".equals(kind) ? WatchRule.stepAtRiskWithin(VN, at(created), dueAt)
                : WatchRule.dossierAtRiskWithin(VN);
        return new Watched(dueAt, within, running, atRisk, overdue);
    }

    @ParameterizedTest(name = "[{index}] {7}")
    @CsvSource(delimiter = '|', textBlock = """
            dossier | -                | 2026-03-10T10:00 | true  | false | false | 2026-03-09T10:00          | on time: at risk one working day before the due date
            dossier | -                | 2026-03-10T17:00 | true  | false | false | 2026-03-09T17:00          | due at closing: at risk from the evening before, nothing counts overnight
            dossier | -                | 2026-03-16T09:00 | true  | false | false | 2026-03-13T09:00          | due on a Monday 09:00: 2 h on Monday, 3.5 h on Friday afternoon, 2.5 h of its morning
            dossier | -                | 2026-03-10T10:00 | true  | true  | false | 2026-03-10T10:00:00.000001 | announced at risk: overdue the first microsecond after the due date
            dossier | -                | 2026-03-10T10:00 | true  | true  | true  | none                      | announced overdue: nothing left to announce
            dossier | -                | 2026-03-10T10:00 | true  | false | true  | none                      | overdue without an at-risk alert (it came too late): nothing left
            dossier | -                | 2026-03-10T10:00 | false | false | false | none                      | paused for a supplement or a payment: its clock stands
            dossier | -                | 2026-03-17T10:00 | true  | false | false | 2026-03-16T10:00          | an apology gave a new date and reset the alerts: at risk again a day before it
            dossier | -                | -                | true  | false | false | none                      | no due date
            step    | 2026-03-10T09:00 | 2026-03-10T10:00 | true  | false | false | 2026-03-10T09:30          | a one-hour step: at risk with half its budget left
            step    | 2026-03-09T10:00 | 2026-03-11T10:00 | true  | false | false | 2026-03-10T10:00          | a two-day step: at risk with one working day left
            step    | 2026-03-09T10:00 | 2026-03-11T10:00 | false | false | false | none                      | a step done, or of a paused dossier
            step    | 2026-03-09T10:00 | 2026-03-11T10:00 | true  | true  | false | 2026-03-11T10:00:00.000001 | a step announced at risk: overdue next
            """)
    void the_next_look_is_the_first_moment_with_something_to_announce(String kind, String created, String due,
                                                                       boolean running, boolean atRisk, boolean overdue,
                                                                       String expected, String why) {
        Watched clock = clock(kind, created, due, running, atRisk, overdue);
        var next = WatchRule.nextLook(VN, clock);
        if ("none".equals(expected)) {
            assertThat(next).isEmpty();
            return;
        }
        assertThat(next).contains(at(expected));
        assertThat(WatchRule.alertAt(VN, clock, next.get())).as("at the moment").isNotEqualTo(Alert.NONE);
        assertThat(WatchRule.alertAt(VN, clock, next.get().minus(TICK))).as("a microsecond before").isEqualTo(Alert.NONE);
    }

    @ParameterizedTest(name = "[{index}] {5}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-09T09:59          | false | false | true  | NONE     | more than a working day left
            2026-03-09T10:00          | false | false | true  | AT_RISK  | exactly one working day left
            2026-03-09T18:00          | false | false | true  | AT_RISK  | in the evening, 3 h left
            2026-03-10T10:00          | false | false | true  | AT_RISK  | at the due instant itself
            2026-03-10T10:00:00.000001 | false | false | true  | OVERDUE  | just past it
            2026-03-12T10:00          | false | false | true  | OVERDUE  | long past it, never announced at risk: overdue at once
            2026-03-09T12:00          | true  | false | true  | NONE     | at risk already announced
            2026-03-12T10:00          | true  | true  | true  | NONE     | overdue already announced
            2026-03-12T10:00          | false | false | false | NONE     | paused: nothing, however late
            """)
    void what_is_announced(String now, boolean atRisk, boolean overdue, boolean running, Alert expected, String why) {
        Watched clock = new Watched(at("2026-03-10T10:00"), WatchRule.dossierAtRiskWithin(VN), running, atRisk, overdue);
        assertThat(WatchRule.alertAt(VN, clock, at(now))).isEqualTo(expected);
    }
}
