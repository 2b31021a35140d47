package vn.onestop.intake.catalog.loading;

/** The text of one catalog file and the name problems will use for it. */
public record CatalogSource(String name, String json) {
}
