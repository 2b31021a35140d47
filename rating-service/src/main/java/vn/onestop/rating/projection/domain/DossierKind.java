package vn.onestop.rating.projection.domain;

/**
 * What a dossier is (DossierSubmitted's {@code kind}). A BUNDLE parent only groups its members: it
 * has no procedure of its own, so indices and the portal sync leave it out.
 */
public enum DossierKind {
    PROCEDURE,
    BUNDLE,
    BUNDLE_MEMBER;

    public static DossierKind parse(String value) {
        return value == null || value.isBlank() ? PROCEDURE : valueOf(value);
    }
}
