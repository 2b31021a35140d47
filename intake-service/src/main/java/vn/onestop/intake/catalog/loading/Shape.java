package vn.onestop.intake.catalog.loading;

import java.util.HashSet;
import java.util.Set;

/**
 * What the JSON Schema refused in one file, as JSON pointers ({@code /entries/3/timeLimit/value};
 * a missing field is the pointer it would have). The rules in code skip a value whose shape is
 * already reported, so that one mistake is reported once, and keep an item out of the catalog when
 * any part of it was refused.
 */
final class Shape {

    private final Set<String> refused = new HashSet<>();

    void refuse(String pointer) {
        refused.add(pointer);
    }

    /** Whether nothing at or under {@code pointer} was refused. */
    boolean ok(String pointer) {
        String under = pointer + "/";
        return refused.stream().noneMatch(p -> p.equals(pointer) || p.startsWith(under));
    }
}
