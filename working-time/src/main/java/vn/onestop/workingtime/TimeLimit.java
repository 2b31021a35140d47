package vn.onestop.workingtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Objects;

/**
 * A procedure's statutory time limit, e.g. {@code {"value": 7, "unit": "WORKING_DAYS"}}.
 *
 * <p>{@code value} is at least 0. For {@link TimeLimitUnit#SAME_DAY} the value carries no
 * information: 0 and 1 are both accepted and normalised to 0.
 */
public record TimeLimit(int value, TimeLimitUnit unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit is required");
        if (value < 0) {
            throw new IllegalArgumentException("value: " + value + " is negative");
        }
        if (unit == TimeLimitUnit.SAME_DAY) {
            if (value > 1) {
                throw new IllegalArgumentException("value: a SAME_DAY limit has value 0 (or 1), not " + value);
            }
            value = 0;
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, TimeLimitUnit.WORKING_DAYS);
    }

    public static TimeLimit workingHours(int hours) {
        return new TimeLimit(hours, TimeLimitUnit.WORKING_HOURS);
    }

    public static TimeLimit calendarDays(int days) {
        return new TimeLimit(days, TimeLimitUnit.CALENDAR_DAYS);
    }

    public static TimeLimit sameDay() {
        return new TimeLimit(0, TimeLimitUnit.SAME_DAY);
    }

    /**
     * Parses {@code {"value": 7, "unit": "WORKING_DAYS"}}; for SAME_DAY the value may be omitted.
     *
     * @throws IllegalArgumentException naming the wrong field
     */
    public static TimeLimit parse(String json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("time limit is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return fromJson(node);
    }

    static TimeLimit fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("time limit must be a JSON object like {\"value\": 7, \"unit\": \"WORKING_DAYS\"}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("value") && !field.equals("unit")) {
                throw new IllegalArgumentException("unknown field '" + field + "' (known: value, unit)");
            }
        }
        JsonNode unitNode = node.get("unit");
        if (unitNode == null || !unitNode.isTextual()) {
            throw new IllegalArgumentException("unit is required, one of WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS, SAME_DAY");
        }
        TimeLimitUnit unit;
        try {
            unit = TimeLimitUnit.valueOf(unitNode.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unit: unknown unit '" + unitNode.asText()
                    + "' (known: WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS, SAME_DAY)", e);
        }
        JsonNode valueNode = node.get("value");
        if (valueNode == null && unit == TimeLimitUnit.SAME_DAY) {
            return sameDay();
        }
        if (valueNode == null || !valueNode.canConvertToInt() || !valueNode.isIntegralNumber()) {
            throw new IllegalArgumentException("value is required and must be a whole number");
        }
        return new TimeLimit(valueNode.intValue(), unit);
    }

    /** {@code {"value":7,"unit":"WORKING_DAYS"}}. */
    public String toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("value", value);
        node.put("unit", unit.name());
        return node.toString();
    }
}
