package vn.onestop.intake.catalog.domain;

/**
 * Filters of the catalog list; null means "any". {@code agencyType} and {@code level} are those of
 * the competent agency; a bundle matches them when one of its members does.
 */
public record CatalogQuery(String keyword, String agencyType, String level, EntryKind kind) {

    public static final CatalogQuery ALL = new CatalogQuery(null, null, null, null);
}
