package vn.onestop.intake.catalog.loading;

/** One thing wrong in the catalog: the file, the item in it (entry P2 v1, agency 000.00.01.H22...) and what. */
public record CatalogProblem(String file, String item, String message) {

    @Override
    public String toString() {
        return file + ": " + item + ": " + message;
    }
}
