package vn.onestop.intake.catalog.rest;

import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Collects every wrong query parameter so that one 400 names them all. */
final class QueryParams {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final List<Problem.Violation> violations = new ArrayList<>();

    LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            reject(field, "must be a date YYYY-MM-DD");
            return fallback;
        }
    }

    int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        return DEFAULT_LIMIT;
    }

    /** The value, or null when absent; a value the predicate refuses is reported. */
    String oneOf(String field, String value, Predicate<String> known, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!known.test(value.trim())) {
            reject(field, "must be one of " + allowed);
            return null;
        }
        return value.trim();
    }

    String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            reject(field, "must have at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    void reject(String field, String message) {
        violations.add(new Problem.Violation(field, message));
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream().map(v -> v.field() + " " + v.message())
                    .collect(Collectors.joining("; ")), violations);
        }
    }
}
