package vn.onestop.workingtime;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What an operator must know of a calendar before its data runs out: until when it holds the days
 * off, how many days are left, which of its coming days off are still guesses ({@code verify}), and
 * a warning once the end of the covered years is near (the government announces next year's days
 * off during the autumn; a calendar not completed by then makes due dates early from 1 January).
 *
 * @param calendar   the calendar's agency
 * @param through    the last year whose days off it holds; null for a calendar that lists none
 * @param daysLeft   days from {@code today} to the last day it knows (negative once past); null
 *                   without covered years
 * @param unverified the coming days off and make-up days marked {@code verify}, "2027-02-05 Tết
 *                   Nguyên đán", earliest first
 * @param warning    what the operator must do, or null while nothing is needed
 */
public record CalendarCoverage(String calendar, Integer through, Long daysLeft, List<String> unverified,
                               String warning) {

    /** How long before the end of the covered years operators are warned, unless configured. */
    public static final int DEFAULT_WARNING_DAYS = 92;

    public CalendarCoverage {
        Objects.requireNonNull(calendar, "calendar");
        unverified = List.copyOf(unverified);
    }

    public static CalendarCoverage of(WorkCalendar calendar, LocalDate today, int warningDays) {
        List<DayMark> marks = new ArrayList<>();
        calendar.holidays().stream().filter(Holiday::verify).filter(h -> !h.date().isBefore(today))
                .forEach(h -> marks.add(new DayMark(h.date(), h.name() + " (day off)")));
        calendar.makeUpWorkingDays().stream().filter(MakeUpWorkingDay::verify).filter(m -> !m.date().isBefore(today))
                .forEach(m -> marks.add(new DayMark(m.date(), m.name() + " (make-up working day)")));
        List<String> unverified = marks.stream().sorted(Comparator.comparing(DayMark::date))
                .map(m -> m.date() + " " + m.text()).toList();
        YearRange years = calendar.coveredYears().orElse(null);
        if (years == null) {
            return new CalendarCoverage(calendar.agency(), null, null, unverified, null);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, years.lastDay());
        String warning = null;
        int next = years.through() + 1;
        if (daysLeft < 0) {
            warning = "calendar '" + calendar.agency() + "' holds the days off through " + years.through()
                    + " only: since " + LocalDate.of(next, 1, 1) + " due dates count every day off as a working day "
                    + "and are flagged provisional; load the days off of " + today.getYear() + " now";
        } else if (daysLeft < warningDays) {
            warning = "calendar '" + calendar.agency() + "' holds the days off through " + years.through()
                    + " only: load the days off of " + next + " before " + years.lastDay() + " (" + daysLeft
                    + " days left); due dates reaching into " + next + " are flagged provisional until then";
        }
        return new CalendarCoverage(calendar.agency(), years.through(), daysLeft, unverified, warning);
    }

    private record DayMark(LocalDate date, String text) {
    }
}
