package vn.onestop.processing.workflow.domain;

/**
 * One field of a procedure's result (e.g. {@code personalId}); the deciding step's approval must
 * carry every {@code required} one. Same list as the procedure catalog's {@code resultFields}.
 */
public record ResultField(String name, boolean required) {

    public ResultField {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("resultFields: name is required");
        }
        name = name.strip();
    }
}
