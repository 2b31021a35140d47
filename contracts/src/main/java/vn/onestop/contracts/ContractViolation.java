package vn.onestop.contracts;

import java.util.List;

/** An event payload that does not satisfy its contract. */
public class ContractViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EventType eventType;
    private final List<String> violations;

    public ContractViolation(EventType eventType, List<String> violations) {
        super(message(eventType, violations));
        this.eventType = eventType;
        this.violations = List.copyOf(violations);
    }

    public EventType eventType() {
        return eventType;
    }

    public List<String> violations() {
        return violations;
    }

    private static String message(EventType eventType, List<String> violations) {
        return eventType.eventName() + " (" + eventType.ceType() + ") violates "
                + eventType.schemaPath() + ":\n  - " + String.join("\n  - ", violations);
    }
}
