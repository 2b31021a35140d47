package vn.onestop.workingtime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public holiday or any other day off declared for the agency (a compensatory day off, a
 * swapped day). It may fall on a weekend day: it then only makes the explanation more precise.
 *
 * @param source where the date comes from (legal text, official notice, news report)
 * @param verify true when the date is computed or guessed and an operator should confirm it
 */
public record Holiday(LocalDate date, String name, String source, boolean verify) {

    public Holiday {
        Objects.requireNonNull(date, "date is required");
        name = requireText(name, "name");
        source = requireText(source, "source");
    }

    public Holiday(LocalDate date, String name, String source) {
        this(date, name, source, false);
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
