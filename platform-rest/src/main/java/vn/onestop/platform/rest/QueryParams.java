package vn.onestop.platform.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of one request and collects every wrong one, so that one 400
 * (problem type {@code validation}) names them all, each violation by its parameter's name:
 *
 * <pre>{@code
 * QueryParams params = new QueryParams();
 * Status status = params.enumValue("status", statusParam, Status.class);
 * int size = params.limit(limit, 200);
 * params.throwIfAny();
 * }</pre>
 *
 * An absent or blank parameter is absent: the readers answer null, or the fallback they are given.
 * Values are trimmed before they are read. A reader answers null (or the fallback) for a wrong
 * value too; {@link #throwIfAny()} then refuses the request before the value is used.
 */
public final class QueryParams {

    /**
     * The years a date or date-time may name: four digits, as ISO-8601 writes them, and within what
     * PostgreSQL stores (a year like -999999999 reaches it as "timestamp out of range", a 500). The
     * same bound holds for dates in JSON bodies ({@link DateBounds}) and typed parameters
     * ({@link ParameterConverters}).
     */
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;
    /** How a violation of the years says what is allowed. */
    static final String WITHIN_YEARS = "must be within the years " + FIRST_YEAR + " to " + LAST_YEAR;

    private final List<Problem.Violation> violations = new ArrayList<>();

    /** A page size the framework has already read as a number ({@code @DefaultValue}): 1 to {@code max}. */
    public int limit(int value, int max) {
        if (value < 1 || value > max) {
            rejectLimit(max);
        }
        return value;
    }

    /** A page size given as text: a whole number from 1 to {@code max}, {@code fallback} when absent. */
    public int limit(String value, int fallback, int max) {
        if (isAbsent(value)) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below, with the out-of-range values
        }
        rejectLimit(max);
        return fallback;
    }

    /** The constant of that exact name (case matters), null when absent. */
    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (isAbsent(value)) {
            return null;
        }
        String name = value.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        reject(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    /**
     * The value when {@code known} accepts it, null when absent: for codes that are data (agency
     * types, administrative units) rather than an enum. {@code allowed} is listed in the violation.
     */
    public String oneOf(String field, String value, Predicate<String> known, Collection<String> allowed) {
        if (isAbsent(value)) {
            return null;
        }
        String trimmed = value.trim();
        if (!known.test(trimmed)) {
            reject(field, "must be one of " + allowed);
            return null;
        }
        return trimmed;
    }

    /** A day, {@code YYYY-MM-DD}, of the years 1 to 9999; {@code fallback} when absent. */
    public LocalDate date(String field, String value, LocalDate fallback) {
        if (isAbsent(value)) {
            return fallback;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            reject(field, "must be a date YYYY-MM-DD");
            return fallback;
        }
        return inYears(field, day.getYear()) ? day : fallback;
    }

    /** An instant with its offset, e.g. {@code 2026-11-26T09:00:00+07:00}, of the years 1 to 9999; null when absent. */
    public OffsetDateTime dateTime(String field, String value) {
        if (isAbsent(value)) {
            return null;
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            reject(field, "must be an ISO-8601 date-time with offset");
            return null;
        }
        return inYears(field, at.getYear()) ? at : null;
    }

    private boolean inYears(String field, int year) {
        if (!withinYears(year)) {
            reject(field, WITHIN_YEARS);
            return false;
        }
        return true;
    }

    /** Whether a date of {@code year} is one the platform reads and stores. */
    static boolean withinYears(long year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Free text as given (not trimmed), at most {@code maxLength} characters; null when absent. */
    public String text(String field, String value, int maxLength) {
        if (isAbsent(value)) {
            return null;
        }
        if (value.length() > maxLength) {
            reject(field, "must have at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** A rule of the resource's own: the parameter is named in the same problem as the others. */
    public void reject(String field, String message) {
        violations.add(new Problem.Violation(field, message));
    }

    /** Refuses the request with one 400 naming every wrong parameter, in the order they were read. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream().map(v -> v.field() + " " + v.message())
                    .collect(Collectors.joining("; ")), violations);
        }
    }

    private void rejectLimit(int max) {
        reject("limit", "must be a whole number from 1 to " + max);
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
