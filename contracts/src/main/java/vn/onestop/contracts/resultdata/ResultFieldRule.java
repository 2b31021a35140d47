package vn.onestop.contracts.resultdata;

import java.util.Objects;

/**
 * One field of a procedure's result and what its value must be.
 *
 * @param name     the key in {@code resultData}
 * @param required whether the deciding step's approval must carry it
 * @param type     its format; {@link ResultFieldType#TEXT} when not given
 * @param bound    for a date, how it stands to the decision day; {@link DecisionBound#NONE} when
 *                 not given
 */
public record ResultFieldRule(String name, boolean required, ResultFieldType type, DecisionBound bound) {

    public ResultFieldRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("resultFields: name is required");
        }
        name = name.strip();
        type = Objects.requireNonNullElse(type, ResultFieldType.TEXT);
        bound = Objects.requireNonNullElse(bound, DecisionBound.NONE);
        if (bound != DecisionBound.NONE && type != ResultFieldType.DATE) {
            throw new IllegalArgumentException("resultFields: " + name + " has bound " + bound
                    + " but only a DATE field can be bound to the decision day (type is " + type + ")");
        }
    }

    public ResultFieldRule(String name, boolean required) {
        this(name, required, ResultFieldType.TEXT, DecisionBound.NONE);
    }
}
