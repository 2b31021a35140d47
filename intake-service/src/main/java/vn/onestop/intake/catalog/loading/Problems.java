package vn.onestop.intake.catalog.loading;

import java.util.ArrayList;
import java.util.List;

/** The problems found so far in the catalog, by every check, in the order found. */
final class Problems {

    private final List<CatalogProblem> found = new ArrayList<>();

    void add(String file, String item, ProblemCode code, String message) {
        found.add(new CatalogProblem(file, item, message, code));
    }

    /** How many so far: a check compares before and after to know whether a part of an item failed. */
    int count() {
        return found.size();
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<CatalogProblem> all() {
        return List.copyOf(found);
    }

    /** {@code "X"}, or {@code (missing)}: how messages show a value from the file. */
    static String quote(String value) {
        return value == null ? "(missing)" : "\"" + value + "\"";
    }
}
