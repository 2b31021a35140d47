package vn.onestop.intake.catalog.loading;

import java.util.Objects;

/**
 * One thing wrong in the catalog: the file, the item in it (entry P2 v1, agency 000.00.01.H22...),
 * what, and the machine-readable code of the rule it breaks.
 *
 * <p>Two problems are equal when they say the same thing about the same item. The code classifies
 * the message (each message comes from one rule, so from one code) and takes no part in equality,
 * so that a problem written as a reader sees it, without its code, can be compared with a real one.
 */
public record CatalogProblem(String file, String item, String message, ProblemCode code) {

    /** A problem as a reader sees it; its code is unknown (null). */
    public CatalogProblem(String file, String item, String message) {
        this(file, item, message, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CatalogProblem p && Objects.equals(file, p.file) && Objects.equals(item, p.item)
                && Objects.equals(message, p.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, item, message);
    }

    @Override
    public String toString() {
        return file + ": " + item + ": " + message + (code == null ? "" : " [" + code.id() + "]");
    }
}
