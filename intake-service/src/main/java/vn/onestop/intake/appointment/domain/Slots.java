package vn.onestop.intake.appointment.domain;

import vn.onestop.workingtime.WorkCalendar;
import vn.onestop.workingtime.WorkingPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counter appointment slots of a service centre: fixed-length slots inside the working periods
 * of its calendar, on working days only, and only in the years whose days off the calendar holds
 * (an appointment on a Tết the calendar does not know yet would be a promise the centre breaks).
 * Plain Java; the calendar is the centre's.
 */
public final class Slots {

    private Slots() {
    }

    /** Every slot start of a day, in order; none on a day off or a day of a year the calendar does not cover. */
    public static List<ZonedDateTime> ofDay(WorkCalendar calendar, LocalDate day, int slotMinutes) {
        List<ZonedDateTime> starts = new ArrayList<>();
        if (!calendar.isWorkingDay(day) || !calendar.knowsDaysOffOf(day)) {
            return starts;
        }
        for (WorkingPeriod period : calendar.workingPeriods()) {
            for (LocalTime t = period.start(); !t.plusMinutes(slotMinutes).isAfter(period.end())
                    && !t.plusMinutes(slotMinutes).isBefore(t); t = t.plusMinutes(slotMinutes)) {
                starts.add(LocalDateTime.of(day, t).atZone(calendar.zone()));
            }
        }
        return starts;
    }

    /**
     * Why a requested slot start cannot be booked, or empty when it can: it must be one of the
     * day's slots, in the future and within the booking horizon.
     */
    public static Optional<String> refusal(WorkCalendar calendar, Instant slotStart, Instant now, int slotMinutes,
                                           int horizonDays) {
        if (!slotStart.isAfter(now)) {
            return Optional.of("is in the past");
        }
        if (slotStart.isAfter(now.plusSeconds(horizonDays * 86_400L))) {
            return Optional.of("is more than " + horizonDays + " days ahead");
        }
        // only now, within the horizon: an instant near Instant.MAX has no local date in any zone east of UTC
        ZonedDateTime local = slotStart.atZone(calendar.zone());
        if (!calendar.knowsDaysOffOf(local.toLocalDate())) {
            return Optional.of("falls in " + local.getYear() + ", whose days off the centre's calendar does not hold "
                    + "yet; appointments open once they are loaded");
        }
        Optional<String> dayOff = calendar.dayOffReason(local.toLocalDate());
        if (dayOff.isPresent()) {
            return Optional.of("falls on a day off (" + dayOff.get() + ")");
        }
        boolean isSlot = ofDay(calendar, local.toLocalDate(), slotMinutes).stream()
                .anyMatch(start -> start.toInstant().equals(slotStart));
        return isSlot ? Optional.empty()
                : Optional.of("is not the start of a " + slotMinutes + "-minute slot within working hours "
                + calendar.workingPeriods());
    }
}
