package vn.onestop.workingtime;

import java.time.LocalDate;

/**
 * The years whose days off a calendar holds (the government announces each year's holidays, swaps
 * and make-up days during the year before). Outside them a calendar knows only its weekends: it
 * cannot tell a Tết from a weekday.
 *
 * @param from    the first year, inclusive
 * @param through the last year, inclusive
 */
public record YearRange(int from, int through) {

    public YearRange {
        if (through < from) {
            throw new IllegalArgumentException("coveredYears: through " + through + " is before from " + from);
        }
    }

    public boolean contains(int year) {
        return year >= from && year <= through;
    }

    public boolean contains(LocalDate date) {
        return contains(date.getYear());
    }

    /** The last day the calendar knows the days off of. */
    public LocalDate lastDay() {
        return LocalDate.of(through, 12, 31);
    }

    @Override
    public String toString() {
        return from == through ? Integer.toString(from) : from + "–" + through;
    }
}
