package vn.onestop.intake.appointment;

import org.junit.jupiter.api.Test;
import vn.onestop.intake.appointment.domain.Slots;
import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkCalendars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Appointment slots on fixed days of the shipped calendar, which holds the days off of 2025–2027. */
class SlotsTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aWorkingDayHasItsSlotsAndAHolidayNone() {
        assertThat(Slots.ofDay(VN, LocalDate.of(2027, 12, 30), 30)).hasSize(16);
        assertThat(Slots.ofDay(VN, LocalDate.of(2027, 1, 1), 30)).isEmpty();
    }

    @Test
    void aDayOfAYearTheCalendarDoesNotCoverOffersNoSlotAndABookingSaysWhy() {
        // Monday 3 January 2028 is a weekday; whether it is a day off is not known yet
        LocalDate unknown = LocalDate.of(2028, 1, 3);
        assertThat(Slots.ofDay(VN, unknown, 30)).isEmpty();

        var now = LocalDateTime.of(2027, 12, 20, 9, 0).atZone(PROVINCE).toInstant();
        var start = LocalDateTime.of(2028, 1, 3, 7, 0).atZone(PROVINCE).toInstant();
        assertThat(Slots.refusal(VN, start, now, 30, 60)).hasValueSatisfying(reason ->
                assertThat(reason).contains("2028", "does not hold"));
        var known = LocalDateTime.of(2027, 12, 30, 7, 0).atZone(PROVINCE).toInstant();
        assertThat(Slots.refusal(VN, known, now, 30, 60)).isEmpty();
    }

    @Test
    void aSlotAtTheEndOfTimeIsBeyondTheHorizonNotAnError() {
        var now = LocalDateTime.of(2027, 12, 20, 9, 0).atZone(PROVINCE).toInstant();

        // +999999999-12-31T23:59:59Z has no local date in Asia/Ho_Chi_Minh (UTC+7)
        assertThat(Slots.refusal(VN, Instant.parse("+999999999-12-31T23:59:59Z"), now, 30, 60))
                .contains("is more than 60 days ahead");
        assertThat(Slots.refusal(VN, Instant.parse("-999999999-01-01T00:00:00Z"), now, 30, 60))
                .contains("is in the past");
    }
}
