package vn.onestop.contracts.resultdata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the data of a result against its procedure's fields, before the decision that issues it is
 * taken: every required field is there, and every declared field present has its type's format
 * and stands right to the decision day. Pure Java: processing runs it when an officer or a partner
 * approves, results-service's issuing rests on the same rules.
 *
 * <p>Fields the procedure does not declare are left alone: other steps may add their own notes.
 */
public final class ResultDataRules {

    /** The longest text a result field may hold. */
    public static final int MAX_TEXT_LENGTH = 500;
    /** The province's zone: the decision day is the date there. */
    public static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    /** The earliest date a result field may name: nothing on a certificate predates 1900. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** Province codes of personal id numbers run from 001 (Hà Nội) to 096 (Cà Mau). */
    private static final int LAST_PROVINCE_CODE = 96;

    /** A field whose value is wrong, and why, in words an officer can act on. */
    public record Violation(String field, String message) {
    }

    private ResultDataRules() {
    }

    /**
     * Every violation of {@code data} against {@code fields}, in the order of the fields; empty when
     * the data may be issued on {@code decisionDay}.
     *
     * @param requireAll whether missing required fields count (the deciding step's approval); other
     *                   steps' data is only checked for the format of what it carries
     */
    public static List<Violation> check(List<ResultFieldRule> fields, Map<String, ?> data, LocalDate decisionDay,
                                        boolean requireAll) {
        return check(fields, data, decisionDay, decisionDay, requireAll);
    }

    /**
     * As {@link #check(List, Map, LocalDate, boolean)}, for data corrected after the decision: the facts
     * it records happened by the decision day ({@link DecisionBound#NOT_AFTER_DECISION}), and the result
     * issued with it must not be expired on the day it is issued ({@link DecisionBound#NOT_BEFORE_DECISION}).
     */
    public static List<Violation> check(List<ResultFieldRule> fields, Map<String, ?> data, LocalDate decisionDay,
                                        LocalDate issueDay, boolean requireAll) {
        List<Violation> violations = new ArrayList<>();
        Map<String, ?> values = data == null ? Map.of() : data;
        for (ResultFieldRule field : fields) {
            Object value = values.get(field.name());
            if (absent(value)) {
                if (requireAll && field.required()) {
                    violations.add(new Violation(field.name(), "is required to approve"));
                }
                continue;
            }
            String problem = problem(field, value, decisionDay, issueDay);
            if (problem != null) {
                violations.add(new Violation(field.name(), problem));
            }
        }
        return violations;
    }

    private static boolean absent(Object value) {
        return value == null || (value instanceof CharSequence text && text.toString().isBlank());
    }

    /** What is wrong with a present value, or null. */
    static String problem(ResultFieldRule field, Object value, LocalDate decisionDay, LocalDate issueDay) {
        return switch (field.type()) {
            case TEXT -> value instanceof String text
                    ? (text.length() > MAX_TEXT_LENGTH ? "must be at most " + MAX_TEXT_LENGTH + " characters" : null)
                    : "must be text";
            case DATE -> date(field, value, decisionDay, issueDay);
            case PERSONAL_ID -> personalId(value);
            case TAX_CODE -> value instanceof String text && TAX_CODE.matcher(text).matches() ? null
                    : "must be a tax code of 10 digits, or 10 digits, a hyphen and 3 digits for a branch";
            case AMOUNT_VND -> wholeNumber(value, 0, "must be a whole number of đồng, 0 or more");
            case COUNT -> wholeNumber(value, 1, "must be a whole number, 1 or more");
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
        };
    }

    private static String date(ResultFieldRule field, Object value, LocalDate decisionDay, LocalDate issueDay) {
        LocalDate date;
        try {
            if (!(value instanceof String text) || !DATE.matcher(text).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", String.valueOf(value), 0);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return "must be a date (YYYY-MM-DD), not " + quoted(value);
        }
        if (date.isBefore(EARLIEST)) {
            return "must not be before " + EARLIEST + " (" + date + ")";
        }
        return switch (field.bound()) {
            case NONE -> null;
            case NOT_AFTER_DECISION -> date.isAfter(decisionDay)
                    ? "must not be after the day of the decision (" + decisionDay + "), not " + date : null;
            case NOT_BEFORE_DECISION -> date.isBefore(issueDay)
                    ? "must not be before the day of the " + (issueDay.equals(decisionDay) ? "decision" : "issue")
                    + " (" + issueDay + "): the result would be born expired, not " + date : null;
        };
    }

    private static String personalId(Object value) {
        String message = "must be a personal identification number of 12 digits starting with a province code "
                + "001-" + String.format("%03d", LAST_PROVINCE_CODE);
        if (!(value instanceof String text) || !PERSONAL_ID.matcher(text).matches()) {
            return message;
        }
        int province = Integer.parseInt(text.substring(0, 3));
        return province >= 1 && province <= LAST_PROVINCE_CODE ? null : message;
    }

    private static String wholeNumber(Object value, int min, String message) {
        BigInteger number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number = BigInteger.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            number = big;
        } else if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            number = decimal.toBigIntegerExact();
        } else {
            return message;
        }
        return number.compareTo(BigInteger.valueOf(min)) < 0 ? message : null;
    }

    private static String quoted(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
