package vn.onestop.workingtime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A weekend date that is worked, usually to make up for a weekday swapped into a holiday
 * (e.g. Saturday 10 Jan 2026 worked for Friday 2 Jan 2026 off). It has the normal working periods.
 */
public record MakeUpWorkingDay(LocalDate date, String name, String source, boolean verify) {

    public MakeUpWorkingDay {
        Objects.requireNonNull(date, "date is required");
        name = Holiday.requireText(name, "name");
        source = Holiday.requireText(source, "source");
    }

    public MakeUpWorkingDay(LocalDate date, String name, String source) {
        this(date, name, source, false);
    }
}
