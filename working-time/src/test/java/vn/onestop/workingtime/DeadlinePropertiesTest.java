package vn.onestop.workingtime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the working-time arithmetic that no table of cases can cover, checked on generated
 * receptions and limits with the national calendar of the years it covers (2025–2027): a due date is
 * a working moment; it never comes earlier for a longer limit or a later reception; a pause never
 * brings it earlier (and moves it by exactly the working time paused, unless it was already past);
 * adding working time and measuring it back agree; the clock starts at the first working moment.
 */
class DeadlinePropertiesTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();
    /** Receptions from here, so that due dates (at most 40 working days later) stay in the covered years. */
    private static final Instant FROM = Vn.at("2025-01-01T00:00");
    private static final long SPAN_MINUTES = Duration.between(FROM, Vn.at("2027-09-30T00:00")).toMinutes();

    @Provide
    Arbitrary<Instant> receptions() {
        return Arbitraries.longs().between(0, SPAN_MINUTES).map(minutes -> FROM.plus(Duration.ofMinutes(minutes)));
    }

    @Provide
    Arbitrary<TimeLimit> workingLimits() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 40).map(TimeLimit::workingDays),
                Arbitraries.integers().between(1, 80).map(TimeLimit::workingHours));
    }

    /** On a working day, within a working period (its end included: a due date may be the period's last moment). */
    private static boolean workingMoment(Instant instant) {
        ZonedDateTime local = instant.atZone(VN.zone());
        if (!VN.isWorkingDay(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return VN.workingPeriods().stream()
                .anyMatch(p -> !time.isBefore(p.start()) && !time.isAfter(p.end()));
    }

    @Property
    void a_due_date_is_a_working_moment(@ForAll("receptions") Instant received, @ForAll("workingLimits") TimeLimit limit) {
        Deadline d = Deadline.compute(VN, received, limit);
        assertThat(workingMoment(d.due().toInstant())).as("%s + %s = %s", received.atZone(VN.zone()), limit, d.due())
                .isTrue();
        assertThat(d.due().toInstant()).isAfter(received);
    }

    @Property
    void a_longer_limit_is_never_due_earlier(@ForAll("receptions") Instant received,
                                             @ForAll @IntRange(min = 1, max = 39) int days) {
        Instant shorter = Deadline.compute(VN, received, TimeLimit.workingDays(days)).due().toInstant();
        Instant longer = Deadline.compute(VN, received, TimeLimit.workingDays(days + 1)).due().toInstant();
        assertThat(longer).isAfter(shorter);
        assertThat(WorkingTime.workingTimeBetween(VN, shorter, longer)).isEqualTo(VN.workingDayLength());
    }

    @Property
    void a_later_reception_is_never_due_earlier(@ForAll("receptions") Instant first,
                                                @ForAll @IntRange(min = 0, max = 20_000) int minutesLater,
                                                @ForAll("workingLimits") TimeLimit limit) {
        Instant second = first.plus(Duration.ofMinutes(minutesLater));
        assertThat(Deadline.compute(VN, second, limit).due())
                .isAfterOrEqualTo(Deadline.compute(VN, first, limit).due());
    }

    @Property
    void a_pause_never_brings_the_due_date_earlier(@ForAll("receptions") Instant received,
                                                   @ForAll("workingLimits") TimeLimit limit,
                                                   @ForAll @IntRange(min = 0, max = 30_000) int startsAfter,
                                                   @ForAll @IntRange(min = 1, max = 30_000) int lasts) {
        Deadline before = Deadline.compute(VN, received, limit);
        Instant from = received.plus(Duration.ofMinutes(startsAfter));
        Instant to = from.plus(Duration.ofMinutes(lasts));
        Deadline after = before.pause(VN, PauseReason.SUPPLEMENT, from, to);
        assertThat(after.due()).isAfterOrEqualTo(before.due());
        // moved by exactly the working time spent paused; a round starting after the due date does
        // not move it (an overdue dossier stays overdue)
        Duration moved = WorkingTime.workingTimeBetween(VN, before.due().toInstant(), after.due().toInstant());
        assertThat(moved).isEqualTo(from.isBefore(before.due().toInstant())
                ? WorkingTime.workingTimeBetween(VN, from, to) : Duration.ZERO);
    }

    @Property
    void adding_working_time_and_measuring_it_back_agree(@ForAll("receptions") Instant received,
                                                         @ForAll @IntRange(min = 0, max = 20_000) int minutes) {
        Instant start = WorkingTime.clockStart(VN, received);
        Duration amount = Duration.ofMinutes(minutes);
        Instant end = WorkingTime.addWorkingTime(VN, start, amount);
        assertThat(WorkingTime.workingTimeBetween(VN, start, end)).isEqualTo(amount);
        assertThat(end).isAfterOrEqualTo(start);
    }

    @Property
    void the_clock_starts_at_a_working_moment_not_before_the_reception(@ForAll("receptions") Instant received) {
        Instant start = WorkingTime.clockStart(VN, received);
        assertThat(start).isAfterOrEqualTo(received);
        assertThat(workingMoment(start)).isTrue();
        assertThat(WorkingTime.workingTimeBetween(VN, received, start)).as("no working time skipped").isZero();
    }
}
