package vn.onestop.intake.catalog.loading;

import java.util.List;
import java.util.stream.Collectors;

/** The catalog cannot be used; the message lists every problem with its file and item. */
public class InvalidCatalogException extends RuntimeException {

    private final List<CatalogProblem> problems;

    public InvalidCatalogException(List<CatalogProblem> problems) {
        super("invalid catalog, " + problems.size() + (problems.size() == 1 ? " problem:" : " problems:")
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
