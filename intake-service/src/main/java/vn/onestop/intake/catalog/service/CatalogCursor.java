package vn.onestop.intake.catalog.service;

import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.CatalogIds;
import vn.onestop.intake.catalog.domain.EntryKind;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Position in the catalog list: the last entry of the previous page, in catalog order. Opaque to clients. */
record CatalogCursor(EntryKind kind, String id) {

    private static final String VERSION = "c1";

    static CatalogCursor after(CatalogEntry entry) {
        return new CatalogCursor(entry.kind(), entry.id());
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + "|" + kind + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static CatalogCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                throw new IllegalArgumentException("not a catalog cursor");
            }
            return new CatalogCursor(EntryKind.valueOf(parts[1]), parts[2]);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor is not one this API returned",
                    List.of(new Problem.Violation("cursor", "is not valid")));
        }
    }

    /** Whether the entry comes after this position. */
    boolean precedes(CatalogEntry entry) {
        int byKind = entry.kind().compareTo(kind);
        return byKind > 0 || (byKind == 0 && CatalogIds.NATURAL.compare(entry.id(), id) > 0);
    }
}
