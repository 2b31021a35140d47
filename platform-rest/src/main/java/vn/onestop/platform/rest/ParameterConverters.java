package vn.onestop.platform.rest;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the typed parameters of every operation (whole numbers, UUIDs, dates, enums) and refuses a
 * value that is not of its type with a 400 problem+json (type {@code validation}) naming the
 * parameter: "query parameter limit: 'abc' is not a whole number". Without it RESTEasy answers a
 * query or path parameter it cannot convert with an unexplained 404 (what JAX-RS prescribes), and a
 * header with an unexplained 400. Values are trimmed; a blank value is absent (but in a path), so a
 * parameter with a {@code @DefaultValue} gets its default. Dates are held to the years of
 * {@link QueryParams}.
 * Other types are left to RESTEasy.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]+");
    /** The canonical form only: {@link UUID#fromString} also takes "0-0-0-0-0". */
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** How much of a refused value the answer quotes. */
    private static final int QUOTED = 40;

    private static final Map<Class<?>, Function<String, Object>> READERS = Map.of(
            int.class, v -> wholeNumber(v, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue(),
            Integer.class, v -> wholeNumber(v, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue(),
            long.class, v -> wholeNumber(v, Long.MIN_VALUE, Long.MAX_VALUE),
            Long.class, v -> wholeNumber(v, Long.MIN_VALUE, Long.MAX_VALUE),
            UUID.class, ParameterConverters::uuid,
            LocalDate.class, ParameterConverters::date,
            OffsetDateTime.class, ParameterConverters::dateTime);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, Object> reader = rawType.isEnum() ? v -> constant(v, rawType) : READERS.get(rawType);
        Named named = named(annotations);
        if (reader == null || named == null) {
            return null;
        }
        return (ParamConverter<T>) new Converter(named, rawType.isPrimitive(), defaultValue(annotations), reader);
    }

    /** A value of a parameter that is not of its type. */
    public static final class Refused extends WebApplicationException {

        private final transient Problem.Violation violation;

        Refused(String what, String name, String message) {
            super(what + " " + name + ": " + message, 400);
            this.violation = new Problem.Violation(name, message);
        }

        public Problem.Violation violation() {
            return violation;
        }
    }

    /** How the parameter is named in an answer: "query parameter" and "limit". */
    record Named(String what, String name) {

        boolean isPath() {
            return what.equals("path parameter");
        }
    }

    static Named named(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return new Named("query parameter", query.value());
            } else if (annotation instanceof PathParam path) {
                return new Named("path parameter", path.value());
            } else if (annotation instanceof HeaderParam header) {
                return new Named("header", header.value());
            } else if (annotation instanceof FormParam form) {
                return new Named("form field", form.value());
            } else if (annotation instanceof MatrixParam matrix) {
                return new Named("matrix parameter", matrix.value());
            } else if (annotation instanceof CookieParam cookie) {
                return new Named("cookie", cookie.value());
            }
        }
        return null;
    }

    private static String defaultValue(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof DefaultValue value) {
                return value.value();
            }
        }
        return null;
    }

    record Converter(Named named, boolean primitive, String fallback, Function<String, Object> reader)
            implements ParamConverter<Object> {

        @Override
        public Object fromString(String value) {
            String given = value == null ? "" : value;
            String text = given.trim();
            // a path segment is never absent: a blank one names nothing
            if (text.isEmpty() && !named.isPath()) {
                if (fallback != null && !fallback.isBlank()) {
                    given = fallback;
                    text = fallback.trim();
                } else if (!primitive) {
                    return null;
                }
            }
            try {
                return reader.apply(text);
            } catch (IllegalArgumentException e) {
                throw new Refused(named.what(), named.name(), "'" + quoted(given) + "' " + e.getMessage());
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }
    }

    private static String quoted(String value) {
        return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "...";
    }

    private static Long wholeNumber(String value, long min, long max) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException("is not a whole number");
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // beyond a long: refused below as out of range
        }
        throw new IllegalArgumentException("is not a whole number from " + min + " to " + max);
    }

    private static UUID uuid(String value) {
        if (!UUID_TEXT.matcher(value).matches()) {
            throw new IllegalArgumentException("is not a UUID (8-4-4-4-12 hexadecimal digits)");
        }
        return UUID.fromString(value);
    }

    private static LocalDate date(String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a date YYYY-MM-DD");
        }
        if (!QueryParams.withinYears(day.getYear())) {
            throw new IllegalArgumentException("is not within the years " + QueryParams.FIRST_YEAR + " to "
                    + QueryParams.LAST_YEAR);
        }
        return day;
    }

    private static OffsetDateTime dateTime(String value) {
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not an ISO-8601 date-time with offset");
        }
        if (!QueryParams.withinYears(at.getYear())) {
            throw new IllegalArgumentException("is not within the years " + QueryParams.FIRST_YEAR + " to "
                    + QueryParams.LAST_YEAR);
        }
        return at;
    }

    /** The constant of that exact name (case matters), as {@link QueryParams#enumValue} reads one. */
    private static Object constant(String value, Class<?> type) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("is not one of " + Arrays.toString(type.getEnumConstants()));
    }
}
